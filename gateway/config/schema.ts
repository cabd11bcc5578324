// The shape of sluice.yaml, written once as data so that validation, environment overrides
// and the docs' key list all come from the same description.

export type FieldSpec =
  | { type: 'string'; required?: boolean; default?: string; enum?: readonly string[]; file?: boolean }
  | { type: 'integer'; required?: boolean; default?: number; min?: number; max?: number }
  | { type: 'boolean'; default?: boolean }
  | { type: 'stringList'; required?: boolean; minItems?: number }
  | { type: 'object'; required?: boolean; fillDefaults?: boolean; fields: Record<string, FieldSpec> }
  | { type: 'array'; required?: boolean; minItems?: number; items: FieldSpec }
  /** Any mapping, kept as written (a policy's own config, checked by the policy's schema). */
  | { type: 'mapping'; required?: boolean };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const ROUTING_MODES = ['port', 'sni'] as const;
export const CLIENT_AUTH_MODES = ['none', 'request', 'required'] as const;
export const TLS_MIN_VERSIONS = ['TLSv1.2', 'TLSv1.3'] as const;
export const UPSTREAM_SECURITY = ['plaintext', 'ssl'] as const;
export const SASL_MECHANISMS = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'] as const;
export const POLICY_MODES = ['enforce', 'audit'] as const;
export const POLICY_ON_ERROR = ['closed', 'open'] as const;
export const ADMIN_ROLES = ['admin', 'viewer'] as const;
export const STORE_KINDS = ['local', 'kafka'] as const;

const serverTls = {
  type: 'object',
  fields: {
    certFile: { type: 'string', file: true },
    keyFile: { type: 'string', file: true },
    keyPassphrase: { type: 'string' },
    pkcs12File: { type: 'string', file: true },
    pkcs12Passphrase: { type: 'string' },
    clientAuth: { type: 'string', enum: CLIENT_AUTH_MODES, default: 'none' },
    clientCaFile: { type: 'string', file: true },
    minVersion: { type: 'string', enum: TLS_MIN_VERSIONS, default: 'TLSv1.2' },
    /**
     * TLS 1.2 cipher suites, an OpenSSL cipher list; default: forward secrecy and AEAD only
     * (ECDHE with AES-GCM or ChaCha20-Poly1305). TLS 1.3's suites are all AEAD and stay as they are.
     */
    ciphers: { type: 'string' },
    reloadIntervalMs: { type: 'integer', min: 100, default: 5000 },
  },
} as const satisfies FieldSpec;

