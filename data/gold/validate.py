#!/usr/bin/env python3
"""Validate data/gold/events.jsonl and print a coverage table (markdown).

Checks: every line parses; required fields and value sets; evidence is a substring of the
text and trigger a substring of the evidence; ISO dates; weekday / "yesterday" expressions in
the evidence agree with the resolved date; counts per PLOVER type and split, per ACLED
sub-event type, per location country and continent.
Usage: python3 data/gold/validate.py [path]   (exit status 1 on any error)
"""
import collections
import datetime as dt
import json
import os
import re
import sys

PLOVER = ["AGREE", "AID", "ACCUSE", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
          "DEMAND", "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION",
          "SUPPORT", "THREATEN"]
ACLED = {
    "Battles": ["Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack",
                                   "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"],
}
KINDS = {"state", "government", "military", "police", "security", "armed_group", "party", "igo",
         "organization", "protesters", "civilians", "person", "unidentified"}
PRECISION = {"day", "week", "month", "year"}
QUAL_RE = re.compile(r"^(fatalities|injured):(at_least|more_than|nearly|approx|at_most|vague)$")
RESP = {"claimed", "suspected", "unclaimed", "denied"}
CONTINENT = {}
for cont, codes in {
    "Africa": "NG ML BF NE SD SS SO ET KE CD MZ CM TD LY EG SN UG BI TN ZA MG GN CF ER RW DZ "
              "MA GH TG BJ CI ZW ZM MW TZ AO",
    "Asia": "MM PK AF IN BD PH ID TH LK NP CN TW JP KR KP IQ SY YE LB IL PS IR TR KZ KG TJ AM "
            "AZ GE SA AE QA JO MY KH VN UZ MN OM TL HK",
    "Europe": "UA RU FR DE RS XK GB ES PL GR MD BE NL IT BY RO HU SK CZ BA MK AL CH AT SE FI "
              "NO DK IE PT LT LV EE",
    "North America": "US MX HT CA HN GT SV NI CU PA CR DO JM BB",
    "South America": "CO VE BR PE EC CL AR BO PY UY GY SR",
    "Oceania": "AU NZ PG SB FJ VU NC TO WS",
}.items():
    for c in codes.split():
        CONTINENT[c] = cont
WARNINGS = []
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def check_actor(a, where, errs):
    if a is None:
        return
    for k in ("name", "country", "kind", "code"):
        if k not in a:
            errs.append(f"{where}: actor missing {k}")
    if a.get("kind") not in KINDS:
        errs.append(f"{where}: bad actor kind {a.get('kind')}")
    c = a.get("country")
    if c is not None and not re.fullmatch(r"[A-Z]{3}", c):
        errs.append(f"{where}: actor country not alpha-3: {c}")
    if not re.fullmatch(r"[A-Z]{3,16}", a.get("code") or ""):
        errs.append(f"{where}: bad actor code {a.get('code')}")


