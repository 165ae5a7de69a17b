#!/usr/bin/env bash
# Build the synthetic 100k-article benchmark store (see docs/bench/store.md).
#
#   bench/store/build-100k.sh [WORKDIR] [N]
#
# 1. annotates the 924 PolNeAR train+dev texts ONCE with the real pipeline (`chronicle ingest`);
# 2. exports the annotated documents (`chronicle export --what documents`);
# 3. derives N (default 100000) documents from them (crates/chronicle-server/examples/replicate.rs:
#    new ids, appended text variants, publication days over five years, places moved to 80
#    countries for 60% of copies);
# 4. loads them with `chronicle import`, timing it (wall, CPU, peak RSS) and reporting the size.
#
# Everything goes to WORKDIR (default /tmp/chronicle-100k); nothing is written into the repo.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="${1:-/tmp/chronicle-100k}"
n="${2:-100000}"
shared="${CHRONICLE_SHARED:-$root/../shared}"
polnear="$shared/data/polnear"
if [[ ! -d "$polnear/train/text" ]]; then
    echo "build-100k: $polnear not found (set CHRONICLE_SHARED)" >&2
    exit 1
fi
mkdir -p "$work"
cd "$root"
cargo build --release -p chronicle
cargo build --release -p chronicle-server --example replicate --example loadtest
bin="$root/target/release/chronicle"

if [[ ! -f "$work/polnear.db" ]]; then
    "$bin" ingest -q --db "$work/polnear.db.tmp" "$polnear/train/text" "$polnear/dev/text"
    mv "$work/polnear.db.tmp" "$work/polnear.db"
    rm -f "$work/polnear.db.tmp-wal" "$work/polnear.db.tmp-shm"
fi
"$bin" export --db "$work/polnear.db" --what documents --format parquet --out "$work/polnear-docs.parquet"
rm -rf "$work/corpus"
"$root/target/release/examples/replicate" "$work/polnear-docs.parquet" "$work/corpus" "$n"

rm -f "$work/store.db" "$work/store.db-wal" "$work/store.db-shm"
/usr/bin/time -f "import: %e s wall, %U s user, %S s sys, peak RSS %M KB" \
    "$bin" import --db "$work/store.db" "$work/corpus"
du -h "$work/store.db"
echo "build-100k: done. Serve it with: $bin serve --db $work/store.db --addr 127.0.0.1:18081"
