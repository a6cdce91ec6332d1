// Prints the peer benchmark's table (README.md) from DIR/{queries,engine,http,postgres,kuzu}.json: medians, ratios to
// the engine in-process and to the bare loop, and whether every system gave the same answer.
//   node report.mjs DIR
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
const read = (name) => {
  try { return JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8')); } catch { return {}; }
};
const [q, engine, http, pg, kuzu] = ['queries', 'engine', 'http', 'postgres', 'kuzu'].map(read);
const f = (x) => (x == null ? '—' : x >= 100 ? x.toFixed(0) : x.toFixed(2));
const ratio = (a, b) => (a == null || b == null ? '—' : `${(a / b).toFixed(1)}x`);
console.log(`graph: ${q.entities} entities, ${q.relations} relations; hub ${q.hub?.id}, project ${q.project?.id}; ` +
  `${q.regionProjects} projects in ${q.region}`);
console.log('query | engine in-process ms (thread CPU) | bare loop ms | engine/bare | HTTP GraphQL ms | PostgreSQL ms | PG/engine | ' +
  'PG/HTTP | Kuzu ms | Kuzu/engine | Kuzu/HTTP | answers (engine, bare, HTTP, PG, Kuzu)');
for (const name of ['paths', 'region', 'shortest', 'neighbourhood']) {
  const e = engine[name] ?? {};
  const h = http[name] ?? {};
  const p = pg[name] ?? {};
  const k = kuzu[name] ?? {};
  const answers = [e.engineCount, e.bareCount, h.count ?? h.error, p.count ?? p.error, k.count ?? k.error];
  const same = answers.every((a) => a === answers[0]);
  const kuzuNote = k.acyclicViolations ? ` (Kuzu returned ${k.acyclicViolations} paths that repeat an entity; dropped)` : '';
  console.log([name, `${f(e.engineWall)} (${f(e.engineCpu)})`, f(e.bareWall), ratio(e.engineWall, e.bareWall), f(h.ms), f(p.ms),
    ratio(p.ms, e.engineWall), ratio(p.ms, h.ms), f(k.ms), ratio(k.ms, e.engineWall), ratio(k.ms, h.ms),
    `${answers.join(', ')} ${same ? 'SAME' : 'DIFFER'}${kuzuNote}`].join(' | '));
}
