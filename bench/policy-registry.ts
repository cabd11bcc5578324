// Avro schema validation with the schema in a real Confluent-compatible registry, against
// Sluice without policies, in the same run: bench/gateway-policy.ts's produce bench (one real
// broker, two gateways in this process, kafka-producer-perf-test, rounds alternated) with
// policies/schema-validation.ts on its defaults (schemaId required, TopicNameStrategy), the
// gateway's `schemaRegistry` pointing at Apicurio Registry on loopback, and 1 KB Avro records
// in the Confluent wire format framed with the id registered for bench-policy-value. Prints the
// ratio (issue goal ≥ 0.85× on split cores), the per-batch cost, where the CPU went, and how
// many requests reached the registry while measuring.
//
//   ./node_modules/.bin/node --no-node-snapshot bench/policy-registry.ts [records] [rounds] [batch.size]
//   SLUICE_BENCH_CORES=split: Kafka and the registry on CPU 0, Sluice on CPU 1.
// Needs the registry built (bash .ci/install-registry.sh).
import { main } from './gateway-policy.ts';

await main('avro-registry', 0.85);
