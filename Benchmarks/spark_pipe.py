#!/usr/bin/env python3
"""Runs Glean on a cluster engine: Apache Spark pipes a JSON Lines corpus through `glean extract` (its filter mode,
standard input to standard output), reads the facts back into a DataFrame, and checks that they are exactly the
facts of a plain `glean extract` run on the same corpus. See docs/scaling.md.

Usage: spark_pipe.py CORPUS.jsonl [GLEAN]   (Spark in local mode with 2 workers; run with Benchmarks/.venv/bin/python
after `Benchmarks/.venv/bin/pip install pyspark`; Java 17 or later must be installed)"""
import json, os, shlex, subprocess, sys

from pyspark.sql import SparkSession

corpus = os.path.abspath(sys.argv[1])
repository = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
glean = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(repository, ".build", "release", "glean"))
# The workers run in their own folders: GLEAN_HOME tells glean where the shipped Rules/ and Gazetteers/ are.
environment = {"GLEAN_HOME": os.environ.get("GLEAN_HOME", repository)}

spark = SparkSession.builder.master("local[2]").appName("glean-pipe").config("spark.ui.enabled", "false").getOrCreate()
spark.sparkContext.setLogLevel("ERROR")

# Each partition's lines go to one `glean extract` process; one job per process, since Spark runs the partitions in parallel.
documents = spark.sparkContext.textFile(corpus, minPartitions=4)
fact_lines = documents.pipe(shlex.join([glean, "extract", "--input-format", "jsonl", "--jobs", "1", "--quiet", "-"]), env=environment)
facts = spark.read.json(fact_lines)
facts.cache()

print(f"{facts.count()} facts from {documents.getNumPartitions()} partitions")
facts.groupBy("type").count().orderBy("type").show(50, truncate=False)
facts.where(facts.type == "Agreement").select("doc", "text", "fields.kind").show(5, truncate=60)

# The same corpus through a plain run; facts compared as canonical JSON, as multisets (partition order may differ).
plain = subprocess.run([glean, "extract", "--input-format", "jsonl", "--quiet", corpus], check=True, capture_output=True, text=True,
                       env={**os.environ, **environment}).stdout
canonical = lambda line: json.dumps(json.loads(line), sort_keys=True, ensure_ascii=False)
expected = sorted(canonical(line) for line in plain.splitlines() if line.strip())
piped = sorted(canonical(line) for line in fact_lines.collect() if line.strip())
spark.stop()
if piped != expected:
    print(f"MISMATCH: Spark gave {len(piped)} facts, the plain run {len(expected)}", file=sys.stderr)
    sys.exit(1)
print(f"ok: the {len(piped)} facts through Spark are exactly those of a plain glean extract run")
