#!/usr/bin/env bash
# Removes what deploy/k8s/start.sh created, in reverse order: Sluice, ingress-nginx, Kafka and
# the Strimzi operator, the namespace. The TLS material in WORK_DIR stays (the CA is reused by
# the next start, so clients that trust it keep working); KEEP_TLS=0 deletes it too.
#
# Usage: deploy/k8s/stop.sh
# Environment: NAMESPACE [sluice], WORK_DIR [./sluice-k8s], KEEP_INGRESS [0] (1 leaves
# ingress-nginx installed, e.g. when other applications use it), KEEP_TLS [1].
set -euo pipefail

NAMESPACE=${NAMESPACE:-sluice}
WORK_DIR=${WORK_DIR:-./sluice-k8s}
KEEP_INGRESS=${KEEP_INGRESS:-0}
KEEP_TLS=${KEEP_TLS:-1}

step() { printf '\n==> %s\n' "$*"; }

step "Sluice"
helm uninstall sluice --namespace "$NAMESPACE" --wait 2>/dev/null || true
# The chart keeps the admin Secret across uninstalls (helm.sh/resource-policy: keep).
kubectl -n "$NAMESPACE" delete secret sluice-admin sluice-tls --ignore-not-found

if [ "$KEEP_INGRESS" != 1 ]; then
  step "ingress-nginx"
  helm uninstall ingress-nginx --namespace ingress-nginx --wait 2>/dev/null || true
  kubectl delete namespace ingress-nginx --ignore-not-found --wait=false
fi

step "Kafka and the Strimzi operator"
# The custom resources first, while the operator still runs to clean up after them.
kubectl -n "$NAMESPACE" delete kafkauser alice sluice --ignore-not-found 2>/dev/null || true
kubectl -n "$NAMESPACE" delete kafka kafka --ignore-not-found --wait 2>/dev/null || true
kubectl -n "$NAMESPACE" delete kafkanodepool dual --ignore-not-found 2>/dev/null || true
helm uninstall strimzi --namespace "$NAMESPACE" --wait 2>/dev/null || true

step "Namespace $NAMESPACE"
kubectl delete namespace "$NAMESPACE" --ignore-not-found

if [ "$KEEP_TLS" = 0 ]; then rm -rf "$WORK_DIR"; fi
echo "stopped"
