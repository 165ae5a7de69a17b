#!/usr/bin/env bash
# Peer figures for `chronicle eval times`: Python's dateparser on TempEval-3 TimeBank + AQUAINT,
# scored by the same scorer. Usage (from the repo root):
#   bash bench/time/run.sh [../shared/data/tempeval3]
# Needs python3 with venv and network access to PyPI (installs dateparser into bench/time/.venv).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${1:-$root/../shared/data/tempeval3}"
venv="$here/.venv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "dateparser==1.5.0"
fi
out="$here/dateparser.predictions.jsonl"
"$venv/bin/python" "$here/dateparser_peer.py" "$data" "$out"
(cd "$root" && cargo build --release -p chronicle --quiet)
echo "== chronicle time.v1"
"$root/target/release/chronicle" eval times --timeml "$data"
echo "== dateparser (search_dates)"
"$root/target/release/chronicle" eval times --timeml "$data" --predictions "$out"
