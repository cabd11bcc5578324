#!/usr/bin/env bash
# The Kubernetes walkthrough (docs/tutorials/kubernetes-sni.md) as one script: TLS material, a
# namespace, Kafka with SASL_SSL (Strimzi, from its public Helm chart), ingress-nginx with TLS
# passthrough, and Sluice from deploy/helm/sluice with deploy/k8s/values-walkthrough.yaml,
# whose Kafka Ingress sends gateway.<domain> and brokermain<id>-gateway.<domain> on 443 to it.
# Idempotent: run it again after a change. deploy/k8s/stop.sh removes what it created.
#
# Usage: deploy/k8s/start.sh
# Environment (defaults in brackets):
#   NAMESPACE [sluice]        Kafka and Sluice both live here
#   DOMAIN [example.com]      gateway.<domain>, brokermain<id>-gateway.<domain>
#   SANS [enumerated]         enumerated: brokermain0..SAN_BROKERS-1 in the certificate; wildcard: *.<domain>
#   SAN_BROKERS [20]          overprovisioned broker names in the certificate and the Ingress
#   SLUICE_IMAGE [sluice:0.1.0]   the image (deploy/docker/Dockerfile); BUILD_IMAGE=1 builds it with docker
#   WORK_DIR [./sluice-k8s]   TLS material and client.properties are written here
#   STRIMZI_VERSION, INGRESS_NGINX_VERSION, KAFKA_VERSION  the pinned versions below
# Needs kubectl and helm pointed at a cluster (kind, minikube, EKS, …); docker for BUILD_IMAGE.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)

NAMESPACE=${NAMESPACE:-sluice}
DOMAIN=${DOMAIN:-example.com}
SANS=${SANS:-enumerated}
SAN_BROKERS=${SAN_BROKERS:-20}
SLUICE_IMAGE=${SLUICE_IMAGE:-sluice:0.1.0}
BUILD_IMAGE=${BUILD_IMAGE:-0}
WORK_DIR=${WORK_DIR:-./sluice-k8s}
STRIMZI_VERSION=${STRIMZI_VERSION:-0.48.0}
INGRESS_NGINX_VERSION=${INGRESS_NGINX_VERSION:-4.13.0}
KAFKA_VERSION=${KAFKA_VERSION:-4.1.0}

step() { printf '\n==> %s\n' "$*"; }
for tool in kubectl helm; do
  command -v "$tool" >/dev/null || { echo "start.sh: $tool is required" >&2; exit 1; }
done
kubectl version >/dev/null 2>&1 || { echo "start.sh: kubectl reaches no cluster" >&2; exit 1; }
mkdir -p "$WORK_DIR"

step "1. TLS material: gateway.$DOMAIN and the broker names ($SANS)"
# The same script as the local walkthrough; admin-gateway.<domain> is the admin API's Ingress host.
if [ "$SANS" = wildcard ]; then
  "$repo/deploy/tls/generate.sh" --out "$WORK_DIR/tls" --domain "$DOMAIN" --wildcard
else
  "$repo/deploy/tls/generate.sh" --out "$WORK_DIR/tls" --domain "$DOMAIN" --brokers "$SAN_BROKERS" \
    --san "admin-gateway.$DOMAIN"
fi

step "2. Namespace $NAMESPACE and the gateway certificate Secret (sluice-tls)"
kubectl create namespace "$NAMESPACE" --dry-run=client -o yaml | kubectl apply -f -
kubectl -n "$NAMESPACE" create secret tls sluice-tls \
  --cert "$WORK_DIR/tls/server-chain.crt" --key "$WORK_DIR/tls/server.key" \
  --dry-run=client -o yaml | kubectl apply -f -

step "3. Kafka $KAFKA_VERSION with SASL_SSL (Strimzi $STRIMZI_VERSION): 3 brokers, users alice and sluice"
helm upgrade --install strimzi oci://quay.io/strimzi-helm/strimzi-kafka-operator \
  --version "$STRIMZI_VERSION" --namespace "$NAMESPACE" --wait
kubectl -n "$NAMESPACE" apply -f - <<EOF
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaNodePool
metadata:
  name: dual
  labels: { strimzi.io/cluster: kafka }
spec:
  replicas: 3
  roles: [controller, broker]
  storage: { type: persistent-claim, size: 10Gi, deleteClaim: true }
---
apiVersion: kafka.strimzi.io/v1beta2
kind: Kafka
metadata:
  name: kafka
  annotations: { strimzi.io/node-pools: enabled, strimzi.io/kraft: enabled }
