#!/usr/bin/env bash
# Unpacks Debian's nginx into .cache/nginx (binary only: no service is installed or started,
# nothing listens until a test starts it on 127.0.0.1). The schema-registry tests put it in
# front of the registry as an HTTPS proxy that checks credentials (rig/registry-proxy.ts).
# Idempotent: an unpacked binary is kept.
# Usage: bash .ci/install-nginx.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

dir=.cache/nginx
if [ -x "$dir/usr/sbin/nginx" ] && "$dir/usr/sbin/nginx" -v >/dev/null 2>&1; then
  echo "nginx already unpacked ($("$dir/usr/sbin/nginx" -v 2>&1))"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
download() { (cd "$work" && apt-get download nginx 2>&1 >/dev/null | grep -v 'unsandboxed as root' >&2 || true); }
download
# A fresh machine may have no package lists yet.
if ! ls "$work"/nginx_*.deb >/dev/null 2>&1; then
  apt-get update -qq
  download
fi
rm -rf "$dir"
mkdir -p "$dir"
dpkg -x "$work"/nginx_*.deb "$dir"
"$dir/usr/sbin/nginx" -v
