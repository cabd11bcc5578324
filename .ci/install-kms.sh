#!/usr/bin/env bash
# Installs the AWS-KMS-compatible server that the field-encryption tests talk to: moto's
# server from PyPI (pinned), in a virtualenv under .cache/moto. Tests start it themselves on
# 127.0.0.1 (`moto_server -H 127.0.0.1 -p PORT`) and find it at .cache/moto/venv/bin/moto_server
# (or SLUICE_TEST_MOTO_SERVER). Idempotent: an install already at the pinned version is kept.
# Needs python3 with venv (Debian: apt-get install python3-venv).
# Usage: bash .ci/install-kms.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

MOTO_VERSION=5.2.5

dir=.cache/moto
venv=$dir/venv
marker=$dir/moto.version

# Run, not just present: a venv moved from elsewhere keeps a stale interpreter path.
if [ "$(cat "$marker" 2>/dev/null)" = "$MOTO_VERSION" ] && "$venv/bin/moto_server" --help >/dev/null 2>&1; then
  echo "moto_server $MOTO_VERSION already installed ($venv/bin/moto_server)"
  exit 0
fi

if ! python3 -m venv --help >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq python3-venv
  else
    echo "python3 with venv is required to install moto" >&2
    exit 1
  fi
fi

mkdir -p "$dir"
rm -rf "$venv" "$marker"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check "moto[server]==$MOTO_VERSION"
echo "$MOTO_VERSION" >"$marker"
"$venv/bin/moto_server" --help >/dev/null
echo "moto_server $MOTO_VERSION installed ($venv/bin/moto_server)"