def check_dates(ev, pub, where, errs):
    """Weekday/"yesterday" consistency. Appends to WARNINGS: an evidence sentence may name the
    day of a different event, so these are reviewed by eye rather than failing the run."""
    errs = WARNINGS
    evid = ev["evidence"].lower()
    d = dt.date.fromisoformat(ev["date"])
    if ev["date_precision"] != "day":
        return
    if "yesterday" in evid and (pub - d).days != 1 and not ev.get("hypothetical"):
        errs.append(f"{where}: 'yesterday' but date {d} vs published {pub}")
    for i, name in enumerate(DAYS):
        if re.search(rf"\b(on|last|late|early|since|by) {name}\b", evid) or \
                re.search(rf"\b{name} (night|morning|evening|afternoon)\b", evid):
            if re.search(rf"\bnext {name}\b", evid):
                continue
            if d.weekday() == i:
                return
    # only complain if exactly one weekday name is mentioned and it disagrees
    named = [i for i, n in enumerate(DAYS) if re.search(rf"\b{n}\b", evid)]
    if len(named) == 1 and d.weekday() != named[0] and not ev.get("hypothetical"):
        errs.append(f"{where}: evidence names {DAYS[named[0]]} but {d} is {DAYS[d.weekday()]}")
    if len(named) == 1 and d.weekday() == named[0] and not ev.get("hypothetical") \
            and not 0 <= (pub - d).days <= 7:
        errs.append(f"{where}: weekday {DAYS[named[0]]} resolved outside the week before {pub}")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "events.jsonl")
    errs = []
    recs = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as e:
                errs.append(f"line {n}: {e}")
    ids = set()
    by_type = collections.Counter()
    by_type_split = collections.Counter()
    by_sub = collections.Counter()
    splits = collections.Counter()
    countries = collections.Counter()
    flags = collections.Counter()
    n_events = 0
    for r in recs:
        rid = r.get("id", "?")
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        if r.get("split") not in ("dev", "test", "dev2", "dev3"):
            errs.append(f"{rid}: bad split")
        splits[r.get("split")] += 1
        pub = dt.date.fromisoformat(r["published"])
        text = r["text"]
        if not 1 <= len(r["events"]) <= 3:
            errs.append(f"{rid}: {len(r['events'])} events (expected 1-3)")
        for j, ev in enumerate(r["events"]):
            where = f"{rid}#{j}"
            n_events += 1
            if ev["type"] not in PLOVER:
                errs.append(f"{where}: bad type {ev['type']}")
            et, st = ev["acled_event_type"], ev["acled_sub_event_type"]
            if (et is None) != (st is None) or (et and st not in ACLED.get(et, [])):
                errs.append(f"{where}: bad ACLED pair {et} / {st}")
            check_actor(ev["actor1"], where, errs)
            check_actor(ev.get("actor2"), where, errs)
            loc = ev.get("location")
            if loc is not None:
                if not re.fullmatch(r"[A-Z]{2}", loc.get("country") or ""):
                    errs.append(f"{where}: location country not alpha-2")
                elif loc["country"] not in CONTINENT:
                    errs.append(f"{where}: no continent for {loc['country']}")
                else:
                    countries[loc["country"]] += 1
            try:
                dt.date.fromisoformat(ev["date"])
            except (TypeError, ValueError):
                errs.append(f"{where}: bad date {ev.get('date')}")
                continue
            if ev["date_precision"] not in PRECISION:
                errs.append(f"{where}: bad precision")
            for k in ("fatalities", "injured"):
                v = ev[k]
                if v is not None and (not isinstance(v, int) or v < 0):
                    errs.append(f"{where}: bad {k} {v}")
            for q in ev.get("qualifiers", []):
                if not QUAL_RE.match(q):
                    errs.append(f"{where}: bad qualifier {q}")
            if not isinstance(ev["negated"], bool) or not isinstance(ev["hypothetical"], bool):
                errs.append(f"{where}: flags must be booleans")
            if ev["type"] == "THREATEN" and not ev["hypothetical"]:
                errs.append(f"{where}: THREATEN must be hypothetical (convention)")
            if ev["evidence"] not in text:
                errs.append(f"{where}: evidence not a substring of text")
            if ev["trigger"] not in ev["evidence"]:
                errs.append(f"{where}: trigger {ev['trigger']!r} not in evidence")
            resp = ev.get("responsibility")
            if resp:
                if resp.get("status") not in RESP:
                    errs.append(f"{where}: bad responsibility status")
                check_actor(resp.get("actor"), where, errs)
                flags["responsibility:" + resp["status"]] += 1
            check_dates(ev, pub, where, errs)
            by_type[ev["type"]] += 1
            by_type_split[(ev["type"], r["split"])] += 1
            if st:
                by_sub[(et, st)] += 1
            for f in ("negated", "hypothetical"):
                if ev[f]:
                    flags[f] += 1
            for q in ev.get("qualifiers", []):
                flags["qualifier " + q.split(":")[1]] += 1
            flags["precision " + ev["date_precision"]] += 1
    print(f"reports: {len(recs)} (dev {splits['dev']}, test {splits['test']}, dev2 {splits['dev2']}, dev3 {splits['dev3']}); events: {n_events}\n")
    print("| PLOVER type | dev | test | dev2 | dev3 | total |\n|---|---:|---:|---:|---:|---:|")
    for t in PLOVER:
        print(f"| {t} | {by_type_split[(t, 'dev')]} | {by_type_split[(t, 'test')]} | {by_type_split[(t, 'dev2')]} | {by_type_split[(t, 'dev3')]} | {by_type[t]} |")
    print("\n| ACLED event type | sub-event type | events |\n|---|---|---:|")
    for et, subs in ACLED.items():
        for st in subs:
            print(f"| {et} | {st} | {by_sub[(et, st)]} |")
    conts = collections.Counter(CONTINENT[c] for c in countries.elements())
    print(f"\nlocation countries: {len(countries)}; by continent (events): "
          + ", ".join(f"{k} {v}" for k, v in sorted(conts.items())))
    print("countries: " + " ".join(sorted(countries)))
    print("\nflags: " + ", ".join(f"{k} {v}" for k, v in sorted(flags.items())))
    low = [t for t in PLOVER if by_type[t] < 8]
    lows = [f"{et}/{st}" for et, subs in ACLED.items() for st in subs if by_sub[(et, st)] < 3]
    if low or lows:
        print("\nbelow coverage target: " + ", ".join(low + lows))
    if WARNINGS:
        print(f"\n{len(WARNINGS)} date warnings (reviewed by hand; the evidence sentence names the "
              "day of another event):")
        for w in WARNINGS:
            print("  " + w)
    if errs:
        print("\nERRORS:", file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
