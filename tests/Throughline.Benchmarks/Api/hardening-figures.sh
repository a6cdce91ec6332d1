#!/usr/bin/env bash
# Issue 10's figures, reproducible: the CPU time of hostile-but-valid requests on a large synthetic graph and /health
# throughput with wrk on a 200k-relation graph, for this checkout and (optionally) a checkout of an older commit.
#
#   tests/Throughline.Benchmarks/Api/hardening-figures.sh [OLD_ROOT]
#
# OLD_ROOT: a worktree of the commit to compare with, e.g.
#   git worktree add --detach /tmp/hardening-old/api f695c29   (main before the issue-10 hardening)
# Environment: BIG_ENTITIES/BIG_RELATIONS (default 200000/1000000), HEALTH_ENTITIES/HEALTH_RELATIONS (40000/200000),
# WORK (default /tmp/throughline-hardening-figures; graphs and databases are kept there and reused: with
# BIG_* equal to HEALTH_* one graph and database per version serves both figures).
# CPU time is the API process's utime+stime (/proc/PID/stat) across one request, so other load on the machine
# changes it little; the load average is printed with each figure. Rate limiting is switched off (PermitLimit=0)
# so wrk measures /health itself; every other limit is the shipped default. Needs dotnet, curl, python3 and wrk.
set -euo pipefail
new_root=$(cd "$(dirname "$0")/../../.." && pwd)
old_root=${1:-}
work=${WORK:-/tmp/throughline-hardening-figures}
big_e=${BIG_ENTITIES:-200000}; big_r=${BIG_RELATIONS:-1000000}
health_e=${HEALTH_ENTITIES:-40000}; health_r=${HEALTH_RELATIONS:-200000}
mkdir -p "$work"
tick=$(getconf CLK_TCK)

# Figures and progress go to stderr: the helpers below return paths on stdout.
log() { printf '%s [load %s] %s\n' "$(date -u +%H:%M:%S)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$*" >&2; }

build() { # root
  [ -f "$1/src/Throughline.Cli/bin/Release/net10.0/throughline.dll" ] || dotnet build "$1/src/Throughline.Cli" -c Release -nologo -clp:ErrorsOnly >&2
  [ -f "$1/src/Throughline.Api/bin/Release/net10.0/Throughline.Api.dll" ] || dotnet build "$1/src/Throughline.Api" -c Release -nologo -clp:ErrorsOnly >&2
}

# One synthetic graph per version and size, written by that version's CLI (the seed format's rules change between
# versions: evidence stances must bear out statuses since evidence model 2). Same options and seed for both.
graph() { # root version entities relations -> directory
  local dir="$work/graph-$2-$3-$4"
  if [ ! -f "$dir/entities.yaml" ]; then
    rm -rf "$dir"
    log "$2: bench-data --entities $3 --relations $4 (power-law, seed 42)"
    dotnet "$1/src/Throughline.Cli/bin/Release/net10.0/throughline.dll" bench-data --entities "$3" --relations "$4" --seed 42 --out "$dir" >&2 \
      || { log "bench-data failed"; exit 1; }
  fi
  echo "$dir"
}

database() { # root name graphdir -> db path (each version imports with its own CLI: its own schema)
  local db="$work/$2.db"
  if [ ! -f "$db.done" ]; then
    rm -f "$db" "$db-wal" "$db-shm"
    log "import $(basename "$3") into $db"
    if ! (cd "$work" && THROUGHLINE_DB="$db" dotnet "$1/src/Throughline.Cli/bin/Release/net10.0/throughline.dll" import "$3" >/dev/null 2>"$db.import.log"); then
      log "import into $db failed:"; cat "$db.import.log" >&2; exit 1
    fi
    touch "$db.done"
  fi
  echo "$db"
}

api_pid=""
start_api() { # root db
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  (cd "$work" && THROUGHLINE_DB="$2" THROUGHLINE_URLS="http://127.0.0.1:$port" THROUGHLINE_SEED_DATA="$1/seed-data" \
     Throughline__ImportSeedData=false Throughline__RateLimit__PermitLimit=0 Logging__LogLevel__Default=Warning \
     exec dotnet "$1/src/Throughline.Api/bin/Release/net10.0/Throughline.Api.dll" >"$work/api.log" 2>&1) &
  api_pid=$!
  base="http://127.0.0.1:$port"
  for _ in $(seq 1 1200); do
    curl -sf -o /dev/null "$base/health" && return 0
    kill -0 "$api_pid" 2>/dev/null || { cat "$work/api.log" >&2; return 1; }
    sleep 0.5
  done
  return 1
}
stop_api() { kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; }
cpu() { awk '{print $14 + $15}' "/proc/$api_pid/stat"; }

