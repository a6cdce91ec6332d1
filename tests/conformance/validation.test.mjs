// Validation conformance: every document of the corpus is validated by graphql-js 16 (the reference, at test
// time: `validate(buildSchema(sdl), parse(doc))`, or the syntax error `parse` throws) and by Throughline (bridge
// command "validate", all documents of a schema in one process). Messages and locations must be equal, in the
// same order. Documents whose errors carry suggestions run once more with suggestions hidden.
//
// fixtures/validation/schema.graphql is the main test schema; documents/*.graphql and raw-documents.json are its
// hand-written corpus, to which generate-documents.mjs adds seeded random documents. Each
// fixtures/validation/schemas/<name>/ holds another schema.graphql with its documents.graphql.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import { loadSuites, reference } from './fixtures/validation/corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const bridge = join(here, '..', 'Throughline.GraphQL.Conformance', 'bin', 'Release', 'net10.0',
  'Throughline.GraphQL.Conformance.dll');

function runOurs(sdl, documents, hideSuggestions = false) {
  const input = JSON.stringify({ schema: sdl, documents: documents.map(({ source }) => source), hideSuggestions });
  const output = execFileSync('dotnet', [bridge, 'validate'], { input, maxBuffer: 64 * 1024 * 1024 });
  const { results } = JSON.parse(output.toString('utf8'));
  assert.equal(results.length, documents.length, 'the bridge answers once per document');
  return results;
}

// One subtest per document: expected (graphql-js) and ours, side by side.
const cases = [];
for (const { sdl, documents } of loadSuites()) {
  const schema = buildSchema(sdl);
  const expected = documents.map(({ source }) => reference(schema, source));
  const ours = runOurs(sdl, documents);
  documents.forEach(({ name, source }, i) => cases.push({ name, source, expected: expected[i], ours: ours[i] }));

  const suggesting = documents.filter((_, i) => expected[i].some(({ message }) => message.includes('Did you mean')));
  const oursHidden = runOurs(sdl, suggesting, true);
  suggesting.forEach(({ name, source }, i) => cases.push({
    name: `hidden suggestions: ${name}`,
    source,
    expected: reference(schema, source, { hideSuggestions: true }),
    ours: oursHidden[i],
  }));
}

test('the hand-written corpus is large and mixes valid, invalid and unparsable documents', () => {
  const plainCases = cases.filter(({ name }) => !/^(hidden suggestions|generated): /.test(name));
  const valid = plainCases.filter(({ expected }) => expected.length === 0).length;
  const syntax = plainCases.filter(({ expected }) => expected[0]?.message.startsWith('Syntax Error:')).length;
  assert.ok(plainCases.length >= 300, `only ${plainCases.length} documents`);
  assert.ok(valid >= 60, `only ${valid} valid documents`);
  assert.ok(syntax >= 40, `only ${syntax} syntax errors`);
  assert.ok(plainCases.length - valid - syntax >= 200, 'too few documents with validation errors');
});

for (const { name, source, expected, ours } of cases) {
  test(name, () => {
    if (ours.crash !== undefined) {
      assert.fail(`Throughline crashed: ${ours.crash}\n--- document ---\n${source}`);
    }
    assert.deepEqual(ours.errors, expected, `document:\n${source}`);
  });
}
