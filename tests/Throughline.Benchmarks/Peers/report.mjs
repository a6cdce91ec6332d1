// Prints the peer benchmark's table (README.md) from DIR/{queries,engine,http,postgres,kuzu}.json: medians, ratios to
// the engine in-process and to the bare loop, and whether every system gave the same answer.
// Ratios are of CPU time (the engine's thread, the API process, the PostgreSQL backend, the Kuzu process), because on a
// shared machine wall time measures the other tenants as much as the system; wall medians are printed beside them.
//   node report.mjs DIR
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
const read = (name) => {
  try { return JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8')); } catch { return {}; }
};
const [q, engine, http, pg, kuzu] = ['queries', 'engine', 'http', 'postgres', 'kuzu'].map(read);
const f = (x) => (x == null ? '—' : x >= 100 ? x.toFixed(0) : x.toFixed(2));
const ratio = (a, b) => (a == null || b == null || b === 0 ? '—' : `${(a / b).toFixed(1)}x`);
const both = (cpu, wall) => `${f(cpu)} (${f(wall)})`;
console.log(`graph: ${q.entities} entities, ${q.relations} relations; hub ${q.hub?.id}, project ${q.project?.id}; ` +
  `${q.regionProjects} projects in ${q.region}`);
console.log('query | engine in-process CPU ms (wall) | bare loop CPU ms (wall) | engine/bare | HTTP GraphQL API CPU ms (round trip) | ' +
  'PostgreSQL CPU ms (wall) | PG/engine | PG/HTTP | Kuzu CPU ms (wall) | Kuzu/engine | Kuzu/HTTP | answers (engine, bare, HTTP, PG, Kuzu)');
for (const name of ['paths', 'region', 'shortest', 'neighbourhood']) {
  const e = engine[name] ?? {};
  const h = http[name] ?? {};
  const p = pg[name] ?? {};
  const k = kuzu[name] ?? {};
  const answers = [e.engineCount, e.bareCount, h.count ?? h.error, p.count ?? p.error, k.count ?? k.error];
  // A system left out (PEER_SYSTEMS) has no answer: compare the ones that ran, and print "—" for the others.
  const ran = answers.filter((a) => a !== undefined);
  const same = ran.every((a) => a === ran[0]);
  const kuzuNote = k.acyclicViolations ? ` (Kuzu returned ${k.acyclicViolations} paths that repeat an entity; dropped)` : '';
  console.log([name, both(e.engineCpu, e.engineWall), both(e.bareCpu, e.bareWall), ratio(e.engineCpu, e.bareCpu),
    both(h.cpuMs, h.ms), both(p.cpuMs, p.ms), ratio(p.cpuMs, e.engineCpu), ratio(p.cpuMs, h.cpuMs),
    both(k.cpuMs, k.ms), ratio(k.cpuMs, e.engineCpu), ratio(k.cpuMs, h.cpuMs),
    `${answers.map((a) => a ?? '—').join(', ')} ${same ? 'SAME' : 'DIFFER'}${kuzuNote}`].join(' | '));
}
