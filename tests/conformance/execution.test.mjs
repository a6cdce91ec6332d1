// Execution conformance: the same schema, data and queries run through graphql-js 16 (the reference, at test time)
// and through Throughline (bridge command "execute", all cases in one process); data and errors must be equal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { graphql, buildSchema, GraphQLError, Kind } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, 'fixtures', 'execution');
const bridge = join(here, '..', 'Throughline.GraphQL.Conformance', 'bin', 'Release', 'net10.0',
  'Throughline.GraphQL.Conformance.dll');

const sdl = readFileSync(join(fixtures, 'schema.graphql'), 'utf8');
const data = JSON.parse(readFileSync(join(fixtures, 'data.json'), 'utf8'));
const cases = JSON.parse(readFileSync(join(fixtures, 'queries.json'), 'utf8'));

// The generic resolver rule, implemented identically in ExecuteCommand.cs:
// value = parent[fieldName]; {"$error": m} throws m; {"$byArg": a, "map": {...}} picks map[String(args[a])];
// {"$echoArgs": true} returns the coerced arguments; {"$error"} items inside lists become error values.
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

function materialize(value, args) {
  if (isObject(value)) {
    if ('$error' in value) throw new Error(value.$error);
    if ('$byArg' in value) return materialize(value.map[String(args[value.$byArg])] ?? null, args);
    if ('$echoArgs' in value) return args;
  }
  if (Array.isArray(value)) {
    return value.map((item) => (isObject(item) && '$error' in item ? new Error(item.$error) : item));
  }
  return value;
}

function fieldResolver(parent, args, _context, info) {
  if (!isObject(parent)) return null;
  return materialize(parent[info.fieldName] ?? null, args);
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function buildReferenceSchema() {
  const schema = buildSchema(sdl);
  const date = schema.getType('Date');
  date.serialize = (value) => {
    if (typeof value === 'string' && datePattern.test(value)) return value;
    throw new GraphQLError(`Date cannot represent value: ${JSON.stringify(value)}`);
  };
  date.parseValue = (value) => {
    if (typeof value === 'string' && datePattern.test(value)) return value;
    throw new GraphQLError(`Date cannot represent value: ${JSON.stringify(value)}`);
  };
  date.parseLiteral = (ast) => {
    if (ast.kind === Kind.STRING && datePattern.test(ast.value)) return ast.value;
    throw new GraphQLError('Date literal must be a "YYYY-MM-DD" string.');
  };
  const json = schema.getType('JSON');
  json.serialize = (value) => value;
  json.parseValue = (value) => value;
  return schema;
}

function runOurs(asyncResolvers) {
  const input = JSON.stringify({
    schema: sdl,
    data,
    asyncResolvers,
    cases: cases.map(({ query, variables, operationName, hideSuggestions }) => ({ query, variables, operationName, hideSuggestions })),
  });
  const output = execFileSync('dotnet', [bridge, 'execute'], { input, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(output.toString('utf8'));
}

// JSON round trip: both sides then hold plain JSON (no null-prototype objects, no Error instances).
const normalize = (result) => {
  const plain = JSON.parse(JSON.stringify(result));
  return {
    hasData: 'data' in plain,
    data: plain.data,
    errors: (plain.errors ?? []).map(({ message, path, locations }) => ({ message, path, locations })),
  };
};

test('execution corpus has at least 60 cases with unique names', () => {
  assert.ok(cases.length >= 60, `only ${cases.length} cases`);
  assert.equal(new Set(cases.map((c) => c.name)).size, cases.length);
});

const schema = buildReferenceSchema();
const ours = runOurs(false);
const oursAsync = runOurs(true);

test('bridge answered every case', () => {
  assert.equal(ours.length, cases.length);
  assert.equal(oursAsync.length, cases.length);
});

for (const [index, testCase] of cases.entries()) {
  test(`execute: ${testCase.name}`, async () => {
    const expected = await graphql({
      schema,
      source: testCase.query,
      rootValue: data,
      variableValues: testCase.variables,
      operationName: testCase.operationName,
      fieldResolver,
      hideSuggestions: testCase.hideSuggestions,
    });
    assert.deepStrictEqual(normalize(ours[index]), normalize(expected));

    // With every resolver asynchronous, siblings run concurrently. The data must not change; which errors are reported
    // may (graphql-js drops errors that arrive after their position was nulled), but never whether there are any.
    const concurrent = normalize(oursAsync[index]);
    const reference = normalize(expected);
    assert.deepStrictEqual(concurrent.data, reference.data,
      `data with asynchronous resolvers (their errors: ${JSON.stringify(concurrent.errors)})`);
    assert.equal(concurrent.hasData, reference.hasData, 'data member with asynchronous resolvers');
    assert.equal(concurrent.errors.length > 0, reference.errors.length > 0, 'errors with asynchronous resolvers');
  });
}
