#!/usr/bin/env bash
# Load test of the running API with wrk: the headline paths query and entity(id), 2 connections per core
# (on a 2-core machine: 4 connections, 2 threads), 30 s each. Starts the Release build on a free port with a temp
# database and the rate limiter off, and stops it afterwards.
#   tests/Throughline.Benchmarks/Api/run.sh [duration, default 30s]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
duration="${1:-30s}"
dll="$root/src/Throughline.Api/bin/Release/net10.0/Throughline.Api.dll"
[[ -f "$dll" ]] || { echo "build first: dotnet build -c Release src/Throughline.Api" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

cores="$(nproc)"
connections=$((cores * 2))
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
data="$(mktemp -d)"
url="http://127.0.0.1:$port"
(cd "$root" && THROUGHLINE_DB="$data/throughline.db" THROUGHLINE_URLS="$url" Throughline__RateLimit__PermitLimit=0 \
  Logging__LogLevel__Default=Warning exec dotnet "$dll") &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 300); do curl -sf "$url/health" >/dev/null && break; sleep 0.2; done
curl -sf "$url/health" >/dev/null || { echo "the API did not start" >&2; exit 1; }

for script in headline-paths entity; do
  echo "== $script: wrk -t$cores -c$connections -d$duration --latency"
  wrk -t"$cores" -c"$connections" -d"$duration" --latency -s "$here/$script.lua" "$url/graphql"
done
