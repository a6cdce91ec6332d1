// Validation parity of Throughline's engine and GraphQL.NET 8.8.5 against graphql-js 16 (the reference), over the
// whole validation conformance corpus (tests/conformance/fixtures/validation). Not a test: it prints the figures that
// docs/decisions/0001-own-graphql-engine.md quotes.
//
//   dotnet build Throughline.slnx -c Release && (cd tests/conformance && npm ci)
//   node tests/Throughline.Benchmarks/GraphQL/compare-engines.mjs
//
// A document "matches" when the engine reports exactly graphql-js's errors (messages, locations, order); "agrees on
// validity" when it accepts exactly the documents graphql-js accepts. GraphQL.NET runs in child processes, a chunk of
// documents at a time; a chunk that crashes it is re-run one document per process so each crash is attributed. When an
// engine cannot build a suite's schema at all (a schema graphql-js accepts), that suite's documents count as "schema
// rejected" and the engine's message is printed.
import { spawnSync } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// graphql-js comes through the corpus module, from the conformance suite's pinned install (one instance of it).
import { buildSchema, loadSuites, reference } from '../../conformance/fixtures/validation/corpus.mjs';

const tests = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dll = (project) => join(tests, project, 'bin', 'Release', 'net10.0', `${project}.dll`);
const engines = {
  throughline: dll('Throughline.GraphQL.Conformance'),
  'graphql-dotnet': dll('Throughline.GraphQL.Reference'),
};

function run(engine, sdl, sources) {
  const child = spawnSync('dotnet', [engines[engine], 'validate'], {
    input: JSON.stringify({ schema: sdl, documents: sources }), maxBuffer: 256 * 1024 * 1024,
  });
  const answer = (() => { try { return JSON.parse(child.stdout.toString('utf8')); } catch { return {}; } })();
  if (answer.schemaError) return { schemaRejected: answer.schemaError };
  if (child.status !== 0 || !answer.results) return { crashed: `exit ${child.status ?? child.signal}` };
  return { results: answer.results };
}

function validateAll(engine, sdl, sources) {
  const results = [];
  for (let i = 0; i < sources.length; i += 100) {
    const chunk = sources.slice(i, i + 100);
    const answer = run(engine, sdl, chunk);
    if (answer.results) { results.push(...answer.results); continue; }
    if (answer.schemaRejected) return { schemaRejected: answer.schemaRejected };
    for (const source of chunk) {
      const one = run(engine, sdl, [source]);
      results.push(one.results ? one.results[0] : { crash: one.crashed });
    }
  }
  return { results };
}

const totals = Object.fromEntries(Object.keys(engines).map((e) => [e, { match: 0, validity: 0, crash: 0, rejected: 0 }]));
const rejections = [];
let count = 0;
for (const { sdl, documents } of loadSuites()) {
  const schema = buildSchema(sdl);
  const expected = documents.map(({ source }) => reference(schema, source));
  count += documents.length;
  for (const engine of Object.keys(engines)) {
    const got = validateAll(engine, sdl, documents.map(({ source }) => source));
    if (got.schemaRejected) {
      totals[engine].rejected += documents.length;
      rejections.push(`${engine} cannot build a schema of ${documents.length} documents: ${got.schemaRejected}`);
      continue;
    }
    got.results.forEach((answer, i) => {
      if (answer.crash !== undefined) { totals[engine].crash++; return; }
      const errors = answer.errors.map(({ message, locations }) => ({ message, locations }));
      if (isDeepStrictEqual(errors, expected[i])) totals[engine].match++;
      if ((errors.length === 0) === (expected[i].length === 0)) totals[engine].validity++;
    });
  }
}

console.log(`validation corpus: ${count} documents, graphql-js 16 as the reference`);
console.log('engine          | same errors as graphql-js | same valid/invalid verdict | crashed | schema rejected');
for (const [engine, t] of Object.entries(totals)) {
  const pct = (n) => `${n} (${((100 * n) / count).toFixed(1)}%)`;
  console.log(`${engine.padEnd(15)} | ${pct(t.match).padEnd(25)} | ${pct(t.validity).padEnd(26)} | ${String(t.crash).padEnd(7)} | ${t.rejected}`);
}
for (const line of rejections) console.log(line);
