#!/usr/bin/env python3
"""Run chronicle on Apache Spark and write Parquet tables partitioned by date.

Every executor runs the chronicle binary as a stream filter (`chronicle extract - --format
jsonl`): one article per input line, one annotated document (or one error record) per output
line, in order. That contract lets Spark's `RDD.pipe` do the distribution; chronicle keeps no
state between documents, so the output does not depend on how the input is partitioned.

    spark-submit spark/chronicle_job.py --binary target/release/chronicle \
        --input 'articles/*.jsonl' --input-format jsonl --output out/

Tables written under --output (Parquet, partitioned by `date`, the publication day or
`unknown`): documents (one row per article, with the full document JSON in `json`),
entities, quotes, events, places; and errors (not partitioned) for inputs chronicle skipped.
`chronicle import --db FILE OUTPUT_DIR` loads them into the store.
"""

import argparse
import json
import os
import sys

from pyspark import SparkFiles
from pyspark.sql import Row, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--binary", required=True, help="path to the chronicle binary (shipped to every executor)")
    p.add_argument("--input", required=True, help="input path or glob, any storage Spark reads")
    p.add_argument("--input-format", choices=["jsonl", "parquet", "text"], default="jsonl",
                   help="jsonl: one article object per line; parquet: columns id,url,title,text|html,published,source; "
                        "text: a directory of .txt reports (the file name becomes the id)")
    p.add_argument("--output", required=True, help="output directory for the Parquet tables")
    p.add_argument("--partitions", type=int, default=0, help="input partitions (default: Spark's default parallelism)")
    p.add_argument("--published", help="publication date override passed to chronicle (YYYY-MM-DD)")
    p.add_argument("--threads", type=int, default=1,
                   help="chronicle threads per Spark task (default 1: Spark runs one task per executor core)")
    p.add_argument("--master", help="Spark master when run with plain python (e.g. local[2]); spark-submit sets it otherwise")
    p.add_argument("--tables", default="documents,entities,quotes,events,places,errors",
                   help="comma-separated tables to write")
    return p.parse_args(argv)


ARTICLE_FIELDS = ["id", "url", "title", "text", "html", "published", "source"]


def input_lines(spark, args):
    """An RDD of JSON article lines, in input order."""
    sc = spark.sparkContext
    if args.input_format == "jsonl":
        lines = sc.textFile(args.input, minPartitions=args.partitions or None)
    elif args.input_format == "parquet":
        df = spark.read.parquet(args.input)
        cols = [c for c in ARTICLE_FIELDS if c in df.columns]
        lines = df.select(F.to_json(F.struct(*cols)).alias("line")).rdd.map(lambda r: r.line)
    else:
        files = sc.wholeTextFiles(args.input, minPartitions=args.partitions or None)
        lines = files.map(lambda kv: json.dumps(
            {"id": os.path.splitext(os.path.basename(kv[0]))[0], "text": kv[1]}, ensure_ascii=False))
    return lines


def date_of(doc):
    p = doc.get("published") or ""
    return p[:10] if len(p) >= 10 and p[:4].isdigit() else "unknown"


def explode(line):
    """One chronicle output line -> (table, row dict) pairs."""
    doc = json.loads(line)
    if "error" in doc and "text" not in doc:
        yield "errors", {"origin": doc.get("origin"), "error": doc.get("error")}
        return
    doc_id, date = doc["id"], date_of(doc)
    yield "documents", {
        "id": doc_id, "date": date, "title": doc.get("title"), "url": doc.get("url"),
        "source": doc.get("source"), "published": doc.get("published"),
        "published_source": doc.get("published_source"), "json": line,
    }
    for e in doc.get("entities", []):
        yield "entities", {"doc_id": doc_id, "date": date, "start": e["start"], "end": e["end"], "text": e.get("text"),
                           "label": e.get("label"), "canonical": e.get("canonical"), "kb_id": e.get("kb_id"),
                           "kind": e.get("kind"), "country": e.get("country")}
    for q in doc.get("quotes", []):
        sp = q.get("speaker") or {}
        cue = q.get("cue") or {}
        yield "quotes", {"doc_id": doc_id, "date": date, "start": q["start"], "end": q["end"], "text": q.get("text"),
                         "kind": q.get("kind"), "speaker": sp.get("text"), "speaker_canonical": sp.get("canonical"),
                         "cue": cue.get("text"), "channel": q.get("channel"), "addressee": q.get("addressee")}
    for i, ev in enumerate(doc.get("events", [])):
        a1, a2 = ev.get("actor1") or {}, ev.get("actor2") or {}
        loc, evd = ev.get("location") or {}, ev.get("evidence") or {}
        yield "events", {
            "doc_id": doc_id, "date": date, "event_index": i, "type": ev.get("type"),
            "acled_event_type": ev.get("acled_event_type"), "acled_sub_event_type": ev.get("acled_sub_event_type"),
            "actor1": a1.get("canonical") or a1.get("name"), "actor1_code": a1.get("code"), "actor1_country": a1.get("country"),
            "actor2": a2.get("canonical") or a2.get("name"), "actor2_code": a2.get("code"), "actor2_country": a2.get("country"),
            "location": loc.get("name"), "country": loc.get("country"), "admin1": loc.get("admin1"),
            "lat": loc.get("lat"), "lon": loc.get("lon"), "event_date": ev.get("date"),
            "fatalities": ev.get("fatalities"), "injured": ev.get("injured"),
            "negated": bool(ev.get("negated")), "hypothetical": bool(ev.get("hypothetical")),
            "evidence_start": evd.get("start"), "evidence_end": evd.get("end"), "evidence": evd.get("text"),
        }
    for pl in doc.get("places", []):
        yield "places", {"doc_id": doc_id, "date": date, "start": pl["start"], "end": pl["end"], "text": pl.get("text"),
                         "name": pl.get("name"), "place_id": pl.get("id"), "country": pl.get("country"),
                         "admin1": pl.get("admin1"), "lat": pl.get("lat"), "lon": pl.get("lon"), "kind": pl.get("kind")}


