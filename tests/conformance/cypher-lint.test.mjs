// Checks every Cypher statement of the Neo4j store with Neo4j's own parser (@neo4j-cypher/language-support):
// each file in cypher/, and every statement the store actually sent during the .NET tests (tests/run.sh points
// THROUGHLINE_CYPHER_LOG at a file the store appends {name, text} JSON lines to). Any error fails, except
// "parameter not defined" (the statements take their parameters at run time) — warnings are ignored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cypherDir = join(repo, 'cypher');

// schema-3.x.cypher is for the Neo4j 3.x test server and must use 3.x-only syntax (CREATE CONSTRAINT ON ... ASSERT),
// which the Cypher 5 parser rejects by design; it is the one file excluded. Its statements still run against the real
// 3.1 server in the .NET tests, which is where they are checked.
const excluded = new Set(['schema-3.x.cypher']);

const ERROR = 1;
const ignored = /^Parameter \$\w+ is not defined\.?$/;

function errorsOf(text) {
  const { diagnostics } = lintCypherQuery(text, {});
  return diagnostics
    .filter((d) => d.severity === ERROR && !ignored.test(d.message))
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
}

const files = readdirSync(cypherDir).filter((f) => f.endsWith('.cypher')).sort();

test('cypher/ holds the store statements', () => {
  assert.ok(files.length >= 20, `expected the store's statements in ${cypherDir}, found ${files.length} files`);
  assert.ok(files.includes('schema.cypher') && files.includes('schema-3.x.cypher'));
});

for (const file of files.filter((f) => !excluded.has(f))) {
  test(`cypher/${file} parses as Cypher 5`, () => {
    const errors = errorsOf(readFileSync(join(cypherDir, file), 'utf8'));
    assert.deepEqual(errors, [], `cypher/${file}:\n${errors.join('\n')}`);
  });
}

test('the linter itself rejects broken Cypher (so a pass means something)', () => {
  assert.notDeepEqual(errorsOf('MATCH (n:Entity WHERE RETRUN n'), []);
  assert.deepEqual(errorsOf('MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id'), []);
});

const log = process.env.THROUGHLINE_CYPHER_LOG;
test('every statement the Neo4j store sent during the .NET tests parses as Cypher 5', { skip: !log || !existsSync(log) ? 'THROUGHLINE_CYPHER_LOG is not set or the .NET tests sent nothing (no Neo4j server): nothing to check' : false }, () => {
  const sent = readFileSync(log, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line));
  const checked = sent.filter((s) => !excluded.has(s.name.replace(/^cypher\//, '')) && !s.name.startsWith('test:'));
  assert.ok(checked.length > 0, `${log} lists no store statements`);
  const failures = checked
    .map((s) => ({ name: s.name, errors: errorsOf(s.text) }))
    .filter((s) => s.errors.length > 0)
    .map((s) => `${s.name}: ${s.errors.join('; ')}`);
  assert.deepEqual(failures, []);
});
