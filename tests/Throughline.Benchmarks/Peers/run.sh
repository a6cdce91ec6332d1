#!/usr/bin/env bash
# The peer benchmark (README.md beside this file): one generated bench graph in the engine, a bare CSR loop,
# PostgreSQL 15 and Kuzu, the same four queries, answers checked against each other, medians and ratios printed.
# Not part of the test command. Heavy: run it on a quiet machine and report `uptime` with the figures.
#   tests/Throughline.Benchmarks/Peers/run.sh [entities, default 100000] [relations, default 500000]
# Needs: the Release build of tests/Throughline.Benchmarks and src/Throughline.Api, PostgreSQL 15's server binaries
# (apt-get install -y postgresql), and `npm ci` in Peers/kuzu (kuzu 0.11.3, pinned there).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
entities="${1:-100000}"
relations="${2:-500000}"
runs="${PEER_RUNS:-7}"
work="${PEER_DIR:-/tmp/perf-peers-$entities}"
pgdata="${PEER_PGDATA:-/tmp/perf-pg}"
# Which systems run after the engine and bare loop (always run: they write the data files): any of http, postgres, kuzu.
systems=" ${PEER_SYSTEMS:-http postgres kuzu} "
bench="$root/tests/Throughline.Benchmarks/bin/Release/net10.0/Throughline.Benchmarks.dll"
api="$root/src/Throughline.Api/bin/Release/net10.0/Throughline.Api.dll"
pgbin="$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || true)"
[[ -f "$bench" && -f "$api" ]] || { echo "build first: dotnet build -c Release tests/Throughline.Benchmarks src/Throughline.Api" >&2; exit 1; }
[[ "$systems" != *" postgres "* || -x "$pgbin/initdb" ]] || { echo "PostgreSQL 15 is missing: apt-get install -y postgresql" >&2; exit 1; }
[[ "$systems" != *" kuzu "* || -d "$here/kuzu/node_modules/kuzu" ]] || (cd "$here/kuzu" && npm ci --no-audit --no-fund --loglevel=error)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

echo "== load average at start: $(uptime)"
rm -rf "$work" && mkdir -p "$work"
echo "== engine, bare loop and data files ($entities entities, $relations relations)"
THROUGHLINE_BENCH_ENTITIES="$entities" THROUGHLINE_BENCH_RELATIONS="$relations" dotnet "$bench" peers-data "$work"