S, L, D, B = T.StringType(), T.LongType(), T.DoubleType(), T.BooleanType()
SCHEMAS = {
    "documents": [("id", S), ("date", S), ("title", S), ("url", S), ("source", S), ("published", S),
                  ("published_source", S), ("json", S)],
    "entities": [("doc_id", S), ("date", S), ("start", L), ("end", L), ("text", S), ("label", S), ("canonical", S),
                 ("kb_id", S), ("kind", S), ("country", S)],
    "quotes": [("doc_id", S), ("date", S), ("start", L), ("end", L), ("text", S), ("kind", S), ("speaker", S),
               ("speaker_canonical", S), ("cue", S), ("channel", S), ("addressee", S)],
    "events": [("doc_id", S), ("date", S), ("event_index", L), ("type", S), ("acled_event_type", S),
               ("acled_sub_event_type", S), ("actor1", S), ("actor1_code", S), ("actor1_country", S), ("actor2", S),
               ("actor2_code", S), ("actor2_country", S), ("location", S), ("country", S), ("admin1", S), ("lat", D),
               ("lon", D), ("event_date", S), ("fatalities", L), ("injured", L), ("negated", B), ("hypothetical", B),
               ("evidence_start", L), ("evidence_end", L), ("evidence", S)],
    "places": [("doc_id", S), ("date", S), ("start", L), ("end", L), ("text", S), ("name", S), ("place_id", S),
               ("country", S), ("admin1", S), ("lat", D), ("lon", D), ("kind", S)],
    "errors": [("origin", S), ("error", S)],
}


def schema(table):
    return T.StructType([T.StructField(n, t, True) for n, t in SCHEMAS[table]])


def run(spark, args):
    sc = spark.sparkContext
    sc.addFile(os.path.abspath(args.binary))
    # The row builders below live in this module: ship it so executors can unpickle them.
    sc.addPyFile(os.path.abspath(__file__))
    name = os.path.basename(args.binary)
    extra = f" --published {args.published}" if args.published else ""
    lines = input_lines(spark, args)

    label = args.input
    threads = args.threads

    def pipe_partition(it):
        # Resolve the shipped binary on the executor, then stream the partition through it.
        # Lines carry their global index so that origins (`input:line`) and error records
        # match a single-process run exactly.
        import itertools
        import subprocess
        import threading
        first = next(it, None)
        if first is None:
            return
        path = SparkFiles.get(name)
        os.chmod(path, 0o755)
        cmd = [path, "extract", "-", "--format", "jsonl", "--threads", str(threads),
               "--origin", label, "--line-offset", str(first[1])] + extra.split()
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

        def feed():
            try:
                for line, _ in itertools.chain([first], it):
                    proc.stdin.write(line.replace("\n", " ").encode("utf-8") + b"\n")
            finally:
                proc.stdin.close()

        t = threading.Thread(target=feed, daemon=True)
        t.start()
        for out in proc.stdout:
            yield out.decode("utf-8").rstrip("\n")
        t.join()
        code = proc.wait()
        if code not in (0, 1):  # 1 = some inputs became error records, which we keep
            raise RuntimeError(f"chronicle exited with {code}")

    out = lines.zipWithIndex().mapPartitions(pipe_partition).cache()
    rows = out.flatMap(explode).cache()
    wanted = [t for t in args.tables.split(",") if t]
    for table in wanted:
        data = rows.filter(lambda tr, t=table: tr[0] == t).map(lambda tr: tr[1])
        df = spark.createDataFrame(data.map(lambda d, t=table: Row(**{n: d.get(n) for n, _ in SCHEMAS[t]})), schema(table))
        writer = df.write.mode("overwrite")
        if table != "errors":
            writer = writer.partitionBy("date")
        writer.parquet(os.path.join(args.output, table))
    return out


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    builder = SparkSession.builder.appName("chronicle")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        run(spark, args)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
