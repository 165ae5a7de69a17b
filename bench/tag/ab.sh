#!/usr/bin/env bash
# Same-minute A/B of tagging throughput: alternates `tag --bench` runs of two or more chronicle
# binaries (or `tagtool` examples, which run the same code) over the PolNeAR train texts, then
# prints the median of each figure per binary. On a shared machine compare only figures from
# one invocation.
#   bench/tag/ab.sh ROUNDS BIN_A BIN_B [BIN_C ...]
#   e.g. cp target/release/chronicle /tmp/chronicle-new; bench/tag/ab.sh 5 /tmp/chronicle-base /tmp/chronicle-new
set -euo pipefail
cd "$(dirname "$0")/../.."
TEXTS="${CHRONICLE_SHARED:-../shared}/data/polnear/train/text"
ROUNDS="$1"
shift
OUT="$(mktemp)"
trap 'rm -f "$OUT"' EXIT
echo "load before: $(uptime | sed 's/.*load average/load average/')"
for _ in $(seq "$ROUNDS"); do
  for b in "$@"; do
    if [[ "$(basename "$b")" == tagtool* ]]; then o=$("$b" bench "$TEXTS"); else o=$("$b" tag --bench "$TEXTS"); fi
    wall=$(echo "$o" | awk '/^pos\+ner [0-9]/ {print $2}')
    cpu=$(echo "$o" | sed -n 's/.*per CPU second.*: \([0-9]*\) tokens.*/\1/p')
    all=$(echo "$o" | awk '/^text\+pos\+ner/ {print $2}')
    sum=$(echo "$o" | sed -n 's/.*tags checksum \([0-9a-f]*\).*/\1/p')
    echo "$b $wall $cpu $all $sum" | tee -a "$OUT"
  done
done
echo "load after: $(uptime | sed 's/.*load average/load average/')"
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
printf '%-28s %14s %14s %18s\n' "median of $ROUNDS" "pos+ner tok/s" "per CPU second" "text+pos+ner tok/s"
for b in "$@"; do
  printf '%-28s %14s %14s %18s\n' "$(basename "$b")" \
    "$(awk -v b="$b" '$1 == b {print $2}' "$OUT" | median)" \
    "$(awk -v b="$b" '$1 == b {print $3}' "$OUT" | median)" \
    "$(awk -v b="$b" '$1 == b {print $4}' "$OUT" | median)"
done
