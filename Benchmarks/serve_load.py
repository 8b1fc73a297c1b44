#!/usr/bin/env python3
"""Load test of `glean serve` on loopback: CLIENTS concurrent clients post the benchmark articles (seeds/ and
../shared/devsets/wikinews_fr/, as make_corpus.py) to POST /v1/extract for DURATION seconds, with a pack reload
in the middle (a rule file changes, POST /v1/reload swaps the pack). Reports requests/s, p50/p99 latency and the
server's memory, and checks that every response has exactly the facts a plain `glean extract` gives for that
document, that none failed, that the reload swapped the pack, and that memory stayed flat.

Usage: python3 Benchmarks/serve_load.py [--glean .build/release/glean] [--clients 32] [--duration 60] [--jobs 2]
Bounded: at most --duration seconds and --max-requests requests; loopback only. Exit status 1 on any failure.
"""
import argparse
import glob
import http.client
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

parser = argparse.ArgumentParser()
parser.add_argument("--glean", default=os.path.join(ROOT, ".build", "release", "glean"))
parser.add_argument("--clients", type=int, default=32)
parser.add_argument("--duration", type=float, default=60)
parser.add_argument("--jobs", type=int, default=2)
parser.add_argument("--max-requests", type=int, default=1_000_000)
args = parser.parse_args()

paths = sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt")))
paths += sorted(glob.glob(os.path.join(ROOT, "..", "shared", "devsets", "wikinews_fr", "*.txt")))
documents = [(os.path.basename(p), open(p, encoding="utf-8").read()) for p in paths]
work = tempfile.mkdtemp(prefix="glean-serve-load-")
rules = os.path.join(work, "Rules")
shutil.copytree(os.path.join(ROOT, "Rules"), rules)
gazetteers = os.path.join(ROOT, "Gazetteers")

# What plain `glean extract` gives, document by document (its lines, byte for byte).
corpus = os.path.join(work, "articles.jsonl")
with open(corpus, "w", encoding="utf-8") as f:
    for name, text in documents:
        f.write(json.dumps({"id": name, "text": text}, ensure_ascii=False) + "\n")
out = subprocess.run([args.glean, "extract", "--rules", rules, "--gazetteers", gazetteers, "--input-format", "jsonl", "--quiet", corpus],
                     check=True, stdout=subprocess.PIPE).stdout.decode("utf-8")
lines_by_doc = {name: [] for name, _ in documents}
for line in out.splitlines():
    lines_by_doc[json.loads(line)["doc"]].append(line)
expected = {name: '{"facts":[' + ",".join(lines) + "]," for name, lines in lines_by_doc.items()}
bodies = {name: json.dumps({"text": text, "id": name}, ensure_ascii=False).encode("utf-8") for name, text in documents}
total_bytes = sum(len(text.encode("utf-8")) for _, text in documents)
print(f"{len(documents)} articles ({total_bytes / 1e3:.0f} kB), {sum(map(len, lines_by_doc.values()))} facts from glean extract", flush=True)

log = open(os.path.join(work, "serve.log"), "w+")
started = time.time()
server = subprocess.Popen([args.glean, "serve", "--rules", rules, "--gazetteers", gazetteers, "--port", "0", "--jobs", str(args.jobs)],
                          stderr=log, stdout=subprocess.DEVNULL)
port = None
while time.time() - started < 60 and port is None:
    log.seek(0)
    found = re.search(r"listening on http://127\.0\.0\.1:(\d+)", log.read())
    if found:
        port = int(found.group(1))
    elif server.poll() is not None:
        break
    else:
        time.sleep(0.05)
if port is None:
    log.seek(0)
    sys.exit("glean serve did not start:\n" + log.read())
startup = time.time() - started


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


lock = threading.Lock()
latencies, failures, mismatches, memory = [], [], [], []
count = [0]
deadline = time.time() + args.duration
begin = time.time()


