#!/usr/bin/env bash
# CI entry point: from a clean clone on a fresh Debian/Ubuntu machine, install what the tests
# need (kcat, openssl, unshare, curl; Java 17 and Maven if missing), npm ci, fetch the pinned
# Kafka jars, schemathesis and confluent-kafka into virtualenvs, build the franz-go client of
# the client matrix, helm and kubeconform (.ci/install-k8s-tools.sh), moto's KMS server
# (.ci/install-kms.sh), Apicurio Registry built from Maven Central as the schema registry
# (.ci/install-registry.sh) and nginx unpacked as the HTTPS proxy in front of it
# (.ci/install-nginx.sh), then typecheck, lint and run every test (unit + integration against
# real Kafka).
# A failed set-up step stops the run at once; typecheck, lint and test all run (so one CI run
# reports every problem) and the script exits non-zero if any of them failed. Prints how long
# each step took.
# Usage: bash .ci/run
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ci_started=$(date +%s)
current_step="setup"
failed_checks=()

on_exit() {
  local status=$?
  local total=$(($(date +%s) - ci_started))
  if [ "$status" -eq 0 ]; then
    printf '\n.ci/run: PASSED in %dm%02ds\n' $((total / 60)) $((total % 60))
  elif [ "${#failed_checks[@]}" -gt 0 ]; then
    printf '\n.ci/run: FAILED (%s) after %dm%02ds\n' "${failed_checks[*]}" $((total / 60)) $((total % 60)) >&2
  else
    printf '\n.ci/run: FAILED (exit %d) in step "%s" after %dm%02ds\n' "$status" "$current_step" $((total / 60)) $((total % 60)) >&2
  fi
}
trap on_exit EXIT

# Runs one timed step. Under set -e (set-up steps) a failure ends the script right here.
step() {
  current_step=$1
  shift
  local started status
  started=$(date +%s)
  printf '\n==> %s\n' "$current_step"
  "$@"
  status=$?
  if [ "$status" -ne 0 ]; then
    printf '<== %s: FAILED (exit %d) after %ds\n' "$current_step" "$status" $(($(date +%s) - started)) >&2
    return "$status"
  fi
  printf '<== %s: %ds\n' "$current_step" $(($(date +%s) - started))
}

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi

install_system_packages() {
  # kcat: a non-Java Kafka client for tests; openssl + keytool: deploy/tls/generate.sh;
  # util-linux: unshare for the hostnames helper; mount comes with it; curl: the admin API
  # walkthrough runs the curl commands users copy.
  local packages=(kcat openssl util-linux ca-certificates curl)
  # javac: the client matrix compiles its Java client against each Kafka release's jars.
  command -v java >/dev/null && command -v javac >/dev/null && command -v keytool >/dev/null || packages+=(openjdk-17-jdk-headless)
  command -v mvn >/dev/null || packages+=(maven)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  # sed reads to the end: `| head -1` could kill the writer with SIGPIPE, failing under pipefail.
  kcat -V | sed -n 1p
  java -version 2>&1 | sed -n 1p
  mvn -v 2>/dev/null | sed -n 1p
}

# A check that fails is recorded, not fatal, so the later checks still run.
check() {
  local status
  set +e
  step "$@"
  status=$?
  set -e
  if [ "$status" -ne 0 ]; then failed_checks+=("$1"); fi
}

node24() { ./node_modules/.bin/node --no-node-snapshot "$@"; }

# schemathesis (PyPI) fuzzes the admin API from its OpenAPI document (test/integration/
# admin-fuzz.test.ts). A virtualenv under .cache/ keeps it off the system Python and is reused.
SCHEMATHESIS_VERSION=4.32.5
install_schemathesis() {
  local venv=.cache/schemathesis
  if ! "$venv/bin/schemathesis" --version 2>/dev/null | grep -q "$SCHEMATHESIS_VERSION"; then
    rm -rf "$venv"
    if ! python3 -m venv "$venv" 2>/dev/null; then
      DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
      python3 -m venv "$venv"
    fi
    "$venv/bin/pip" install -q --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
  fi
  "$venv/bin/schemathesis" --version
}

# The client matrix (test/integration/client-matrix.test.ts, docs/compatibility.md).
# librdkafka through a current build: the confluent-kafka wheel bundles a recent librdkafka
# (Debian's kcat links 2.0.2, which cannot do SCRAM against Kafka 4). Its own virtualenv.
CONFLUENT_KAFKA_VERSION=2.16.1
install_confluent_kafka() {
  local venv=.cache/confluent-kafka
  if ! "$venv/bin/python" -c "import confluent_kafka, sys; sys.exit(confluent_kafka.version() != '$CONFLUENT_KAFKA_VERSION')" 2>/dev/null; then
    rm -rf "$venv"
    if ! python3 -m venv "$venv" 2>/dev/null; then
      DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
      python3 -m venv "$venv"
    fi
    "$venv/bin/pip" install -q --disable-pip-version-check "confluent-kafka==$CONFLUENT_KAFKA_VERSION"
  fi
  "$venv/bin/python" -c "import confluent_kafka as c; print('confluent-kafka', c.version(), 'librdkafka', c.libversion()[0])"
}

# franz-go (pinned in test/clients/go/go.sum) built once per source hash into .cache/clients/
# (test/clients/locations.ts computes the same name). Needs Go >= 1.26 (/usr/local/go or PATH).
build_go_client() {
  local go_bin src=test/clients/go hash out
  go_bin=$(command -v go || true)
  if [ -x /usr/local/go/bin/go ]; then go_bin=/usr/local/go/bin/go; fi
  if [ -z "$go_bin" ]; then
    echo "Go is not installed (expected /usr/local/go/bin/go or go on PATH)" >&2
    return 1
  fi
  hash=$(cat "$src/go.mod" "$src/go.sum" "$src/main.go" | sha256sum | cut -c1-16)
  out=.cache/clients/go-$hash
  if [ ! -x "$out/matrix-client" ]; then
    mkdir -p "$out"
    (cd "$src" && GOTOOLCHAIN=local GOFLAGS=-mod=readonly CGO_ENABLED=0 "$go_bin" build -trimpath -o "../../../$out/matrix-client.partial" .)
    mv "$out/matrix-client.partial" "$out/matrix-client"
  fi
  "$out/matrix-client" '{"action":"version"}'
}

step "system packages" install_system_packages
step "npm ci" npm ci --no-audit --no-fund
step "node version" node24 --version
step "fetch Kafka jars" node24 rig/fetch-kafka.ts
step "schemathesis" install_schemathesis
step "confluent-kafka (librdkafka)" install_confluent_kafka
step "Go client (franz-go)" build_go_client
# helm, kubeconform and kubernetes-validate's offline schemas for test/deploy/ (cached).
step "k8s tools" bash .ci/install-k8s-tools.sh
# moto's AWS-KMS-compatible server for the field-encryption tests (.cache/moto, pinned).
step "kms server (moto)" bash .ci/install-kms.sh
# Apicurio Registry (Confluent-compatible API) for the schema-validation tests (.cache/apicurio, pinned).
step "schema registry (Apicurio)" bash .ci/install-registry.sh
# nginx, unpacked (no service): the HTTPS proxy with credentials in front of the registry.
step "registry proxy (nginx)" bash .ci/install-nginx.sh
export SLUICE_TEST_SCHEMATHESIS="$PWD/.cache/schemathesis/bin/schemathesis"
