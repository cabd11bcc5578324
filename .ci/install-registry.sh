#!/usr/bin/env bash
# Builds the Confluent-compatible schema registry that the schema-validation tests talk to:
# Apicurio Registry (its /apis/ccompat/v7 API, in-memory storage), from Maven Central alone,
# as a Quarkus fast-jar in .cache/apicurio/<version>/quarkus-app. The Maven repository it
# downloads into is .cache/apicurio/m2 (~210 MB), so a cached CI run builds nothing.
# Tests start it themselves on 127.0.0.1 (rig/schema-registry.ts). The version is pinned in
# rig/schema-registry.ts (APICURIO_VERSION); the runner's POM and the workarounds it needs
# are in .ci/apicurio/. Idempotent: a build of the same inputs is kept.
# Needs Java 17+ and Maven (Debian: apt-get install openjdk-17-jdk-headless maven).
# Usage: bash .ci/install-registry.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

version=$(sed -n "s/^export const APICURIO_VERSION = '\(.*\)';/\1/p" rig/schema-registry.ts)
if [ -z "$version" ]; then
  echo "APICURIO_VERSION not found in rig/schema-registry.ts" >&2
  exit 1
fi
# = <quarkus.version> of the io.apicurio:apicurio-registry:$version parent POM (checked below).
QUARKUS_VERSION=2.16.4.Final

dir=.cache/apicurio/$version
build=$dir/build
app=$dir/quarkus-app
marker=$dir/inputs.sha256
m2=$PWD/.cache/apicurio/m2
inputs=$(cat .ci/apicurio/pom.xml .ci/apicurio/application.properties .ci/apicurio/settings.xml \
  <(echo "$version $QUARKUS_VERSION") | sha256sum | cut -c1-64)

if [ "$(cat "$marker" 2>/dev/null)" = "$inputs" ] && [ -f "$app/quarkus-run.jar" ]; then
  echo "Apicurio Registry $version already built ($app/quarkus-run.jar)"
  exit 0
fi

if ! command -v mvn >/dev/null 2>&1 || ! command -v java >/dev/null 2>&1; then
  echo "Java 17+ and Maven are required to build Apicurio Registry (.ci/run installs them)" >&2
  exit 1
fi

rm -rf "$build" "$app" "$marker"
mkdir -p "$build/src/main/resources" "$m2"
cp .ci/apicurio/pom.xml .ci/apicurio/settings.xml "$build/"
cp .ci/apicurio/application.properties "$build/src/main/resources/"
(
  cd "$build"
  mvn -B -q -Dstyle.color=never -s settings.xml -Dmaven.repo.local="$m2" \
    -Dapicurio.version="$version" -Dquarkus.version="$QUARKUS_VERSION" package -DskipTests
)

parent=$m2/io/apicurio/apicurio-registry/$version/apicurio-registry-$version.pom
if ! grep -q "<quarkus.version>$QUARKUS_VERSION</quarkus.version>" "$parent"; then
  echo "QUARKUS_VERSION $QUARKUS_VERSION is not the one $parent pins: update it in $0" >&2
  exit 1
fi
if [ ! -f "$build/target/quarkus-app/quarkus-run.jar" ]; then
  echo "the build made no $build/target/quarkus-app/quarkus-run.jar" >&2
  exit 1
fi
mv "$build/target/quarkus-app" "$app"
rm -rf "$build"
echo "$inputs" >"$marker"
echo "Apicurio Registry $version built ($app/quarkus-run.jar, $(du -sh "$app" | cut -f1))"