export const CONFIG_SPEC = {
  type: 'object',
  fields: {
    logging: {
      type: 'object',
      fillDefaults: true,
      fields: { level: { type: 'string', enum: LOG_LEVELS, default: 'info' } },
    },
    upstream: {
      type: 'object',
      required: true,
      fields: {
        bootstrapServers: { type: 'stringList', required: true, minItems: 1 },
        security: { type: 'string', enum: UPSTREAM_SECURITY, default: 'plaintext' },
        /**
         * The brokers' listener requires SASL: until a client has authenticated, Sluice forwards
         * only ApiVersions and the SASL exchange, decodes nothing else for policies, and caps its
         * frames at limits.preAuthMaxFrameBytes.
         */
        saslRequired: { type: 'boolean', default: false },
        tls: {
          type: 'object',
          fields: {
            caFile: { type: 'string', file: true },
            certFile: { type: 'string', file: true },
            keyFile: { type: 'string', file: true },
            keyPassphrase: { type: 'string' },
            verifyHostname: { type: 'boolean', default: true },
          },
        },
        sasl: {
          type: 'object',
          fields: {
            mechanism: { type: 'string', enum: SASL_MECHANISMS, required: true },
            username: { type: 'string', required: true },
            password: { type: 'string', required: true },
          },
        },
        connectTimeoutMs: { type: 'integer', min: 1, default: 10000 },
        requestTimeoutMs: { type: 'integer', min: 1, default: 10000 },
      },
    },
    policies: {
      type: 'object',
      fields: {
        dir: { type: 'string', required: true },
        workers: { type: 'integer', min: 1, max: 64, default: 1 },
        deployments: {
          type: 'array',
          required: true,
          items: {
            type: 'object',
            fields: {
              id: { type: 'string', required: true },
              file: { type: 'string', required: true },
              scope: {
                type: 'object',
                fields: {
                  topics: { type: 'stringList' },
                  principals: { type: 'stringList' },
                  clientIds: { type: 'stringList' },
                  listeners: { type: 'stringList' },
                },
              },
              priority: { type: 'integer', min: 0, max: 1000000 },
              mode: { type: 'string', enum: POLICY_MODES },
              onError: { type: 'string', enum: POLICY_ON_ERROR },
              /** KMS key names (or globs such as `alias/customer-*`) the policy may use; default none. */
              kmsKeys: { type: 'stringList' },
              /**
               * Sandbox limits for this deployment (default 200 ms deadline, 150 ms CPU, 64 MB):
               * the deadline counts capability calls, so a policy that waits for KMS may need more.
               */
              limits: {
                type: 'object',
                fields: {
                  deadlineMs: { type: 'integer', min: 10, max: 60000 },
                  cpuMs: { type: 'integer', min: 10, max: 60000 },
                  memoryMb: { type: 'integer', min: 8, max: 4096 },
                },
              },
              config: { type: 'mapping' },
            },
          },
        },
      },
    },
    admin: {
      type: 'object',
      fields: {
        host: { type: 'string', default: '127.0.0.1' },
        port: { type: 'integer', min: 0, max: 65535, default: 8888 },
        /** Plain HTTP only when this says so; otherwise HTTPS with `tls` or the first TLS listener's certificate. */
        http: { type: 'boolean', default: false },
        tls: serverTls,
        /** Allows well-known passwords (the local quick start's admin / conduktor). Never in production. */
        insecureDemo: { type: 'boolean', default: false },
        /** Health and /metrics need credentials too. */
        protectMetrics: { type: 'boolean', default: false },
        maxBodyBytes: { type: 'integer', min: 1024, max: 67108864, default: 4194304 },
        users: {
          type: 'array',
          items: {
            type: 'object',
            fields: {
              name: { type: 'string', required: true },
              role: { type: 'string', enum: ADMIN_ROLES, required: true },
              password: { type: 'string' },
              passwordHash: { type: 'string' },
              passwordFile: { type: 'string', file: true },
            },
          },
        },
        tokens: {
          type: 'array',
          items: {
            type: 'object',
            fields: {
              name: { type: 'string', required: true },
              role: { type: 'string', enum: ADMIN_ROLES, required: true },
              token: { type: 'string' },
              tokenHash: { type: 'string' },
              tokenFile: { type: 'string', file: true },
            },
          },
        },
      },
    },
    /**
     * A Confluent-compatible Schema Registry (Confluent, Apicurio's /apis/ccompat/v7, Karapace,
     * Redpanda) that policies reach through `ctx.schemas` (docs/policies/schema-validation.md).
     * Credentials stay in the gateway process.
     */
    schemaRegistry: {
      type: 'object',
      fields: {
        /** Base URL; a path prefix (e.g. /apis/ccompat/v7) is kept. */
        url: { type: 'string', required: true },
        basicAuth: {
          type: 'object',
          fields: {
            username: { type: 'string', required: true },
            password: { type: 'string' },
            passwordFile: { type: 'string', file: true },
          },
        },
        bearerToken: { type: 'string' },
        bearerTokenFile: { type: 'string', file: true },
        /** PEM CA bundle for an https registry (default: the system's CAs). */
        caFile: { type: 'string', file: true },
        /** How long a schema (and the subjects of its id) is served from memory before it is asked again. */
        cacheTtlMs: { type: 'integer', min: 0, default: 300000 },
        maxCachedSchemas: { type: 'integer', min: 1, max: 1000000, default: 10000 },
        /** One HTTP request to the registry, connection included. */
        timeoutMs: { type: 'integer', min: 100, max: 600000, default: 5000 },
      },
    },
    /** The audit trail beyond the log: admin writes and refusing or changing verdicts. */
    audit: {
      type: 'object',
      fields: {
        /** A topic on the upstream cluster that gets every audit record as JSON. */
        topic: { type: 'string', required: true },
        replicationFactor: { type: 'integer', min: 1, max: 32767 },
      },
    },
    policyStore: {
      type: 'object',
      fillDefaults: true,
      fields: {
        kind: { type: 'string', enum: STORE_KINDS, default: 'local' },
        /** Local store: a directory (relative to the config file). */
        dir: { type: 'string', default: './sluice-state' },
        /** Kafka store: a compacted topic on the upstream cluster. */
        topic: { type: 'string', default: '_sluice_policies' },
        replicationFactor: { type: 'integer', min: 1, max: 32767 },
        /** This replica's name in the store (its active-pointer key); default host:admin port. */
        writer: { type: 'string' },
      },
    },
    /**
     * AWS KMS, or a server speaking its API, for the policies' field encryption (envelope keys,
     * docs/policies/field-encryption.md). Without this section no policy can encrypt.
     * Credentials: accessKeyId + secretAccessKey here, else the standard AWS chain.
     */
    kms: {
      type: 'object',
      fields: {
        /** Default: the AWS chain's (AWS_REGION, shared config). */
        region: { type: 'string' },
        /** An https:// or http:// URL instead of AWS's endpoint for the region. */
        endpoint: { type: 'string' },
        accessKeyId: { type: 'string' },
        secretAccessKey: { type: 'string' },
        sessionToken: { type: 'string' },
        /** How long one data key encrypts values, and an unwrapped one is kept for decryption. */
        keyTtlMs: { type: 'integer', min: 1000, default: 60000 },
        /** Values one data key encrypts at most (AES-GCM with random IVs: far below 2^32). */
        maxKeyUses: { type: 'integer', min: 1, max: 1000000000, default: 1000000 },
        /** Unwrapped data keys kept for decryption (least recently used evicted). */
        decryptCacheSize: { type: 'integer', min: 1, max: 1000000, default: 10000 },
        /** One KMS request's time limit, connecting included. */
        requestTimeoutMs: { type: 'integer', min: 100, default: 5000 },
        /** Attempts per KMS request (the SDK retries throttling and network errors). */
        maxAttempts: { type: 'integer', min: 1, max: 10, default: 3 },
      },
    },
    /** What one client may cost: connections, time, and bytes before it has authenticated. */
    limits: {
      type: 'object',
      fillDefaults: true,
      fields: {
        /** Client connections open at once, over every listener; more are closed at accept. */
        maxConnections: { type: 'integer', min: 1, default: 10000 },
        maxConnectionsPerIp: { type: 'integer', min: 1, default: 1000 },
        /** New connections per second from one address (a token bucket: this many at once, refilled per second). */
        connectionsPerSecondPerIp: { type: 'integer', min: 1, default: 100 },
        /** A TLS handshake not finished by then is closed. */
        tlsHandshakeTimeoutMs: { type: 'integer', min: 100, default: 10000 },
        /** A connection with no bytes either way for this long is closed (Kafka's connections.max.idle.ms). */
        idleTimeoutMs: { type: 'integer', min: 1000, default: 600000 },
        /**
         * Bytes one Produce request (or Fetch response) may inflate to for policies, over all its
         * batches; a batch beyond it is answered MESSAGE_TOO_LARGE without being decoded further
         * (in a Fetch response, batches after others that fit are left for the next fetch).
         */
        maxPolicyBytesPerRequest: { type: 'integer', min: 1024, default: 67108864 },
        /** Records one Produce request (or Fetch response) may decode for policies, over all its batches; as above past it. */
        maxPolicyRecordsPerRequest: { type: 'integer', min: 1, default: 500000 },
        /**
         * Bytes inflated for policies across the gateway: while this much is held, the next
         * request waits (and its client is not read) until others release theirs.
         */
        maxPolicyBytesInFlight: { type: 'integer', min: 1024, default: 268435456 },
        /** With upstream.saslRequired: a client's frames before it has authenticated (Kafka's sasl.server.max.receive.size). */
        preAuthMaxFrameBytes: { type: 'integer', min: 1024, default: 524288 },
        /** With upstream.saslRequired: a client not authenticated this long after it connected is closed. */
        authenticationTimeoutMs: { type: 'integer', min: 100, default: 30000 },
      },
    },
    listeners: {
      type: 'array',
      required: true,
      minItems: 1,
      items: {
        type: 'object',
        fields: {
          name: { type: 'string', required: true },
          routing: { type: 'string', enum: ROUTING_MODES, required: true },
          host: { type: 'string', default: '127.0.0.1' },
          port: { type: 'integer', required: true, min: 0, max: 65535 },
          advertisedHost: { type: 'string' },
          advertisedPort: { type: 'integer', min: 1, max: 65535 },
          brokerPortBase: { type: 'integer', min: 1, max: 65535 },
          bootstrapHost: { type: 'string' },
          brokerHostPattern: { type: 'string' },
          maxFrameBytes: { type: 'integer', min: 1024, default: 104857600 },
          tls: serverTls,
        },
      },
    },
  },
} as const satisfies FieldSpec;

