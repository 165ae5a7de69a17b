"""Peer for `chronicle eval times`: Python's dateparser on the same TimeML data.

Reads every .tml under a folder, takes the <TEXT> element's text (tags stripped, entities
decoded: the same text chronicle scores against), runs dateparser.search.search_dates with
the document creation time as RELATIVE_BASE, and writes one JSON line per found expression:
{"doc", "start", "end", "type", "value"} with character offsets. Score the file with
`chronicle eval times --timeml DIR --predictions FILE` (same scorer as chronicle's own run).

dateparser returns a datetime for each expression, without a granularity; the value is
re-derived with DateDataParser.get_date_data, whose `period` (time/day/week/month/year) picks
the TIMEX3 spelling (2021-11-07T09:30, 2021-11-07, 2021-W44, 2021-11, 2021). It has no notion
of durations, sets or PAST_REF/PRESENT_REF, so those count as misses.
"""

import json
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import dateparser
from dateparser.date import DateDataParser
from dateparser.search import search_dates


def read_tml(path):
    root = ET.parse(path).getroot()
    text_el = root.find(".//TEXT")
    text = "".join(text_el.itertext()) if text_el is not None else ""
    dct = None
    dct_el = root.find(".//DCT/TIMEX3")
    if dct_el is not None:
        v = dct_el.get("value", "")
        for fmt in ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d"):
            try:
                dct = datetime.strptime(v[: len(datetime(2000, 1, 1).strftime(fmt))], fmt)
                break
            except ValueError:
                continue
    return text, dct


def timex_value(dt, period):
    if period == "time":
        return "TIME", dt.strftime("%Y-%m-%dT%H:%M")
    if period == "week":
        y, w, _ = dt.isocalendar()
        return "DATE", f"{y:04d}-W{w:02d}"
    if period == "month":
        return "DATE", dt.strftime("%Y-%m")
    if period == "year":
        return "DATE", f"{dt.year:04d}"
    return "DATE", dt.strftime("%Y-%m-%d")


def main(folder, out_path):
    files = sorted(Path(folder).rglob("*.tml"))
    n = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for f in files:
            text, dct = read_tml(f)
            settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
            if dct is not None:
                settings["RELATIVE_BASE"] = dct
            ddp = DateDataParser(
                languages=["en"], settings={**settings, "RETURN_TIME_AS_PERIOD": True}
            )
            try:
                found = search_dates(text, languages=["en"], settings=settings) or []
            except Exception as e:  # a peer crash on one document must not stop the run
                print(f"{f.name}: {e}", file=sys.stderr)
                found = []
            pos = 0
            for sub, dt in found:
                start = text.find(sub, pos)
                if start < 0:
                    start = text.find(sub)
                    if start < 0:
                        continue
                end = start + len(sub)
                pos = end
                data = ddp.get_date_data(sub)
                period = (getattr(data, "period", None) or "day") if data else "day"
                kind, value = timex_value(dt, period)
                rec = {"doc": f.stem, "start": start, "end": end, "type": kind, "value": value}
                out.write(json.dumps(rec) + "\n")
                n += 1
    print(f"dateparser {dateparser.__version__}: {n} expressions in {len(files)} documents -> {out_path}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
