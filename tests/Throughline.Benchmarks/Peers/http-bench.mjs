// The engine over HTTP GraphQL, for the peer benchmark (README.md): posts the four queries to a running API RUNS times
// each and writes DIR/http.json with the median round trip (request to parsed response), each answer's size and, given
// the API's process id, the API's CPU time per request (the mean over the timed runs: /proc counts in 10 ms ticks).
//   node http-bench.mjs DIR URL [runs] [api-pid]
import fs from 'node:fs';
import path from 'node:path';

const [dir, url, runsArg, pid] = process.argv.slice(2);
const runs = Number(runsArg ?? 15);
// A served API is warm: enough untimed requests first for the JIT's tiered compilation to settle. 20 were not: at 100k
// entities the paths query still took 19-33 ms a round trip after 100-500 requests (perf: a quarter of the API's samples
// in the JIT) and 9 ms after 2,000. PEER_HTTP_WARMUPS overrides the count.
const warmups = Number(process.env.PEER_HTTP_WARMUPS ?? 300);
const q = JSON.parse(fs.readFileSync(path.join(dir, 'queries.json'), 'utf8'));
const hub = JSON.stringify(q.hub.id);
const project = JSON.stringify(q.project.id);
const hops = 'hops { relations { id } }';
const documents = {
  paths: `{ paths(from: {ids: [${hub}]}, to: {ids: [${project}]}, options: {maxHops: 4}, first: 100) {
      totalCount totalCountIsExact edges { node { entities { id } ${hops} } } } }`,
  region: `{ paths(from: {ids: [${hub}]}, to: {kinds: [PROJECT], locatedIn: [${JSON.stringify(q.region)}]}, options: {maxHops: 4}, first: 100) {
      totalCount totalCountIsExact edges { node { entities { id } ${hops} } } } }`,
  shortest: `{ shortestPaths(from: {ids: [${hub}]}, to: {ids: [${project}]}, options: {maxHops: 4}, first: 100) { entities { id } ${hops} } }`,
  neighbourhood: `{ neighborhood(id: ${hub}, depth: 2, maxEntities: ${q.neighbourhoodCap}) { entities { id } relations { id } truncated } }`,
};

function count(name, data) {
  switch (name) {
    case 'paths':
    case 'region': return data.paths.totalCount;
    case 'shortest': return data.shortestPaths.length;
    default: return data.neighborhood.entities.length;
  }
}

const apiCpuMs = () => {
  if (!pid) return null;
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in ticks of 10 ms
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const out = {};
for (const [name, query] of Object.entries(documents)) {
  const times = [];
  let answer;
  let cpuStart = null;
  for (let i = 0; i < runs + warmups; i++) {
    if (i === warmups) cpuStart = apiCpuMs();
    const start = performance.now();
    const response = await fetch(`${url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query }),
    });
    const body = await response.json();
    const ms = performance.now() - start;
    if (body.errors) {
      answer = { error: body.errors[0].message };
      break;
    }
    answer = { count: count(name, body.data), bytes: JSON.stringify(body).length };
    if (i >= warmups) times.push(ms);
  }
  const cpuEnd = apiCpuMs();
  out[name] = {
    ...answer,
    ms: times.length ? median(times) : null,
    cpuMs: times.length === runs && cpuStart != null ? (cpuEnd - cpuStart) / runs : null,
  };
  console.log(`http ${name}: ${JSON.stringify(out[name])}`);
}
fs.writeFileSync(path.join(dir, 'http.json'), JSON.stringify(out));
