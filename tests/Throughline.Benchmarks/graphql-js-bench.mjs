// Times graphql-js 16 (the reference engine) on the documents of the GraphQL BenchmarkDotNet suites, so the numbers
// can be put next to Throughline's. Run from the repository root:  node tests/Throughline.Benchmarks/graphql-js-bench.mjs
// Each step is warmed up first, then timed over enough iterations to fill ~1 s; the mean per operation is printed.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const require = createRequire(join(root, 'tests', 'conformance', 'package.json'));
const { buildSchema, parse, validate, execute, version } = require('graphql');

const fixtures = join(root, 'tests', 'Throughline.Benchmarks', 'GraphQL', 'Fixtures');
const read = (file) => readFileSync(join(fixtures, file), 'utf8');
const schema = buildSchema(read('schema.graphql'));
const rootValue = JSON.parse(read('data.json'));
const variableValues = JSON.parse(read('variables.json'));
const documents = {
  Introspection: read('introspection-query.graphql'),
  Nested: read('nested-query.graphql'),
  Large10kB: read('large-query.graphql'),
};

function measure(operation) {
  const warmupEnd = process.hrtime.bigint() + 500_000_000n;
  while (process.hrtime.bigint() < warmupEnd) operation();
  let iterations = 0;
  const start = process.hrtime.bigint();
  const deadline = start + 1_000_000_000n;
  let now = start;
  while (now < deadline) {
    for (let i = 0; i < 100; i++) operation();
    iterations += 100;
    now = process.hrtime.bigint();
  }
  return Number(now - start) / 1000 / iterations; // µs per operation
}

const rows = [];
for (const [name, source] of Object.entries(documents)) {
  const document = parse(source);
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(`${name} does not validate: ${errors.map((e) => e.message).join('; ')}`);
  const result = execute({ schema, document, rootValue, variableValues });
  if (result.errors) throw new Error(`${name} does not execute: ${JSON.stringify(result.errors)}`);
  rows.push({
    document: name,
    'parse µs': measure(() => parse(source)),
    'validate µs': measure(() => validate(schema, document)),
    'execute µs': measure(() => execute({ schema, document, rootValue, variableValues })),
    'parse+validate+execute µs': measure(() => {
      const parsed = parse(source);
      validate(schema, parsed);
      return execute({ schema, document: parsed, rootValue, variableValues });
    }),
  });
}

console.log(`graphql-js ${version}, node ${process.version}`);
for (const row of rows) {
  for (const key of Object.keys(row)) if (typeof row[key] === 'number') row[key] = Number(row[key].toFixed(2));
}
console.table(rows);
