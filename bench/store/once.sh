#!/usr/bin/env bash
# Time each request the web UI makes, once, one after another (docs/bench/store.md).
#
#   bench/store/once.sh BASE_URL [MAX_SECONDS] [DOCUMENT_ID]
#
# Filter values are those of the 100k PolNeAR-derived store (bench/store/build-100k.sh).
set -euo pipefail
base="${1:?usage: once.sh BASE_URL [MAX_SECONDS] [DOCUMENT_ID]}"
max="${2:-60}"
doc="${3:-4712ce633c6bffa3x108}"
while IFS='|' read -r name path; do
    r=$(curl -s -o /dev/null --max-time "$max" -w "%{http_code} %{time_total}" "$base$path" || true)
    echo "$name|$r"
done <<LIST
page /|/
page app.js|/app.js
stats (facets)|/api/stats
countries|/api/countries
search (first page)|/api/search?limit=20
search page 2|/api/search?limit=20&offset=20
search?q|/api/search?q=police%20protest&limit=20
search?q&country|/api/search?q=election&country=US&limit=20
events (default)|/api/events?sort=date&order=desc&limit=50
events?country&type|/api/events?country=US&type=ASSAULT&limit=50
events?sort=fatalities|/api/events?sort=fatalities&order=desc&offset=100&limit=50
events?sort=actor1 asc|/api/events?sort=actor1&order=asc&limit=50
events?actor|/api/events?actor=Donald%20Trump&limit=50
events?q|/api/events?q=protest&limit=50
events?from&to|/api/events?from=2025-12-01&to=2025-12-28&limit=50
events deep page|/api/events?sort=date&order=desc&offset=5000&limit=50
timeline|/api/timeline?unit=month
timeline?country|/api/timeline?country=US&unit=month
timeline?from&to|/api/timeline?from=2025-12-01&to=2025-12-28&unit=day
map|/api/map
map?type|/api/map?type=ASSAULT
network|/api/network?limit=60
network 250|/api/network?limit=250
quotes|/api/quotes?limit=30
quotes?speaker|/api/quotes?speaker=Donald%20Trump&limit=30
speakers|/api/speakers?limit=300
actors|/api/actors?limit=100
actors?prefix|/api/actors?prefix=Don
document|/api/documents/$doc
LIST
