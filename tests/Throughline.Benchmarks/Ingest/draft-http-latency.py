#!/usr/bin/env python3
"""draftClaims over HTTP: the wall time of drafting one article through a running API, as a reviewer's client sees it.

Usage: draft-http-latency.py URL API_KEY ARTICLE.md [N]
Sends the article N times (default 22) with a fresh articleId each time, drops the first two (JIT warm-up) and prints
the median, minimum and maximum in ms with the load average. Start the API with THROUGHLINE_API_KEY set and the rate
limit off (Throughline__RateLimit__PermitLimit=0) on a scratch database: every request stores a draft.
"""
import json
import os
import statistics
import sys
import time
import urllib.request

url, key, path = sys.argv[1], sys.argv[2], sys.argv[3]
runs = int(sys.argv[4]) if len(sys.argv) > 4 else 22
text = open(path, encoding="utf-8").read()
query = "mutation($t: String!, $id: ID!) { draftClaims(input: {text: $t, format: MARKDOWN, articleId: $id}) { id pending } }"
times = []
for i in range(runs):
    body = json.dumps({"query": query, "variables": {"t": text, "id": f"latency-{os.getpid()}-{i}"}}).encode()
    request = urllib.request.Request(f"{url}/graphql", body, {"Content-Type": "application/json", "Authorization": f"Bearer {key}"})
    started = time.perf_counter()
    answer = json.load(urllib.request.urlopen(request))
    times.append((time.perf_counter() - started) * 1000)
    if "errors" in answer:
        sys.exit(f"draftClaims failed: {answer['errors']}")
kept = times[2:]
print(f"{len(text.split())} words, {answer['data']['draftClaims']['pending']} proposals; draftClaims median {statistics.median(kept):.1f} ms, "
      f"min {min(kept):.1f}, max {max(kept):.1f} (n={len(kept)}); load average {os.getloadavg()[0]:.2f}")