// --- The types of a validated configuration, derived from CONFIG_SPEC -----------------------

type Spec = FieldSpec;
type Fields = Record<string, Spec>;
/** A field is always present after validation when it is required or has a default. */
type Present<F> = F extends { required: true } ? true : F extends { default: unknown } ? true : false;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The value a field of this spec holds after validation. */
export type ValueOf<S> = S extends { type: 'string'; enum: readonly (infer E)[] }
  ? E
  : S extends { type: 'string' }
    ? string
    : S extends { type: 'integer' }
      ? number
      : S extends { type: 'boolean' }
        ? boolean
        : S extends { type: 'stringList' }
          ? string[]
          : S extends { type: 'mapping' }
            ? Record<string, unknown>
            : S extends { type: 'array'; items: infer I }
              ? ValueOf<I>[]
              : S extends { type: 'object'; fields: infer F extends Fields }
                ? ObjectOf<F>
                : never;

type ObjectOf<F extends Fields> = Simplify<
  { -readonly [K in keyof F as Present<F[K]> extends true ? K : never]: ValueOf<F[K]> } & {
    -readonly [K in keyof F as Present<F[K]> extends true ? never : K]?: ValueOf<F[K]>;
  }
>;

type Root = typeof CONFIG_SPEC.fields;
type ListenerSpec = Root['listeners']['items'];

