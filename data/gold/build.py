#!/usr/bin/env python3
"""Assemble data/gold/events.jsonl from the hand-written annotation sources in data/gold/src/.

The sources are plain Python data written by hand (report text + annotations in a compact
shorthand). This script only expands the shorthand: it maps short ACLED keys to the full
event/sub-event type names, derives CAMEO-style actor codes from country + kind (unless a code
is given), widens an evidence key to the full sentence of the text that contains it, and assigns
the dev/test split alternately. It generates no text.

Usage: python3 data/gold/build.py   (then python3 data/gold/validate.py)
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

ACLED = {
    "CLASH": ("Battles", "Armed clash"),
    "REGAIN": ("Battles", "Government regains territory"),
    "OVERTAKE": ("Battles", "Non-state actor overtakes territory"),
    "CHEM": ("Explosions/Remote violence", "Chemical weapon"),
    "AIR": ("Explosions/Remote violence", "Air/drone strike"),
    "SUICIDE": ("Explosions/Remote violence", "Suicide bomb"),
    "SHELL": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "IED": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "GRENADE": ("Explosions/Remote violence", "Grenade"),
    "SEXV": ("Violence against civilians", "Sexual violence"),
    "ATTACK": ("Violence against civilians", "Attack"),
    "ABDUCT": ("Violence against civilians", "Abduction/forced disappearance"),
    "PEACEFUL": ("Protests", "Peaceful protest"),
    "INTERV": ("Protests", "Protest with intervention"),
    "EXCESS": ("Protests", "Excessive force against protesters"),
    "VIOLDEMO": ("Riots", "Violent demonstration"),
    "MOB": ("Riots", "Mob violence"),
    "AGREEMENT": ("Strategic developments", "Agreement"),
    "ARRESTS": ("Strategic developments", "Arrests"),
    "CHANGE": ("Strategic developments", "Change to group/activity"),
    "DISRUPT": ("Strategic developments", "Disrupted weapons use"),
    "HQ": ("Strategic developments", "Headquarters or base established"),
    "LOOT": ("Strategic developments", "Looting/property destruction"),
    "TRANSFER": ("Strategic developments", "Non-violent transfer of territory"),
    "OTHER": ("Strategic developments", "Other"),
}

ROLE = {
    "government": "GOV", "military": "MIL", "police": "COP", "security": "SEC",
    "armed_group": "REB", "party": "PTY", "protesters": "PRO", "civilians": "CVL",
    "organization": "NGO", "unidentified": "UAF", "person": "GOV", "state": "",
}


def A(name, country, kind, code=None):
    """An actor; code derived from ISO3 country + role suffix unless given."""
    if code is None:
        if kind == "igo":
            raise ValueError(f"IGO actor {name} needs an explicit code")
        code = (country or "") + ROLE[kind]
    return {"name": name, "country": country, "kind": kind, "code": code}


def L(name, country):
    return {"name": name, "country": country}


SENT_RE = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z0-9\"“‘])")


def sentences(text):
    out, start = [], 0
    for m in SENT_RE.finditer(text):
        # keep a closing quote with its sentence
        end = m.start()
        seg = text[start:m.end()].rstrip()
        out.append(seg)
        start = m.end()
    out.append(text[start:].strip())
    return [s for s in out if s]


def E(typ, acled, a1, a2, loc, date, prec, fat, inj, trigger, ev, neg=False, hyp=False,
      q=None, resp=None, **extra):
    return dict(typ=typ, acled=acled, a1=a1, a2=a2, loc=loc, date=date, prec=prec, fat=fat,
                inj=inj, trigger=trigger, ev=ev, neg=neg, hyp=hyp, q=q, resp=resp, extra=extra)


RECORDS = []


def R(rid, published, text, events, split=None):
    RECORDS.append((rid, published, " ".join(text.split()), events, split))


def expand(rid, text, e):
    sents = [s for s in sentences(text) if e["ev"] in s]
    if len(sents) != 1:
        raise ValueError(f"{rid}: evidence key {e['ev']!r} matches {len(sents)} sentences")
    if e["trigger"] not in text:
        raise ValueError(f"{rid}: trigger {e['trigger']!r} not in text")
    et, st = (ACLED[e["acled"]] if e["acled"] else (None, None))
    out = {
        "type": e["typ"], "acled_event_type": et, "acled_sub_event_type": st,
        "actor1": e["a1"], "actor2": e["a2"], "location": e["loc"],
        "date": e["date"], "date_precision": e["prec"],
        "fatalities": e["fat"], "injured": e["inj"],
        "negated": e["neg"], "hypothetical": e["hyp"],
        "trigger": e["trigger"], "evidence": sents[0],
    }
    if e["q"]:
        out["qualifiers"] = e["q"]
    if e["resp"]:
        status, actor = e["resp"]
        out["responsibility"] = {"status": status, "actor": actor}
    out.update(e["extra"])
    return out


def main():
    ns = {"A": A, "L": L, "E": E, "R": R}
    for path in sorted(glob.glob(os.path.join(HERE, "src", "batch*.py"))):
        with open(path, encoding="utf-8") as fh:
            exec(compile(fh.read(), path, "exec"), dict(ns))
    seen = set()
    lines = []
    for i, (rid, pub, text, events, split) in enumerate(RECORDS):
        if rid in seen:
            sys.exit(f"duplicate id {rid}")
        seen.add(rid)
        num = int(rid[1:])
        rec = {"id": rid, "split": split or ("dev" if num % 2 else "test"),
               "published": pub, "text": text,
               "events": [expand(rid, text, e) for e in events]}
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(HERE, "events.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} reports")


if __name__ == "__main__":
    main()
