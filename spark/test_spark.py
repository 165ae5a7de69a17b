#!/usr/bin/env python3
"""The Spark path gives exactly the single-process output.

Builds >= 100 articles from the repository's own invented texts (data/demo, data/gold), runs
`chronicle extract --format jsonl` once in a single process and once through
`chronicle_job.py` on Spark in local mode (local[2], several partitions), and compares every
document and every derived table row. Prints `N passed, N failed` at the end.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import chronicle_job  # noqa: E402


def articles(min_count):
    out = []
    for path in ["data/demo/articles.jsonl", "data/gold/events.jsonl"]:
        full = os.path.join(ROOT, path)
        if not os.path.exists(full):
            continue
        with open(full, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                rec = json.loads(line)
                out.append({k: rec[k] for k in ("id", "url", "title", "text", "published", "source") if k in rec})
    if len(out) < min_count:
        raise SystemExit(f"only {len(out)} articles in data/demo and data/gold; need {min_count}")
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--binary", default=os.path.join(ROOT, "target", "debug", "chronicle"))
    p.add_argument("--count", type=int, default=120)
    p.add_argument("--master", default="local[2]")
    p.add_argument("--partitions", type=int, default=4)
    args = p.parse_args()

    arts = articles(args.count)
    # One malformed line in the middle: both paths must keep it as one error record.
    lines = [json.dumps(a, ensure_ascii=False) for a in arts]
    lines.insert(len(lines) // 2, '{"id": "broken", "text": ')
    passed, failed = 0, 0

    def check(name, ok, detail=""):
        nonlocal passed, failed
        if ok:
            passed += 1
            print(f"ok   {name}")
        else:
            failed += 1
            print(f"FAIL {name} {detail}")

    with tempfile.TemporaryDirectory() as tmp:
        inp = os.path.join(tmp, "articles.jsonl")
        with open(inp, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        single = subprocess.run([args.binary, "extract", inp, "--format", "jsonl"], capture_output=True, text=True)
        check("single-process run exits 1 (one bad line)", single.returncode == 1, f"exit {single.returncode}: {single.stderr[-500:]}")
        single_lines = single.stdout.splitlines()
        check("single-process output has one line per input line", len(single_lines) == len(lines),
              f"{len(single_lines)} != {len(lines)}")

        out_dir = os.path.join(tmp, "out")
        from pyspark.sql import SparkSession
        spark = SparkSession.builder.master(args.master).appName("chronicle-test") \
            .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate()
        spark.sparkContext.setLogLevel("ERROR")
        try:
            job_args = chronicle_job.parse_args(["--binary", args.binary, "--input", inp, "--output", out_dir,
                                                 "--partitions", str(args.partitions)])
            chronicle_job.run(spark, job_args)
            tables = {}
            for table in chronicle_job.SCHEMAS:
                df = spark.read.schema(chronicle_job.schema(table)).parquet(os.path.join(out_dir, table))
                tables[table] = [r.asDict() for r in df.collect()]
        finally:
            spark.stop()

        # Documents: the same JSON line for every id.
        expected = {}
        expected_rows = {t: [] for t in chronicle_job.SCHEMAS}
        for line in single_lines:
            for table, row in chronicle_job.explode(line):
                expected_rows[table].append(row)
        for row in expected_rows["documents"]:
            expected[row["id"]] = row["json"]
        got = {r["id"]: r["json"] for r in tables["documents"]}
        check(f"documents: {len(expected)} ids", set(got) == set(expected),
              f"missing {sorted(set(expected) - set(got))[:5]}, extra {sorted(set(got) - set(expected))[:5]}")
        diff = [k for k in expected if got.get(k) != expected[k]]
        check("documents: identical JSON for every id", not diff, f"differs for {diff[:5]}")
        check(">= 100 documents went through Spark", len(got) >= 100, str(len(got)))

        def key(row):
            return json.dumps(row, sort_keys=True, default=str)

        for table in ["entities", "quotes", "events", "places", "errors"]:
            exp = sorted(key(r) for r in expected_rows[table])
            have = sorted(key({k: v for k, v in r.items()}) for r in tables[table])
            check(f"{table}: {len(exp)} rows identical", exp == have, f"{len(exp)} expected, {len(have)} written")
        # `chronicle import` loads the Spark tables into a store that equals a direct ingest.
        db_spark, db_cli = os.path.join(tmp, "spark.db"), os.path.join(tmp, "cli.db")
        imp = subprocess.run([args.binary, "import", "--db", db_spark, out_dir], capture_output=True, text=True)
        check("chronicle import of the Spark tables succeeds", imp.returncode == 0, imp.stderr[-500:])
        ing = subprocess.run([args.binary, "ingest", "--quiet", "--db", db_cli, inp], capture_output=True, text=True)
        check("chronicle ingest of the same input ends with exit 1 (one bad line)", ing.returncode == 1,
              f"exit {ing.returncode}: {ing.stderr[-500:]}")
        for what in ["events", "quotes", "entities"]:
            dumps = []
            for db in (db_spark, db_cli):
                r = subprocess.run([args.binary, "export", "--db", db, "--what", what, "--format", "jsonl"],
                                   capture_output=True, text=True)
                dumps.append(sorted(r.stdout.splitlines()) if r.returncode == 0 else None)
            check(f"store after import equals store after ingest: {what}",
                  dumps[0] is not None and dumps[0] == dumps[1] and len(dumps[0]) > 0,
                  f"{len(dumps[0] or [])} vs {len(dumps[1] or [])} rows")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
