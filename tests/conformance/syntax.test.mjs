// Syntax conformance: every case of the corpus is parsed by graphql-js 16 (the reference, at test time) and by
// Throughline (bridge command "parse", all cases in one process). Either both throw a syntax error with the same
// message and locations, or both produce a tree: then graphql-js print() must equal our Printer.Print (also with
// maxIndentDepth 2), and every node's kind and [start, end) location must be the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseValue, parseConstValue, parseType, print, GraphQLError } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, 'fixtures', 'syntax');
const bridge = join(here, '..', 'Throughline.GraphQL.Conformance', 'bin', 'Release', 'net10.0',
  'Throughline.GraphQL.Conformance.dll');

// documents/*.graphql hold several documents each, every one introduced by a line "# %% <name>".
function readCorpusFile(file) {
  const text = readFileSync(join(fixtures, 'documents', file), 'utf8');
  const cases = [];
  let current;
  for (const line of text.split('\n')) {
    const header = /^# %% (.+)$/.exec(line);
    if (header) {
      current = { name: `${file.replace(/\.graphql$/, '')}: ${header[1]}`, lines: [] };
      cases.push(current);
    } else if (current) {
      current.lines.push(line);
    } else if (line.trim() !== '') {
      throw new Error(`${file}: text before the first "# %% <name>" header: ${line}`);
    }
  }
  return cases.map(({ name, lines }) => ({ name, source: lines.join('\n').replace(/\n+$/, '\n') }));
}

// raw-cases.json: cases whose text a .graphql file cannot hold (BOM, \r, control characters, no final newline),
// cases for parseValue/parseConstValue/parseType (kind) and token limits (maxTokens).
function loadCorpus() {
  const cases = readdirSync(join(fixtures, 'documents'))
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .flatMap(readCorpusFile);
  for (const raw of JSON.parse(readFileSync(join(fixtures, 'raw-cases.json'), 'utf8')).cases) {
    cases.push({ ...raw, name: `raw: ${raw.name}` });
  }
  const seen = new Set();
  for (const { name } of cases) {
    if (seen.has(name)) throw new Error(`duplicate corpus case name: ${name}`);
    seen.add(name);
  }
  return cases;
}

const parsers = { document: parse, value: parseValue, constValue: parseConstValue, type: parseType };

function reference({ source, kind = 'document', maxTokens }) {
  let node;
  try {
    node = parsers[kind](source, maxTokens === undefined ? undefined : { maxTokens });
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return {
      error: {
        message: error.message,
        locations: (error.locations ?? []).map(({ line, column }) => ({ line, column })),
      },
    };
  }
  return {
    printed: print(node),
    printedShallow: print(node, { maxIndentDepth: 2 }),
    nodes: describeNodes(node).sort(byCodeUnits),
  };
}

const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function describeNodes(node, out = []) {
  out.push(`${node.kind}:${node.loc.start}:${node.loc.end}`);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc') continue;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child !== null && typeof child === 'object' && typeof child.kind === 'string') describeNodes(child, out);
    }
  }
  return out;
}

function runOurs(cases) {
  // UTF-16 code units in base64: lone surrogates survive, which JSON text decoders in .NET reject.
  const input = JSON.stringify(cases.map(({ source, kind, maxTokens }) =>
    ({ sourceUtf16: Buffer.from(source, 'utf16le').toString('base64'), kind, maxTokens })));
  const output = execFileSync('dotnet', [bridge, 'parse'], { input, maxBuffer: 64 * 1024 * 1024 });
  const results = JSON.parse(output.toString('utf8'));
  assert.equal(results.length, cases.length, 'the bridge answers once per case');
  return results;
}

const cases = loadCorpus();
const expected = cases.map(reference);

// Every prefix of every parsable document, and the document with each single character deleted: cut-offs and
// damage inside every token and production reach the error paths at every position, with no hand-written
// expectations (graphql-js decides each case at test time).
const prefixGroups = cases
  .map((testCase, index) => ({ testCase, index }))
  .filter(({ index }) => expected[index].error === undefined)
  .map(({ testCase }) => ({
    name: testCase.name,
    prefixes: Array.from({ length: testCase.source.length }, (_, end) => [
      { source: testCase.source.slice(0, end), kind: testCase.kind },
      { source: testCase.source.slice(0, end) + testCase.source.slice(end + 1), kind: testCase.kind },
    ]).flat(),
  }));
const prefixCases = prefixGroups.flatMap(({ prefixes }) => prefixes);
console.log(`syntax corpus: ${cases.length} cases + ${prefixCases.length} prefixes and deletions`);
const allOurs = runOurs([...cases, ...prefixCases]);
const ours = allOurs.slice(0, cases.length);
const oursForPrefixes = allOurs.slice(cases.length);

test('the corpus is large and mixes parsable and unparsable documents of every kind', () => {
  const errors = expected.filter((result) => result.error !== undefined);
  const messageClasses = new Set(errors.map(({ error }) => error.message.replace(/^Syntax Error: /, '').replace(/[:"'(\d].*$/, '')));
  assert.ok(cases.length >= 150, `only ${cases.length} cases`);
  assert.ok(cases.length - errors.length >= 60, `only ${cases.length - errors.length} parsable cases`);
  assert.ok(errors.length >= 80, `only ${errors.length} syntax errors`);
  assert.ok(messageClasses.size >= 20, `only ${messageClasses.size} kinds of syntax error: ${[...messageClasses]}`);
});

for (const [index, testCase] of cases.entries()) {
  test(testCase.name, () => {
    assert.deepEqual(ours[index], expected[index], `source:\n${testCase.source}`);
  });
}

let prefixOffset = 0;
for (const { name, prefixes } of prefixGroups) {
  const offset = prefixOffset;
  prefixOffset += prefixes.length;
  test(`every prefix and single-character deletion of ${name}`, () => {
    for (const [i, prefix] of prefixes.entries()) {
      assert.deepEqual(oursForPrefixes[offset + i], reference(prefix), `variant:\n${prefix.source}`);
    }
  });
}
