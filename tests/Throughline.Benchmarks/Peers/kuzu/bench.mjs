// Kuzu side of the peer benchmark (see ../README.md): loads DIR/nodes.csv and DIR/edges.csv into an embedded database
// in DIR/kuzu, runs the four queries RUNS times each, and writes DIR/kuzu.json with medians and answers.
//   node bench.mjs DIR [runs]
// Kuzu's ACYCLIC path semantics are not trusted: every path it returns is checked for repeated entities and the answer
// is the count of distinct entity sequences that pass, so a wrong semantics shows up as "acyclicViolations" in the
// output instead of as a silently different count.
import fs from 'node:fs';
import path from 'node:path';
import kuzu from 'kuzu';

const [dir, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const queries = JSON.parse(fs.readFileSync(path.join(dir, 'queries.json'), 'utf8'));
const dbPath = path.join(dir, 'kuzu');
fs.rmSync(dbPath, { recursive: true, force: true });
const db = new kuzu.Database(dbPath);
const conn = new kuzu.Connection(db);
conn.setQueryTimeout(120_000); // a query past 2 minutes is reported as an error, not waited for

async function all(statement, params) {
  const result = params ? await conn.execute(await conn.prepare(statement), params) : await conn.query(statement);
  return result.getAll();
}

const loadStart = performance.now();
await all('CREATE NODE TABLE E(n INT64, id STRING, xj BOOLEAN, PRIMARY KEY (n))');
await all('CREATE REL TABLE R(FROM E TO E, conf DOUBLE)');
await all(`COPY E FROM '${path.join(dir, 'nodes.csv')}' (header=false)`);
await all(`COPY R FROM '${path.join(dir, 'edges.csv')}' (header=false)`);
const loadMs = performance.now() - loadStart;

const s = queries.hub.n;
const t = queries.project.n;
const maxHops = queries.maxHops;
const cap = queries.neighbourhoodCap;

/** Distinct entity sequences among the returned paths, dropping (and counting) any that repeat an entity. */
function simple(rows) {
  const seen = new Set();
  let violations = 0;
  for (const row of rows) {
    const ns = row.ns.map(Number);
    if (new Set(ns).size !== ns.length) {
      violations++;
      continue;
    }
    seen.add(ns.join(','));
  }
  return { count: seen.size, violations };
}

const cases = {
  paths: async () => simple(await all(
    `MATCH p = (a:E)-[:R* ACYCLIC 1..${maxHops}]->(b:E) WHERE a.n = $s AND b.n = $t RETURN properties(nodes(p), 'n') AS ns`,
    { s, t })),
  region: async () => {
    const rows = await all(
      `MATCH p = (a:E)-[:R* ACYCLIC 1..${maxHops}]->(b:E) WHERE a.n = $s AND b.xj ` +
      `RETURN properties(nodes(p), 'n') AS ns, properties(rels(p), 'conf') AS cs`, { s });
    const answer = simple(rows);
    // The first 100 in the contract order need the hop count and the confidence product of each path.
    rows.sort((x, y) => x.ns.length - y.ns.length || product(y.cs) - product(x.cs));
    answer.first = rows.slice(0, 100).length;
    return answer;
  },
  shortest: async () => simple(await all(
    `MATCH p = (a:E)-[:R* ALL SHORTEST 1..${maxHops}]->(b:E) WHERE a.n = $s AND b.n = $t RETURN properties(nodes(p), 'n') AS ns`,
    { s, t })),
  neighbourhood: async () => {
    const rows = await all(
      `MATCH (a:E)-[:R*1..2]-(b:E) WHERE a.n = $s AND b.n <> $s RETURN DISTINCT b.n AS n LIMIT ${cap - 1}`, { s });
    return { count: rows.length + 1, violations: 0 };
  },
};

function product(cs) {
  return cs.reduce((c, x) => c * x, 1);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const out = { loadMs };
for (const [name, run] of Object.entries(cases)) {
  const times = [];
  let answer;
  try {
    answer = await run(); // warm-up, and the answer
    const cpu = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const startCpu = process.cpuUsage();
      await run();
      times.push(performance.now() - start);
      // Every thread of this process (Kuzu's workers included): the work done, which a loaded machine does not stretch.
      const used = process.cpuUsage(startCpu);
      cpu.push((used.user + used.system) / 1000);
    }
    out[name] = { ms: median(times), cpuMs: median(cpu), count: answer.count, acyclicViolations: answer.violations };
  } catch (e) {
    out[name] = { error: String(e.message ?? e) };
  }
  console.log(`kuzu ${name}: ${JSON.stringify(out[name])}`);
}
fs.writeFileSync(path.join(dir, 'kuzu.json'), JSON.stringify(out));