bodies="$work/bodies"; mkdir -p "$bodies"
python3 - "$bodies" <<'PY'
import json, sys, os
out = sys.argv[1]
hub = 'ids: ["org/org-0"]'  # preferential attachment: the first organisation is the largest hub
six = 'paths(from: { %s }, to: { kinds: [PROJECT] }, options: { maxHops: 6, direction: ANY }, first: 100) { totalCount edges { node { length } } }' % hub
wide = 'neighborhood(id: "org/org-0", depth: 6, options: { direction: ANY }, maxEntities: 10000) { truncated entities { id } }'
search = 'entities(search: "1", first: 100) { edges { node { id } } }'
def aliases(n, f): return "{" + "".join(" a%d: %s" % (i, f) for i in range(n)) + " }"
docs = {
  "paths-6-hops-x30": {"query": aliases(30, six)},
  "paths-6-hops-x4": {"query": aliases(4, six)},
  "paths-6-hops-x1": {"query": "{ " + six + " }"},
  "shortest-6-hops": {"query": '{ shortestPaths(from: { %s }, to: { kinds: [PROJECT] }, options: { maxHops: 6, direction: ANY }, first: 100) { length } }' % hub},
  "neighbourhood-10k-x30": {"query": aliases(30, wide)},
  "neighbourhood-10k-x1": {"query": "{ " + wide.replace("entities { id }", "entities { id name } relations { id }") + " }"},
  "search-x30": {"query": aliases(30, search)},
  "search-x4": {"query": aliases(4, search)},
  "relations-first-n-500": {"query": 'query($n: Int) { entity(id: "org/org-0") { relations(first: $n) { to { relations(first: $n) { to { relations(first: $n) { id } } } } } } }', "variables": {"n": 500}},
}
for name, body in docs.items():
  open(os.path.join(out, name + ".json"), "w").write(json.dumps(body))
PY

measure_requests() { # label root db
  start_api "$2" "$3"
  curl -s -o /dev/null -H 'content-type: application/json' -d '{"query":"{ stats { entities relations } }"}' "$base/graphql"
  for body in "$bodies"/*.json; do
    local before after wall status verdict
    before=$(cpu)
    read -r status wall < <(curl -s -o "$work/response.json" -w '%{http_code} %{time_total}\n' -H 'content-type: application/json' --data-binary "@$body" "$base/graphql")
    after=$(cpu)
    verdict=$(python3 -c '
import json,sys
try: r=json.load(open(sys.argv[1]))
except Exception: print("unreadable"); sys.exit()
e=r.get("errors") or []
if r.get("data") is None: print("REFUSED " + (e[0].get("extensions",{}).get("code","?") if e else "?") + ": " + (e[0]["message"][:90] if e else ""))
else:
  t=json.dumps(r["data"]).count("\"truncated\": true")
  print("accepted" + (" with %d field errors" % len(e) if e else "") + (" (%d truncated)" % t if t else ""))' "$work/response.json")
    log "$1 $(basename "$body" .json): HTTP $status, $(awk -v a="$after" -v b="$before" -v t="$tick" 'BEGIN{printf "%.2f", (a-b)/t}') CPU-s, ${wall}s wall, $verdict"
  done
  stop_api
}

measure_health() { # label root db
  start_api "$2" "$3"
  curl -s -o /dev/null "$base/health"
  local before after
  before=$(cpu)
  local rps
  rps=$(wrk -t2 -c4 -d10s "$base/health" | awk '/Requests\/sec/ {print $2}')
  after=$(cpu)
  log "$1 /health with wrk -t2 -c4 -d10s: $rps req/s, server $(awk -v a="$after" -v b="$before" -v t="$tick" 'BEGIN{printf "%.1f", (a-b)/t}') CPU-s in the 10 s"
  stop_api
}
trap stop_api EXIT

build "$new_root"; [ -n "$old_root" ] && build "$old_root"
for version in new ${old_root:+old}; do
  root=$new_root; [ "$version" = old ] && root=$old_root
  label="$version($(git -C "$root" rev-parse --short HEAD))"
  small=$(graph "$root" "$version" "$health_e" "$health_r") || exit 1
  db=$(database "$root" "$version-$health_r" "$small") || exit 1
  measure_health "$label" "$root" "$db"
  big=$(graph "$root" "$version" "$big_e" "$big_r") || exit 1
  db=$(database "$root" "$version-$big_r" "$big") || exit 1
  measure_requests "$label" "$root" "$db"
done
