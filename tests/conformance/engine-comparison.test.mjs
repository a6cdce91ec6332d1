// The hostile documents of the engine decision (docs/decisions/0001-own-graphql-engine.md), run through graphql-js 16
// (the reference, at test time), Throughline's engine (bridge "validate"/"execute") and GraphQL.NET 8.8.5 (the
// alternative we measured; tests/Throughline.GraphQL.Reference). GraphQL.NET runs in a child process so that its crash
// is observed, not suffered: what it did is recorded as a diagnostic, and the test asserts that Throughline answers
// exactly as graphql-js does and that the comparison really ran GraphQL.NET to an outcome.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, getIntrospectionQuery, graphqlSync, parse, validate } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const dll = (project) => join(here, '..', project, 'bin', 'Release', 'net10.0', `${project}.dll`);
const sdl = readFileSync(join(here, '..', '..', 'src', 'Throughline.Api', 'Schema', 'schema.graphql'), 'utf8');
const schema = buildSchema(sdl);

function child(project, command, request) {
  const run = spawnSync('dotnet', [dll(project), command], {
    input: JSON.stringify(request), maxBuffer: 64 * 1024 * 1024, timeout: 120_000,
  });
  const stdout = run.stdout?.toString('utf8') ?? '';
  const stderr = run.stderr?.toString('utf8') ?? '';
  return { status: run.status, signal: run.signal, stdout, firstErrorLine: stderr.split('\n')[0] };
}

function outcome({ status, signal, stdout, firstErrorLine }) {
  if (status === 0) return `answered: ${stdout.slice(0, 300)}`;
  return `ended with exit ${status ?? signal}: ${firstErrorLine || stdout.slice(0, 300)}`;
}

const recursiveFragments = `{ entity(id: "org/intel") { ...A ...B } }
fragment A on Entity { locatedIn { ...A locatedIn { ...A } } }
fragment B on Entity { locatedIn { ...B locatedIn { ...B } } }`;

test('mutually recursive fragments: Throughline reports graphql-js\'s errors; GraphQL.NET is observed in a child process', (t) => {
  const expected = validate(schema, parse(recursiveFragments)).map(({ message, locations }) => ({ message, locations }));
  assert.ok(expected.length > 0, 'graphql-js rejects the document (fragment cycles)');

  const ours = child('Throughline.GraphQL.Conformance', 'validate', { schema: sdl, documents: [recursiveFragments] });
  assert.equal(ours.status, 0, outcome(ours));
  assert.deepEqual(JSON.parse(ours.stdout).results[0].errors, expected);

  const reference = child('Throughline.GraphQL.Reference', 'validate', { schema: sdl, documents: [recursiveFragments] });
  assert.ok(reference.status !== null || reference.signal !== null, 'GraphQL.NET ran to an outcome');
  t.diagnostic(`GraphQL.NET 8.8.5: ${outcome(reference)}`);
});

const modernIntrospection = getIntrospectionQuery({
  descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true,
});

test('introspection as current tooling sends it: Throughline answers as graphql-js does; GraphQL.NET is observed', (t) => {
  const expected = graphqlSync({ schema, source: modernIntrospection });
  assert.equal(expected.errors, undefined, 'graphql-js answers the query');

  const ours = child('Throughline.GraphQL.Conformance', 'execute', { schema: sdl, data: {}, cases: [{ query: modernIntrospection }] });
  assert.equal(ours.status, 0, outcome(ours));
  const [answer] = JSON.parse(ours.stdout);
  assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
  assert.deepEqual(answer.data, JSON.parse(JSON.stringify(expected.data)));

  const reference = child('Throughline.GraphQL.Reference', 'execute', { schema: sdl, query: modernIntrospection });
  assert.ok(reference.status !== null || reference.signal !== null, 'GraphQL.NET ran to an outcome');
  t.diagnostic(`GraphQL.NET 8.8.5: ${outcome(reference)}`);
});

test('the engine\'s default rule set is graphql-js\'s specifiedRules, in order, with its recommendedRules last', async () => {
  const { specifiedRules, recommendedRules } = await import('graphql');
  const ours = child('Throughline.GraphQL.Conformance', 'rules', {});
  assert.equal(ours.status, 0, outcome(ours));
  const { specified, recommended } = JSON.parse(ours.stdout);
  assert.deepEqual(specified, specifiedRules.map((rule) => rule.name));
  assert.deepEqual(recommended, recommendedRules.map((rule) => rule.name));
});