spec:
  kafka:
    version: $KAFKA_VERSION
    listeners:
      # SASL_SSL on 9093: the brokers' own TLS, SCRAM users. Sluice passes the SASL through.
      - { name: tls, port: 9093, type: internal, tls: true, authentication: { type: scram-sha-512 } }
    config:
      offsets.topic.replication.factor: 3
      transaction.state.log.replication.factor: 3
      transaction.state.log.min.isr: 2
      default.replication.factor: 3
      min.insync.replicas: 2
  entityOperator: { topicOperator: {}, userOperator: {} }
---
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaUser
metadata:
  name: alice
  labels: { strimzi.io/cluster: kafka }
spec:
  authentication: { type: scram-sha-512 }
---
# Sluice's own login: its metadata connection and the Kafka-topic policy store.
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaUser
metadata:
  name: sluice
  labels: { strimzi.io/cluster: kafka }
spec:
  authentication: { type: scram-sha-512 }
EOF
kubectl -n "$NAMESPACE" wait kafka/kafka --for=condition=Ready --timeout=900s
kubectl -n "$NAMESPACE" wait kafkauser/alice kafkauser/sluice --for=condition=Ready --timeout=300s

step "4. ingress-nginx $INGRESS_NGINX_VERSION with --enable-ssl-passthrough"
helm upgrade --install ingress-nginx ingress-nginx --repo https://kubernetes.github.io/ingress-nginx \
  --version "$INGRESS_NGINX_VERSION" --namespace ingress-nginx --create-namespace \
  --set controller.extraArgs.enable-ssl-passthrough=true --wait

step "5. The Sluice image $SLUICE_IMAGE"
if [ "$BUILD_IMAGE" = 1 ]; then
  docker build -f "$repo/deploy/docker/Dockerfile" -t "$SLUICE_IMAGE" "$repo"
  case "$(kubectl config current-context)" in
    kind-*) kind load docker-image "$SLUICE_IMAGE" --name "$(kubectl config current-context | sed 's/^kind-//')" ;;
    minikube) minikube image load "$SLUICE_IMAGE" ;;
  esac
fi

step "6. Sluice (deploy/helm/sluice, values-walkthrough.yaml) and its Ingresses"
helm upgrade --install sluice "$repo/deploy/helm/sluice" --namespace "$NAMESPACE" \
  -f "$here/values-walkthrough.yaml" \
  --set domain="$DOMAIN" \
  --set upstream.bootstrapServers[0]="kafka-kafka-bootstrap.$NAMESPACE.svc:9093" \
  --set ingress.kafka.brokers="$SAN_BROKERS" \
  --set ingress.admin.host="admin-gateway.$DOMAIN" \
  --set image.repository="${SLUICE_IMAGE%:*}" --set image.tag="${SLUICE_IMAGE##*:}" \
  --wait --timeout 10m

step "7. Client configuration ($WORK_DIR/client.properties)"
alice_password=$(kubectl -n "$NAMESPACE" get secret alice -o jsonpath='{.data.password}' | base64 -d)
cat >"$WORK_DIR/client.properties" <<EOF
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="alice" password="$alice_password";
ssl.truststore.location=$(cd "$WORK_DIR" && pwd)/tls/truststore.p12
ssl.truststore.password=changeit
EOF
chmod 600 "$WORK_DIR/client.properties"

address=$(kubectl -n ingress-nginx get svc ingress-nginx-controller \
  -o jsonpath='{.status.loadBalancer.ingress[0].ip}{.status.loadBalancer.ingress[0].hostname}' 2>/dev/null || true)
cat <<EOF

Sluice is running in $NAMESPACE behind ingress-nginx${address:+ at $address}.
DNS (or /etc/hosts) must send these names to the ingress controller:
  gateway.$DOMAIN  brokermain0-gateway.$DOMAIN … brokermain$((SAN_BROKERS - 1))-gateway.$DOMAIN  admin-gateway.$DOMAIN
  (or one wildcard record *.$DOMAIN)

Try:
  kafka-broker-api-versions --bootstrap-server gateway.$DOMAIN:443 --command-config $WORK_DIR/client.properties
  kafka-topics --bootstrap-server gateway.$DOMAIN:443 --command-config $WORK_DIR/client.properties --create --topic orders
  kafka-console-producer --bootstrap-server gateway.$DOMAIN:443 --producer.config $WORK_DIR/client.properties --topic orders
  kafka-console-consumer --bootstrap-server gateway.$DOMAIN:443 --consumer.config $WORK_DIR/client.properties --topic orders --from-beginning
  curl --cacert $WORK_DIR/tls/ca.crt --user alice:\$(kubectl -n $NAMESPACE get secret sluice-admin -o jsonpath='{.data.alice}' | base64 -d) \\
       https://admin-gateway.$DOMAIN/api/v1/policies
Stop: deploy/k8s/stop.sh
EOF
