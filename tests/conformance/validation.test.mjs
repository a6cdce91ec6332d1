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
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate, GraphQLError } from 'graphql';
import { generateDocuments } from './fixtures/validation/generate-documents.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, 'fixtures', 'validation');
const bridge = join(here, '..', 'Throughline.GraphQL.Conformance', 'bin', 'Release', 'net10.0',
  'Throughline.GraphQL.Conformance.dll');

// Corpus files hold several documents each, every one introduced by a line "# %% <name>".
function readCorpusFile(path, prefix) {
  const text = readFileSync(path, 'utf8');
  const documents = [];
  let current;
  for (const line of text.split('\n')) {
    const header = /^# %% (.+)$/.exec(line);
    if (header) {
      current = { name: `${prefix}: ${header[1]}`, lines: [] };
      documents.push(current);
    } else if (current) {
      current.lines.push(line);
    } else if (line.trim() !== '') {
      throw new Error(`${path}: text before the first "# %% <name>" header: ${line}`);
    }
  }
  return documents.map(({ name, lines }) => ({ name, source: lines.join('\n').replace(/\n+$/, '\n') }));
}

function mainCorpus() {
  const documents = readdirSync(join(fixtures, 'documents'))
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .flatMap((file) => readCorpusFile(join(fixtures, 'documents', file), file.replace(/\.graphql$/, '')));
  const raw = JSON.parse(readFileSync(join(fixtures, 'raw-documents.json'), 'utf8')).documents;
  for (const [name, source] of raw) documents.push({ name: `raw: ${name}`, source });
  return documents;
}

const generatedCount = 400;
const generatedSeed = 20211021;

// graphql-js's validate throws (instead of reporting) when a subscription's @skip/@include cannot be evaluated
// without variable values; such generated documents have no reference answer and are left out.
function referenceAnswers(schema, source) {
  try {
    reference(schema, source);
    return true;
  } catch {
    return false;
  }
}

function generatedCorpus(sdl) {
  const schema = buildSchema(sdl);
  return generateDocuments(schema, generatedCount, generatedSeed)
    .map((source, i) => ({ name: `generated: #${String(i + 1).padStart(3, '0')}`, source }))
    .filter(({ source }) => referenceAnswers(schema, source));
}

function loadSuites() {
  const mainSdl = readFileSync(join(fixtures, 'schema.graphql'), 'utf8');
  const suites = [{ sdl: mainSdl, documents: [...mainCorpus(), ...generatedCorpus(mainSdl)] }];
  for (const name of readdirSync(join(fixtures, 'schemas')).sort()) {
    const dir = join(fixtures, 'schemas', name);
    suites.push({
      sdl: readFileSync(join(dir, 'schema.graphql'), 'utf8'),
      documents: readCorpusFile(join(dir, 'documents.graphql'), `${name} schema`),
    });
  }
  const seen = new Set();
  for (const { name } of suites.flatMap((suite) => suite.documents)) {
    if (seen.has(name)) throw new Error(`duplicate corpus document name: ${name}`);
    seen.add(name);
  }
  return suites;
}

const plain = (error) => ({
  message: error.message,
  locations: (error.locations ?? []).map(({ line, column }) => ({ line, column })),
});

function reference(schema, source, options) {
  let document;
  try {
    document = parse(source);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return [plain(error)];
  }
  return validate(schema, document, undefined, options).map(plain);
}

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