export type ServerTlsConfig = ValueOf<typeof serverTls>;
export type UpstreamConfig = ValueOf<Root['upstream']>;
export type UpstreamTlsConfig = NonNullable<UpstreamConfig['tls']>;
export type UpstreamSaslConfig = NonNullable<UpstreamConfig['sasl']>;
export type PoliciesConfig = ValueOf<Root['policies']>;
export type AdminConfig = ValueOf<Root['admin']>;
export type PolicyStoreConfig = ValueOf<Root['policyStore']>;
export type LimitsConfig = ValueOf<Root['limits']>;
export type SchemaRegistryConfig = ValueOf<Root['schemaRegistry']>;
export type KmsConfig = ValueOf<Root['kms']>;
/** One policy file of `policies.dir` and how it is deployed; `file` is absolute once validated. */
export type PolicyDeploymentConfig = PoliciesConfig['deployments'][number];

type ListenerFields = Omit<ValueOf<ListenerSpec>, 'routing'>;

/**
 * A bootstrap port plus one port per broker: brokerPortBase + nodeId. Validation fills in
 * advertisedHost and brokerPortBase, which the spec alone leaves optional.
 */
export type PortListenerConfig = ListenerFields & {
  routing: 'port';
  advertisedHost: string;
  brokerPortBase: number;
};

/** One TLS port; the SNI name says which broker (or the bootstrap). Validation requires these. */
export type SniListenerConfig = ListenerFields & {
  routing: 'sni';
  tls: ServerTlsConfig;
  advertisedPort: number;
  bootstrapHost: string;
  brokerHostPattern: string;
};

export type ListenerConfig = PortListenerConfig | SniListenerConfig;

export type SluiceConfig = Omit<
  ValueOf<typeof CONFIG_SPEC>,
  'listeners' | 'logging' | 'policyStore' | 'limits'
> & {
  logging: { level: LogLevel };
  limits: LimitsConfig;
  listeners: ListenerConfig[];
  /** `dir` is absolute once validated. */
  policyStore: PolicyStoreConfig;
};
