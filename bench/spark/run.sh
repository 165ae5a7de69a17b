#!/usr/bin/env bash
# Throughput of the Spark path against the plain CLI on the PolNeAR train texts, in one run on
# this machine: chronicle extract (1 and 2 threads) and the Spark job in local[1] and local[2].
#   bench/spark/run.sh [SHARED_DIR]        (default ../shared)
# Needs a release build (cargo build --release -p chronicle) and spark/.venv (scripts/setup).
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${1:-../shared}
bin=target/release/chronicle
[ -x "$bin" ] || cargo build --release -q -p chronicle
py=spark/.venv/bin/python
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The PolNeAR train texts as JSONL (read by path, written to a temp dir, never committed).
python3 - "$shared/data/polnear/train/text" "$work/in.jsonl" <<'PY'
import json, os, sys
src, dst = sys.argv[1], sys.argv[2]
with open(dst, "w", encoding="utf-8") as out:
    for name in sorted(os.listdir(src)):
        if name.endswith(".txt"):
            text = open(os.path.join(src, name), encoding="utf-8").read()
            out.write(json.dumps({"id": name[:-4], "text": text}, ensure_ascii=False) + "\n")
PY
n=$(wc -l < "$work/in.jsonl")
words=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].split()) for l in open(sys.argv[1])))" "$work/in.jsonl")
echo "input: $n articles, $words words"

secs() { python3 -c "import sys; print(f'{float(sys.argv[1]):.2f}')" "$1"; }
run() { # label, command...
  local label=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  "$@" > /dev/null 2> "$work/err.txt" || { cat "$work/err.txt" >&2; exit 1; }
  t1=$(date +%s.%N)
  local dt
  dt=$(python3 -c "print($t1 - $t0)")
  printf '%-34s %8ss %9.1f articles/s %8.2f ms/article\n' "$label" "$(secs "$dt")" \
    "$(python3 -c "print($n / $dt)")" "$(python3 -c "print(1000 * $dt / $n)")"
}

run "cli extract, 1 thread" "$bin" extract "$work/in.jsonl" --format jsonl --threads 1
run "cli extract, 2 threads" "$bin" extract "$work/in.jsonl" --format jsonl --threads 2
for cores in 1 2; do
  run "spark local[$cores] (incl. JVM start)" "$py" spark/chronicle_job.py --master "local[$cores]" \
    --binary "$bin" --input "$work/in.jsonl" --output "$work/out$cores" --partitions $((cores * 4))
done