server=""
cleanup() {
  [[ -n "$server" ]] && { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
  [[ -f "$pgdata/postmaster.pid" ]] && su postgres -c "$pgbin/pg_ctl -D $pgdata -m fast stop" >/dev/null 2>&1 || true
}
trap cleanup EXIT

if [[ "$systems" == *" http "* ]]; then
echo "== engine over HTTP GraphQL"
port="$(free_port)"
(cd "$work" && THROUGHLINE_DB="$work/throughline.db" THROUGHLINE_URLS="http://127.0.0.1:$port" \
  Throughline__ImportSeedData=false Throughline__RateLimit__PermitLimit=0 Throughline__Limits__MaxConcurrentHeavyRequests=0 \
  Throughline__Limits__MaxComplexity=100000000 Logging__LogLevel__Default=Warning exec dotnet "$api") &
server=$!
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
node "$here/http-bench.mjs" "$work" "http://127.0.0.1:$port" "$runs" "$server" || echo "HTTP GraphQL bench failed (see above); going on" >&2
kill "$server"; wait "$server" 2>/dev/null || true
server=""
fi

if [[ "$systems" == *" postgres "* ]]; then
echo "== PostgreSQL 15 (throwaway cluster in $pgdata)"
rm -rf "$pgdata" && mkdir -p "$pgdata" && chown postgres "$pgdata"
chmod a+rx "$work" && chmod a+r "$work"/*.csv
pgport="$(free_port)"
su postgres -c "$pgbin/initdb -D $pgdata --locale=C -E UTF8 -A trust" >/dev/null
su postgres -c "$pgbin/pg_ctl -D $pgdata -l $pgdata/log -o '-p $pgport -k $pgdata -c listen_addresses=127.0.0.1 -c shared_buffers=256MB -c work_mem=64MB -c statement_timeout=120s -c max_parallel_workers_per_gather=0' -w start" >/dev/null
psql=(psql -h 127.0.0.1 -p "$pgport" -U postgres -X -q -v ON_ERROR_STOP=1)
start=$(date +%s.%N)
"${psql[@]}" -v dir="$work" -f "$here/postgres.sql" postgres
echo "loaded in $(echo "$(date +%s.%N) - $start" | bc) s"
hub="$(node -e "console.log(require('$work/queries.json').hub.n)")"
project="$(node -e "console.log(require('$work/queries.json').project.n)")"
declare -A calls=([paths]="paths($hub, $project)" [region]="region($hub)" [shortest]="shortest($hub, $project)" [neighbourhood]="neighbourhood($hub)")
# One query's figures as a JSON member. Never fails: a statement past the timeout (or any other error) is recorded as that
# query's "error" and the script goes on, so the other queries and Kuzu still get measured (with `set -e -o pipefail`, a
# grep that matched nothing used to end the whole run here).
pg_query() {
  local name="$1" out answer ms error cpu
  # One session: the prepared statements, a warm-up, then $runs timed executions; ON_ERROR_STOP ends the session at a
  # timeout, so a query that cannot finish costs one statement_timeout, not $runs of them.
  # Before and after the timed executions the backend's CPU ticks (utime + stime, 1/100 s) are printed as "cpu N" lines, so the
  # figure is the work PostgreSQL did, not the wall time a loaded machine stretches (parallel workers are off).
  out="$( { sed -n '/^PREPARE/,/;$/p' "$here/postgres.sql"; echo "EXECUTE ${calls[$name]};";
            echo 'SELECT pg_backend_pid() AS backend \gset'; echo '\setenv backend :backend'; echo '\timing on';
            echo "\\! awk '{print \"cpu\", \$14 + \$15}' /proc/\$backend/stat"
            for _ in $(seq 1 "$runs"); do echo "EXECUTE ${calls[$name]};"; done
            echo "\\! awk '{print \"cpu\", \$14 + \$15}' /proc/\$backend/stat"; } \
          | "${psql[@]}" -t -A postgres 2>&1 )" || true
  answer="$( { grep -v '^Time:' <<<"$out" | grep -v '^cpu ' | grep -v '^$' | head -1 | cut -d'|' -f1; } || true)"
  [[ "$answer" =~ ^[0-9]+$ ]] || answer=""
  # Timed runs only count when all of them finished (an error stops the session part-way).
  ms="$( { grep '^Time:' <<<"$out" | awk '{print $2}' | sort -n | awk -v n="$runs" '{a[NR]=$1} END {if (NR == n) print a[int(NR/2)+1]}'; } || true)"
  error="$( { grep -m1 'ERROR' <<<"$out" | tr -d '\\"' ; } || true)"
  # CPU per timed run, in ms: the mean over the runs (ticks are 10 ms, too coarse for one fast query); errors void it below.
  cpu="$( { grep '^cpu ' <<<"$out" | awk -v n="$runs" 'NR == 1 {first = $2} {last = $2} END {if (NR == 2) print (last - first) * 10 / n}'; } || true)"
  if [[ -n "$error" || -z "$answer" ]]; then
    printf '"%s": {"ms": %s, "cpuMs": %s, "count": %s, "error": "%s"}' "$name" "${ms:-null}" "${cpu:-null}" "${answer:-null}" "${error:-no answer}"
    echo "PostgreSQL $name: ${error:-no answer}" >&2
  else
    printf '"%s": {"ms": %s, "cpuMs": %s, "count": %s}' "$name" "${ms:-null}" "${cpu:-null}" "$answer"
  fi
}
{
  printf '{'
  sep=""
  for name in paths region shortest neighbourhood; do
    printf '%s' "$sep"
    pg_query "$name"
    sep=", "
  done
  printf '}\n'
} > "$work/postgres.json"
cat "$work/postgres.json"
su postgres -c "$pgbin/pg_ctl -D $pgdata -m fast stop" >/dev/null
fi

if [[ "$systems" == *" kuzu "* ]]; then
echo "== Kuzu $(node -e "console.log(require('$here/kuzu/node_modules/kuzu/package.json').version)") (embedded, $work/kuzu)"
node "$here/kuzu/bench.mjs" "$work" "$runs" || echo "kuzu failed"
fi

echo "== load average at end: $(uptime)"
node "$here/report.mjs" "$work"
