#!/usr/bin/env bash
# Generates TLS material for Sluice and for the test rig's Kafka brokers: a private CA and one
# server certificate signed by it, as PEM files, a PKCS#12 keystore and a Java truststore.
#
# Usage:
#   deploy/tls/generate.sh --out DIR [--domain sluice.test] [--brokers 3 | --wildcard]
#                          [--san NAME_OR_IP]... [--password changeit] [--days 825]
#
# Subject Alternative Names of the server certificate:
#   default      gateway.<domain> and brokermain0-gateway.<domain> … brokermain<N-1>-gateway.<domain>
#                (the host-routing names, see DESIGN.md); --brokers N sets N (default 3)
#   --wildcard   gateway.<domain> and *.<domain>, so adding brokers never needs a new certificate
#   --san X      extra names or IP addresses, repeatable (the rig adds localhost and 127.0.0.1)
#
# Files written to DIR:
#   ca.key, ca.crt                  the CA (kept across runs, so clients that trust it stay valid)
#   server.key, server.crt          the server key and certificate (PEM)
#   server-chain.crt                server certificate followed by the CA certificate
#   server.p12                      PKCS#12 keystore: key + chain, alias "server", --password
#   truststore.p12                  Java truststore (PKCS#12) holding the CA, alias "ca", --password
#   sans.txt                        the SAN list the server certificate was issued for
#
# Idempotent: a second run with the same arguments changes nothing; with a different SAN list
# or password it reissues the server certificate and stores but keeps the CA.
# Needs openssl; keytool (Java 17+) for the truststore.
set -euo pipefail

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//' >&2
  exit 2
}

out=""
domain="sluice.test"
brokers=3
wildcard=0
password="changeit"
days=825
extra_sans=()
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=${2:?--out needs a directory}; shift 2 ;;
    --domain) domain=${2:?--domain needs a value}; shift 2 ;;
    --brokers) brokers=${2:?--brokers needs a number}; shift 2 ;;
    --wildcard) wildcard=1; shift ;;
    --san) extra_sans+=("${2:?--san needs a value}"); shift 2 ;;
    --password) password=${2:?--password needs a value}; shift 2 ;;
    --days) days=${2:?--days needs a number}; shift 2 ;;
    -h | --help) usage ;;
    *) echo "generate.sh: unknown argument: $1" >&2; usage ;;
  esac
done
if [ -z "$out" ]; then echo "generate.sh: --out DIR is required" >&2; usage; fi
if ! [[ "$brokers" =~ ^[0-9]+$ ]] || [ "$brokers" -lt 1 ] || [ "$brokers" -gt 1000 ]; then
  echo "generate.sh: --brokers must be a number from 1 to 1000, got: $brokers" >&2
  exit 2
fi
if ! [[ "$domain" =~ ^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$ ]]; then
  echo "generate.sh: --domain is not a valid DNS name: $domain" >&2
  exit 2
fi
if [ "${#password}" -lt 6 ]; then
  echo "generate.sh: --password must have at least 6 characters (keytool requires it)" >&2
  exit 2
fi

# The SAN list, one entry per line, "DNS:name" or "IP:address".
sans=("DNS:gateway.$domain")
if [ "$wildcard" = 1 ]; then
  sans+=("DNS:*.$domain")
else
  for ((i = 0; i < brokers; i++)); do sans+=("DNS:brokermain$i-gateway.$domain"); done
fi
for san in "${extra_sans[@]}"; do
  if [[ "$san" =~ ^[0-9.]+$ || "$san" == *:* ]]; then sans+=("IP:$san"); else sans+=("DNS:$san"); fi
done
san_line=$(IFS=,; echo "${sans[*]}")

mkdir -p "$out"
cd "$out"
umask 077

if [ ! -s ca.key ] || [ ! -s ca.crt ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 \
    -keyout ca.key -out ca.crt -subj "/CN=Sluice CA ($domain)" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
  rm -f server.crt # a new CA invalidates every certificate it did not sign
fi

# The server certificate is reissued only when what it must say changed.
wanted=$(printf '%s\n' "$san_line" "password-sha256:$(printf '%s' "$password" | openssl dgst -sha256 -r | cut -d' ' -f1)")
if [ ! -s server.crt ] || [ ! -s server.key ] || [ "$(cat sans.txt 2>/dev/null)" != "$wanted" ]; then
  openssl req -newkey rsa:2048 -nodes -sha256 -keyout server.key -out server.csr \
    -subj "/CN=gateway.$domain" 2>/dev/null
  printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' \
    "$san_line" >server.ext
  openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -sha256 -days "$days" \
    -extfile server.ext -out server.crt 2>/dev/null
  rm -f server.csr server.ext ca.srl server.p12 truststore.p12
  printf '%s\n' "$wanted" >sans.txt
fi
cat server.crt ca.crt >server-chain.crt

if [ ! -s server.p12 ]; then
  openssl pkcs12 -export -name server -inkey server.key -in server.crt -certfile ca.crt \
    -out server.p12 -passout "pass:$password"
fi
if [ ! -s truststore.p12 ]; then
  keytool -importcert -noprompt -alias ca -file ca.crt -keystore truststore.p12 \
    -storetype PKCS12 -storepass "$password" >/dev/null 2>&1
fi
# Certificates and stores are public material; the keys stay owner-only.
chmod 644 ca.crt server.crt server-chain.crt truststore.p12 sans.txt
chmod 600 ca.key server.key server.p12
echo "TLS material in $out for: $san_line" >&2
