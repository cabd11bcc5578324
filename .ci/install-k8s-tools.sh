#!/usr/bin/env bash
# Installs the tools that test/deploy/ validates the Helm chart with, offline, no cluster:
#   helm         (go install, pinned)      -> .cache/k8s-tools/bin/helm
#   kubeconform  (go install, pinned)      -> .cache/k8s-tools/bin/kubeconform
#   kubernetes-validate (PyPI, pinned; it carries the Kubernetes JSON schemas that kubeconform
#                is pointed at, so nothing is fetched at test time) -> .cache/k8s-tools/venv
# Idempotent: a tool already at its pinned version is not built again (a second run takes a
# second). Prints the versions. Needs Go >= 1.26 (/usr/local/go or PATH) and python3.
# Usage: bash .ci/install-k8s-tools.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

HELM_VERSION=v3.22.0
KUBECONFORM_VERSION=v0.8.0
KUBERNETES_VALIDATE_VERSION=1.37.0

dir=.cache/k8s-tools
bin=$dir/bin
mkdir -p "$bin"

go_bin=$(command -v go || true)
if [ -x /usr/local/go/bin/go ]; then go_bin=/usr/local/go/bin/go; fi

# go install into a private GOBIN, then a marker file records the version that was built, so
# a pin change rebuilds and an unchanged pin does not.
go_tool() {
  local name=$1 module=$2 version=$3
  if [ -x "$bin/$name" ] && [ "$(cat "$bin/$name.version" 2>/dev/null)" = "$version" ]; then return 0; fi
  if [ -z "$go_bin" ]; then
    echo "Go is not installed (expected /usr/local/go/bin/go or go on PATH): cannot build $name" >&2
    return 1
  fi
  echo "building $name $version (go install; slow the first time)"
  rm -f "$bin/$name" "$bin/$name.version"
  GOTOOLCHAIN=local CGO_ENABLED=0 GOBIN="$PWD/$bin" "$go_bin" install -trimpath "$module@$version"
  echo "$version" >"$bin/$name.version"
}

go_tool helm helm.sh/helm/v3/cmd/helm "$HELM_VERSION"
go_tool kubeconform github.com/yannh/kubeconform/cmd/kubeconform "$KUBECONFORM_VERSION"

venv=$dir/venv
if ! "$venv/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('kubernetes-validate') != '$KUBERNETES_VALIDATE_VERSION')" 2>/dev/null; then
  rm -rf "$venv"
  if ! python3 -m venv "$venv" 2>/dev/null; then
    sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
    python3 -m venv "$venv"
  fi
  "$venv/bin/pip" install -q --disable-pip-version-check "kubernetes-validate==$KUBERNETES_VALIDATE_VERSION"
fi

"$bin/helm" version --short
echo "kubeconform $(cat "$bin/kubeconform.version") (go install)"
"$venv/bin/python" -c "import importlib.metadata as m; print('kubernetes-validate', m.version('kubernetes-validate'))"