def client(index):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    number = index
    while time.time() < deadline:
        with lock:
            if count[0] >= args.max_requests:
                return
            count[0] += 1
        name = documents[number % len(documents)][0]
        number += args.clients
        t0 = time.perf_counter()
        try:
            connection.request("POST", "/v1/extract", body=bodies[name], headers={"Content-Type": "application/json"})
            response = connection.getresponse()
            data = response.read().decode("utf-8")
            status = response.status
        except Exception as error:  # a broken connection is a failure; start a new one
            with lock:
                failures.append(f"{name}: {error!r}")
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            continue
        elapsed = time.perf_counter() - t0
        with lock:
            latencies.append(elapsed)
            if status != 200:
                failures.append(f"{name}: HTTP {status} {data[:200]}")
            elif not data.startswith(expected[name]):
                mismatches.append(name)
    connection.close()


def sampler():
    while time.time() < deadline + 1 and server.poll() is None:
        memory.append((time.time() - begin, rss_mb(server.pid)))
        time.sleep(1)


reload_result = {}


def reloader():
    time.sleep(args.duration / 2)
    # A real change (a comment), so the pack's version changes and the swap happens under load.
    with open(os.path.join(rules, "main.glean"), "a", encoding="utf-8") as f:
        f.write("\n# serve_load.py: reloaded under load\n")
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    t0 = time.perf_counter()
    connection.request("POST", "/v1/reload")
    response = connection.getresponse()
    reload_result.update(json.loads(response.read()), status=response.status, seconds=time.perf_counter() - t0, at=time.time() - begin)


threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
threads += [threading.Thread(target=sampler), threading.Thread(target=reloader)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
wall = time.time() - begin

metrics = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
metrics.request("GET", "/metrics")
metrics_text = metrics.getresponse().read().decode()
server.send_signal(signal.SIGTERM)
exit_status = server.wait(timeout=60)

latencies.sort()
n = len(latencies)
p50 = latencies[n // 2] * 1000 if n else 0
p99 = latencies[min(n - 1, int(n * 0.99))] * 1000 if n else 0
warm = [mb for t, mb in memory if t >= args.duration * 0.1]
rss_warm, rss_end, rss_max = (warm[0], warm[-1], max(warm)) if warm else (0, 0, 0)
# Flat: after warm-up (the first 10%), memory at the end is within 25% (+20 MB) of where it was.
flat = rss_end <= rss_warm * 1.25 + 20
served_docs = re.search(r"^glean_documents_total (\d+)", metrics_text, re.M)

print(f"clients {args.clients}, jobs {args.jobs}, {wall:.1f} s, startup to listening {startup * 1000:.0f} ms")
print(f"requests {n}, {n / wall:.1f} requests/s, {n * (total_bytes / len(documents)) / wall / 1e6:.2f} MB/s of text")
print(f"latency p50 {p50:.0f} ms, p99 {p99:.0f} ms, max {latencies[-1] * 1000 if n else 0:.0f} ms")
print(f"failed {len(failures)}, facts differing from glean extract {len(mismatches)}")
print(f"reload at {reload_result.get('at', 0):.1f} s: HTTP {reload_result.get('status')} reloaded={reload_result.get('reloaded')} "
      f"{str(reload_result.get('previous_version'))[:12]} -> {str(reload_result.get('version'))[:12]} in {reload_result.get('seconds', 0) * 1000:.0f} ms")
print(f"server RSS after warm-up {rss_warm:.0f} MB, at the end {rss_end:.0f} MB, max {rss_max:.0f} MB ({'flat' if flat else 'GREW'})")
timeline = [min(memory, key=lambda sample: abs(sample[0] - args.duration * k / 10)) for k in range(0, 11)] if memory else []
print("server RSS over the run: " + ", ".join(f"{t:.0f} s {mb:.0f} MB" for t, mb in timeline))
print(f"server's glean_documents_total {served_docs.group(1) if served_docs else '?'}; exit status after SIGTERM {exit_status}")
for failure in failures[:5]:
    print("  failure:", failure)
for name in sorted(set(mismatches))[:5]:
    print("  differs:", name)
shutil.rmtree(work, ignore_errors=True)
ok = n > 0 and not failures and not mismatches and reload_result.get("reloaded") is True and flat and exit_status == 0
print("PASS" if ok else "FAIL")
sys.exit(0 if ok else 1)
