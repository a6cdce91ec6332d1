// The engine over HTTP GraphQL, for the peer benchmark (README.md): posts the four queries to a running API RUNS times
// each and writes DIR/http.json with the median round trip (request to parsed response) and each answer's size.
//   node http-bench.mjs DIR URL [runs]
import fs from 'node:fs';
import path from 'node:path';

const [dir, url, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 15);
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

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const out = {};
for (const [name, query] of Object.entries(documents)) {
  const times = [];
  let answer;
  for (let i = 0; i < runs + 3; i++) {
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
    if (i >= 3) times.push(ms);
  }
  out[name] = { ...answer, ms: times.length ? median(times) : null };
  console.log(`http ${name}: ${JSON.stringify(out[name])}`);
}
fs.writeFileSync(path.join(dir, 'http.json'), JSON.stringify(out));
