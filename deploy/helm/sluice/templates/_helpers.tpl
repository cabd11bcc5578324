{{/* Names and labels. */}}
{{- define "sluice.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "sluice.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "sluice.selectorLabels" -}}
app.kubernetes.io/name: {{ include "sluice.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "sluice.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "sluice.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{- define "sluice.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "sluice.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* The gateway certificate's Secret. */}}
{{- define "sluice.tlsSecretName" -}}
{{- default (printf "%s-tls" (include "sluice.fullname" .)) .Values.tls.secretName -}}
{{- end -}}

{{- define "sluice.adminSecretName" -}}
{{- default (printf "%s-admin" (include "sluice.fullname" .)) .Values.admin.existingSecret -}}
{{- end -}}

{{/* The routing names. */}}
{{- define "sluice.bootstrapHost" -}}
{{- default (printf "gateway.%s" .Values.domain) .Values.sni.bootstrapHost -}}
{{- end -}}

{{- define "sluice.brokerHostPattern" -}}
{{- default (printf "brokermain{nodeId}-gateway.%s" .Values.domain) .Values.sni.brokerHostPattern -}}
{{- end -}}

{{/* brokermain<id>-gateway.<domain> for one id (the pattern with {nodeId} replaced). */}}
{{- define "sluice.brokerHost" -}}
{{- $root := index . 0 -}}
{{- include "sluice.brokerHostPattern" $root | replace "{nodeId}" (toString (index . 1)) -}}
{{- end -}}

{{- define "sluice.adminIngressHost" -}}
{{- default (printf "admin-gateway.%s" .Values.domain) .Values.ingress.admin.host -}}
{{- end -}}

{{/* True ("true") when more than one replica can run at once. */}}
{{- define "sluice.multiReplica" -}}
{{- if or .Values.autoscaling.enabled (gt (int .Values.replicaCount) 1) -}}true{{- end -}}
{{- end -}}

{{- define "sluice.policyStoreKind" -}}
{{- $kind := .Values.policyStore.kind -}}
{{- if and (eq $kind "local") (include "sluice.multiReplica" .) -}}
{{- fail "policyStore.kind: local cannot serve more than one replica (each would keep its own policies); use kafka or leave it empty" -}}
{{- end -}}
{{- if $kind -}}{{ $kind }}{{- else if include "sluice.multiReplica" . -}}kafka{{- else -}}local{{- end -}}
{{- end -}}

{{/* Where files are mounted in the pod. */}}
{{- define "sluice.paths" -}}
config: /etc/sluice/config
tls: /etc/sluice/tls
clientCa: /etc/sluice/client-ca
upstreamCa: /etc/sluice/upstream-ca
upstreamClient: /etc/sluice/upstream-client
admin: /etc/sluice/admin
state: /var/lib/sluice/state
{{- end -}}

{{/*
The gateway configuration (sluice.yaml, gateway/config/schema.ts). No secret is ever written
here: passwords and tokens are files from Secrets (passwordFile, tokenFile) and Sluice's own
SASL password is the environment variable SLUICE_UPSTREAM_SASL_PASSWORD.
*/}}
{{- define "sluice.config" -}}
{{- $v := .Values -}}
{{- $p := include "sluice.paths" . | fromYaml -}}
{{- if not $v.upstream.bootstrapServers -}}
{{- fail "upstream.bootstrapServers: at least one host:port of the Kafka cluster is required" -}}
{{- end -}}
{{- if not (or $v.sni.enabled $v.portRouting.enabled) -}}
{{- fail "sni.enabled or portRouting.enabled: at least one listener is required" -}}
{{- end -}}
{{- $serverTls := dict "certFile" (printf "%s/tls.crt" $p.tls) "keyFile" (printf "%s/tls.key" $p.tls) "minVersion" $v.tls.minVersion "reloadIntervalMs" (int $v.tls.reloadIntervalMs) -}}
{{- if ne $v.tls.clientAuth "none" -}}
{{- if not $v.tls.clientCaSecret.name -}}
{{- fail (printf "tls.clientCaSecret.name: required when tls.clientAuth is %s (the CA that signs client certificates)" $v.tls.clientAuth) -}}
{{- end -}}
{{- $_ := set $serverTls "clientAuth" $v.tls.clientAuth -}}
{{- $_ := set $serverTls "clientCaFile" (printf "%s/%s" $p.clientCa $v.tls.clientCaSecret.key) -}}
{{- end -}}
{{- $upstream := dict "bootstrapServers" $v.upstream.bootstrapServers "security" $v.upstream.security "connectTimeoutMs" (int $v.upstream.connectTimeoutMs) "requestTimeoutMs" (int $v.upstream.requestTimeoutMs) -}}
{{- if eq $v.upstream.security "ssl" -}}
{{- $utls := dict "verifyHostname" $v.upstream.tls.verifyHostname -}}
{{- if $v.upstream.tls.caSecret.name -}}
{{- $_ := set $utls "caFile" (printf "%s/%s" $p.upstreamCa $v.upstream.tls.caSecret.key) -}}
{{- end -}}
{{- if $v.upstream.tls.clientCertSecret -}}
{{- $_ := set $utls "certFile" (printf "%s/tls.crt" $p.upstreamClient) -}}
{{- $_ := set $utls "keyFile" (printf "%s/tls.key" $p.upstreamClient) -}}
{{- end -}}
{{- $_ := set $upstream "tls" $utls -}}
{{- end -}}
{{- if $v.upstream.sasl.enabled -}}
{{- if not $v.upstream.sasl.passwordSecret.name -}}
{{- fail "upstream.sasl.passwordSecret.name: required when upstream.sasl.enabled (the password is never put in the ConfigMap)" -}}
{{- end -}}
{{- /* The password itself: SLUICE_UPSTREAM_SASL_PASSWORD from the Secret. */ -}}
{{- $_ := set $upstream "sasl" (dict "mechanism" $v.upstream.sasl.mechanism "username" $v.upstream.sasl.username) -}}
{{- end -}}
{{- $listeners := list -}}
{{- if $v.sni.enabled -}}
{{- $listeners = append $listeners (dict "name" "sni" "routing" "sni" "host" "0.0.0.0" "port" (int $v.sni.containerPort) "advertisedPort" (int $v.sni.advertisedPort) "bootstrapHost" (include "sluice.bootstrapHost" .) "brokerHostPattern" (include "sluice.brokerHostPattern" .) "maxFrameBytes" (int $v.sni.maxFrameBytes) "tls" $serverTls) -}}
{{- end -}}
{{- if $v.portRouting.enabled -}}
{{- $advertised := default (printf "%s.%s.svc" (include "sluice.fullname" .) .Release.Namespace) $v.portRouting.advertisedHost -}}
{{- $port := dict "name" "port" "routing" "port" "host" "0.0.0.0" "port" (int $v.portRouting.containerPort) "advertisedHost" $advertised "brokerPortBase" (int $v.portRouting.brokerPortBase) -}}
{{- if $v.portRouting.tls -}}{{- $_ := set $port "tls" $serverTls -}}{{- end -}}
{{- $listeners = append $listeners $port -}}
{{- end -}}
{{- $users := list -}}
{{- range $v.admin.users -}}
{{- $users = append $users (dict "name" .name "role" .role "passwordFile" (printf "%s/%s" $p.admin .name)) -}}
{{- end -}}
{{- $tokens := list -}}
{{- range $v.admin.tokens -}}
{{- $tokens = append $tokens (dict "name" .name "role" .role "tokenFile" (printf "%s/token-%s" $p.admin .name)) -}}
{{- end -}}
{{- if not (or $users $tokens) -}}
{{- fail "admin.users or admin.tokens: at least one is required (the admin API has no built-in account)" -}}
{{- end -}}
{{- $admin := dict "host" "0.0.0.0" "port" (int $v.admin.port) "protectMetrics" $v.admin.protectMetrics "maxBodyBytes" (int $v.admin.maxBodyBytes) -}}
{{- if not $v.sni.enabled -}}
{{- /* No SNI listener: the admin API still serves HTTPS with the gateway certificate. */ -}}
{{- $_ := set $admin "tls" (dict "certFile" (printf "%s/tls.crt" $p.tls) "keyFile" (printf "%s/tls.key" $p.tls) "reloadIntervalMs" (int $v.tls.reloadIntervalMs)) -}}
{{- end -}}
{{- if $users -}}{{- $_ := set $admin "users" $users -}}{{- end -}}
{{- if $tokens -}}{{- $_ := set $admin "tokens" $tokens -}}{{- end -}}
{{- $kind := include "sluice.policyStoreKind" . -}}
{{- $store := dict "kind" $kind -}}
{{- if eq $kind "kafka" -}}
{{- $_ := set $store "topic" $v.policyStore.topic -}}
{{- if $v.policyStore.replicationFactor -}}{{- $_ := set $store "replicationFactor" (int $v.policyStore.replicationFactor) -}}{{- end -}}
{{- else -}}
{{- $_ := set $store "dir" $p.state -}}
{{- end -}}
{{- $config := dict "logging" (dict "level" $v.logging.level) "upstream" $upstream "listeners" $listeners "admin" $admin "policyStore" $store -}}
{{- if $v.audit.topic -}}
{{- $audit := dict "topic" $v.audit.topic -}}
{{- if $v.audit.replicationFactor -}}{{- $_ := set $audit "replicationFactor" (int $v.audit.replicationFactor) -}}{{- end -}}
{{- $_ := set $config "audit" $audit -}}
{{- end -}}
{{- toYaml $config -}}
{{- end -}}
