#!/usr/bin/env bash
# Fetches the Kroxylicious peer of bench/peer-compare.ts: the runtime's classpath from Maven
# Central (mvn dependency:copy-dependencies over pom.xml) and a compiled launcher, into
# .cache/kroxylicious/<version>/ (lib/*.jar, classes/). Idempotent; not run by CI.
# Usage: bash bench/peers/kroxylicious/fetch.sh [version]   (default: the pinned one)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
# 0.12.0 is the newest release Maven Central serves with its dependencies (0.13.0–0.23.0
# were refused when this was pinned).
version="${1:-${SLUICE_KROXYLICIOUS_VERSION:-0.12.0}}"
out="$repo/.cache/kroxylicious/$version"
# The cache is keyed by the version and by this pom and launcher: a changed pom fetches again.
stamp="$version $(cat "$here/pom.xml" "$here/src/SluicePeerKroxylicious.java" | sha256sum | cut -c1-16)"
if [[ -f "$out/ready" && "$(cat "$out/ready")" == "$stamp" ]]; then
  echo "kroxylicious $version: already in $out"
  exit 0
fi
command -v mvn >/dev/null || { echo "fetch.sh: mvn is not installed (apt-get install maven)" >&2; exit 1; }
command -v javac >/dev/null || { echo "fetch.sh: javac is not installed (a JDK 17+)" >&2; exit 1; }
rm -rf "$out.tmp"
mkdir -p "$out.tmp/lib" "$out.tmp/classes"
mvn -B -q -f "$here/pom.xml" -Dkroxylicious.version="$version" \
  dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$out.tmp/lib"
javac -d "$out.tmp/classes" -cp "$out.tmp/lib/*" "$here/src/SluicePeerKroxylicious.java"
echo "$stamp" >"$out.tmp/ready"
rm -rf "$out"
mv "$out.tmp" "$out"
echo "kroxylicious $version: $(ls "$out/lib" | wc -l) jars and the launcher in $out"
