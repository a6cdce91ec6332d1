// Validation conformance: every document of the corpus is validated by graphql-js 16 (the reference, at test
// time: `validate(buildSchema(sdl), parse(doc))`, or the syntax error `parse` throws) and by Throughline (bridge
// command "validate", all documents in one process). Messages and locations must be equal, in the same order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate, GraphQLError } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, 'fixtures', 'validation');
const bridge = join(here, '..', 'Throughline.GraphQL.Conformance', 'bin', 'Release', 'net10.0',
  'Throughline.GraphQL.Conformance.dll');

const sdl = readFileSync(join(fixtures, 'schema.graphql'), 'utf8');

// documents/*.graphql hold several documents each, every one introduced by a line "# %% <name>".
function readCorpusFile(file) {
  const text = readFileSync(join(fixtures, 'documents', file), 'utf8');
  const documents = [];
  let current;
  for (const line of text.split('\n')) {
    const header = /^# %% (.+)$/.exec(line);
    if (header) {
      current = { name: `${file.replace(/\.graphql$/, '')}: ${header[1]}`, lines: [] };
      documents.push(current);
    } else if (current) {
      current.lines.push(line);
    } else if (line.trim() !== '') {
      throw new Error(`${file}: text before the first "# %% <name>" header: ${line}`);
    }
  }
  return documents.map(({ name, lines }) => ({ name, source: lines.join('\n').replace(/\n+$/, '\n') }));
}

function loadCorpus() {
  const documents = readdirSync(join(fixtures, 'documents'))
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .flatMap(readCorpusFile);
  const raw = JSON.parse(readFileSync(join(fixtures, 'raw-documents.json'), 'utf8')).documents;
  for (const [name, source] of raw) documents.push({ name: `raw: ${name}`, source });
  const seen = new Set();
  for (const { name } of documents) {
    if (seen.has(name)) throw new Error(`duplicate corpus document name: ${name}`);
    seen.add(name);
  }
  return documents;
}

const schema = buildSchema(sdl);

function reference(source, options) {
  let document;
  try {
    document = parse(source);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return [plain(error)];
  }
  return validate(schema, document, undefined, options).map(plain);
}

const plain = (error) => ({
  message: error.message,
  locations: (error.locations ?? []).map(({ line, column }) => ({ line, column })),
});

function runOurs(documents, hideSuggestions = false) {
  const input = JSON.stringify({ schema: sdl, documents: documents.map(({ source }) => source), hideSuggestions });
  const output = execFileSync('dotnet', [bridge, 'validate'], { input, maxBuffer: 64 * 1024 * 1024 });
  const { results } = JSON.parse(output.toString('utf8'));
  assert.equal(results.length, documents.length, 'the bridge answers once per document');
  return results;
}

const documents = loadCorpus();
const expected = documents.map(({ source }) => reference(source));
const ours = runOurs(documents);

// The documents whose errors make suggestions are run again with suggestions hidden (validate's hideSuggestions).
const suggesting = documents.filter((_, i) => expected[i].some(({ message }) => message.includes('Did you mean')));
const expectedHidden = suggesting.map(({ source }) => reference(source, { hideSuggestions: true }));
const oursHidden = runOurs(suggesting, true);

test('the corpus is large and mixes valid, invalid and unparsable documents', () => {
  const valid = expected.filter((errors) => errors.length === 0).length;
  const syntax = expected.filter((errors) => errors[0]?.message.startsWith('Syntax Error:')).length;
  assert.ok(documents.length >= 300, `only ${documents.length} documents`);
  assert.ok(valid >= 60, `only ${valid} valid documents`);
  assert.ok(syntax >= 40, `only ${syntax} syntax errors`);
  assert.ok(documents.length - valid - syntax >= 200, 'too few documents with validation errors');
});

for (const [index, { name, source }] of documents.entries()) {
  test(name, () => {
    const result = ours[index];
    if (result.crash !== undefined) {
      assert.fail(`Throughline crashed: ${result.crash}\n--- document ---\n${source}`);
    }
    assert.deepEqual(result.errors, expected[index], `document:\n${source}`);
  });
}

for (const [index, { name, source }] of suggesting.entries()) {
  test(`hidden suggestions: ${name}`, () => {
    const result = oursHidden[index];
    if (result.crash !== undefined) {
      assert.fail(`Throughline crashed: ${result.crash}\n--- document ---\n${source}`);
    }
    assert.deepEqual(result.errors, expectedHidden[index], `document:\n${source}`);
  });
}
