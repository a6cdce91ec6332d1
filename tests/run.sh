#!/usr/bin/env bash
# The test command (README): builds the solution, runs every .NET test project and the Node conformance suites
# (graphql-js, graphql-http, Cypher parser, headless Chromium), with a real Neo4j 3.1 test server when Java is present.
# Prints each suite's counts and, as its last line, the total: "N passed, N failed".
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
results=$(mktemp -d)
failed_steps=()

step() { printf '\n==> %s\n' "$*"; }

step "npm ci (tests/conformance)"
if ! (cd tests/conformance && npm ci --no-audit --no-fund --loglevel=error); then
  failed_steps+=("npm ci")
fi

step "npm ci (tests/exports)"
if ! (cd tests/exports && npm ci --no-audit --no-fund --loglevel=error); then
  failed_steps+=("npm ci (exports)")
fi

step "dotnet build -c Release"
if ! dotnet build Throughline.slnx -c Release -nologo -clp:ErrorsOnly; then
  echo "build failed: nothing was tested" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

started_neo4j=""
if [ -z "${NEO4J_URI:-}" ] && [ -z "${THROUGHLINE_SKIP_NEO4J:-}" ]; then
  if command -v java >/dev/null; then
    step "starting the Neo4j 3.1 test server"
    if env_lines=$(tests/scripts/neo4j-test-server.sh start); then
      eval "export ${env_lines//$'\n'/ ; export }"
      started_neo4j=1
      echo "Neo4j test server at $NEO4J_URI"
    else
      failed_steps+=("neo4j start")
    fi
  else
    echo "java not found: the Neo4j store's tests are skipped (install a JRE 17 to run them)"
  fi
fi
cleanup() { if [ -n "$started_neo4j" ]; then tests/scripts/neo4j-test-server.sh stop; fi; rm -rf "$results"; }
trap cleanup EXIT

step "dotnet test"
# The Neo4j store appends every distinct statement it sends here; the Cypher lint test checks them with Neo4j's parser.
export THROUGHLINE_CYPHER_LOG="$results/cypher-statements.jsonl"
dotnet test Throughline.slnx -c Release --no-build -nologo --logger "trx" --results-directory "$results/trx" \
  || failed_steps+=("dotnet test")
if [ -n "${NEO4J_URI:-}" ]; then
  step "dotnet test tests/Throughline.Api.Tests on Neo4j"
  # The API's end-to-end suite again with Neo4j as the store. It clears the one test database before each API server
  # starts, so it runs alone and its collections one at a time.
  THROUGHLINE_TEST_STORE=neo4j dotnet test tests/Throughline.Api.Tests -c Release --no-build -nologo --logger "trx;LogFilePrefix=neo4j" \
    --results-directory "$results/trx" -- xUnit.ParallelizeTestCollections=false || failed_steps+=("dotnet test (API on Neo4j)")
fi
sum_counter() { cat "$results"/trx/*.trx 2>/dev/null | grep -o "<Counters [^>]*" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' | paste -sd+ | bc 2>/dev/null || echo 0; }
dn_passed=$(sum_counter passed); dn_failed=$(( $(sum_counter failed) + $(sum_counter error) + $(sum_counter timeout) ))
# xunit writes a skipped test into total but not executed.
dn_skipped=$(( $(sum_counter total) - $(sum_counter executed) ))
dn_passed=${dn_passed:-0}; dn_skipped=${dn_skipped:-0}
echo ".NET: $dn_passed passed, $dn_failed failed, $dn_skipped skipped"
# Each failed .NET test by name (and the first line of its message), so the tail of a CI log says which one failed.
dn_failures=$(python3 - "$results/trx" <<'PY' 2>/dev/null || true
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for path in sorted(glob.glob(sys.argv[1] + "/*.trx")):
    suite = "API on Neo4j" if path.rsplit("/", 1)[-1].startswith("neo4j") else "dotnet test"
    for r in ET.parse(path).getroot().iterfind(".//t:UnitTestResult", ns):
        if r.get("outcome") not in ("Failed", "Error", "Timeout"):
            continue
        message = (r.findtext("t:Output/t:ErrorInfo/t:Message", "", ns) or "").strip().splitlines()
        print(f"failed ({suite}): {r.get('testName')}: {message[0][:300] if message else r.get('outcome')}")
PY
)

step "node --test tests/conformance tests/exports"
# tests/exports reads the exports with networkx (python3-networkx), graphviz's dot, graphology, cytoscape and the
# FollowTheMoney model; a test whose Debian tool is missing is reported as skipped.
node --test --test-reporter=spec --test-reporter-destination=stdout \
     --test-reporter=tap --test-reporter-destination="$results/node.tap" tests/conformance/ tests/exports/ \
  || failed_steps+=("node --test")
node_passed=$(grep -E '^# pass ' "$results/node.tap" | awk '{print $3}' | tail -1); node_passed=${node_passed:-0}
node_failed=$(grep -E '^# fail ' "$results/node.tap" | awk '{print $3}' | tail -1); node_failed=${node_failed:-0}
node_skipped=$(grep -E '^# skipped ' "$results/node.tap" | awk '{print $3}' | tail -1); node_skipped=${node_skipped:-0}
echo "Node: $node_passed passed, $node_failed failed, $node_skipped skipped"
# A skipped test is reported with its reason, never silently.
grep -E '# SKIP' "$results/node.tap" | sed 's/^ */skipped: /' || true

total_failed=$((dn_failed + node_failed))
if [ ${#failed_steps[@]} -gt 0 ] && [ "$total_failed" -eq 0 ]; then
  echo "failed steps without failed tests: ${failed_steps[*]}" >&2
  total_failed=1
fi
[ -n "$dn_failures" ] && printf '%s\n' "$dn_failures"
[ ${#failed_steps[@]} -gt 0 ] && echo "failed steps: ${failed_steps[*]}"
echo "$((dn_passed + node_passed)) passed, $total_failed failed, $((dn_skipped + node_skipped)) skipped"
[ "$total_failed" -eq 0 ]
