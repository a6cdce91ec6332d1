// Type-system conformance against graphql-js 16 (the reference, computed at test time):
// 1. PrintSdl: for every schema in fixtures/schemas/*.graphql, our PrintSdl() must equal
//    printSchema(buildSchema(sdl)) exactly (same order, descriptions, defaults, deprecations).
// 2. Introspection: getIntrospectionQuery() (all options on) is executed by our engine (bridge "introspect").
//    a) The result must equal, value for value and in the same order, what graphql-js's own execution of the
//       same query against buildSchema(sdl) returns.
//    b) It must load with buildClientSchema, pass assertValidSchema, and print like the SDL does in graphql-js
//       after normalisation. Normalisation: lexicographicSortSchema (graphql-js's own: types, directives,
//       fields, arguments, input fields, enum values, interfaces and union members sorted by name) applied
//       to both schemas, then printSchema.
// 3. Schema errors: for every invalid SDL in fixtures/schemas/invalid/*.graphql ("# %% <name>" per case),
//    our FromSdl errors must equal graphql-js's: the SDL rules' errors (validateSDL, which buildSchema asserts)
//    when there are any, else validateSchema(buildASTSchema(sdl)). Messages and locations, in the same order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  assertValidSchema, buildASTSchema, buildClientSchema, buildSchema, getIntrospectionQuery, graphqlSync,
  lexicographicSortSchema, parse, printSchema, validateSchema,
} from 'graphql';
import { validateSDL } from 'graphql/validation/validate.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, 'fixtures', 'schemas');
const bridge = process.env.CONFORMANCE_BRIDGE
  ?? join(here, '..', 'Throughline.GraphQL.Conformance', 'bin', 'Release', 'net10.0', 'Throughline.GraphQL.Conformance.dll');

function runBridge(command, input) {
  const output = execFileSync('dotnet', [bridge, command], {
    input: JSON.stringify(input),
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(output.toString('utf8'));
}

// Our fixtures, plus the schemas the validation and execution corpora run against and the knowledge base's.
const schemas = readdirSync(fixtures)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => ({ name: file, sdl: readFileSync(join(fixtures, file), 'utf8') }))
  .concat([
    join(here, 'fixtures', 'validation', 'schema.graphql'),
    join(here, 'fixtures', 'execution', 'schema.graphql'),
    join(here, '..', '..', 'src', 'Throughline.Api', 'Schema', 'schema.graphql'),
  ]
    .filter((file) => existsSync(file))
    .map((file) => ({ name: relative(join(here, '..', '..'), file), sdl: readFileSync(file, 'utf8') })));

test('the fixtures include a large schema', () => {
  const large = buildSchema(schemas.find((s) => s.name === 'large.graphql').sdl);
  assert.ok(Object.keys(large.getTypeMap()).length >= 150);
});

const printed = runBridge('print-schema', { schemas });
for (const { name, sdl } of schemas) {
  test(`PrintSdl equals graphql-js printSchema: ${name}`, () => {
    const ours = printed.results.find((r) => r.name === name);
    assert.equal(ours.errors, undefined, JSON.stringify(ours.errors));
    assert.equal(ours.printed, printSchema(buildSchema(sdl)));
  });
}

const introspectionQuery = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});
let introspectedCache;
const introspected = () => (introspectedCache ??= runBridge('introspect', { query: introspectionQuery, schemas }));
const sortedSdl = (schema) => printSchema(lexicographicSortSchema(schema));

for (const { name, sdl } of schemas) {
  test(`introspection equals graphql-js's own: ${name}`, () => {
    const ours = introspected().results.find((r) => r.name === name).result;
    const reference = graphqlSync({ schema: buildSchema(sdl), source: introspectionQuery });
    assert.deepEqual(ours, JSON.parse(JSON.stringify(reference)));
  });

  test(`introspection loads with buildClientSchema and prints like the SDL: ${name}`, () => {
    const ours = introspected().results.find((r) => r.name === name).result;
    assert.equal(ours.errors, undefined, JSON.stringify(ours.errors));
    const client = buildClientSchema(ours.data);
    assertValidSchema(client);
    assert.equal(sortedSdl(client), sortedSdl(buildSchema(sdl)));
  });
}

// fixtures/schemas/invalid/*.graphql hold several SDLs each, every one introduced by "# %% <name>".
const invalid = readdirSync(join(fixtures, 'invalid'))
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .flatMap((file) => readFileSync(join(fixtures, 'invalid', file), 'utf8')
    .split(/^# %% /m)
    .slice(1)
    .map((part) => {
      const title = part.slice(0, part.indexOf('\n'));
      return { name: `${file.replace(/\.graphql$/, '')}: ${title}`, sdl: part.slice(title.length + 1) };
    }));

const referenceErrors = (sdl) => {
  const document = parse(sdl);
  const sdlErrors = validateSDL(document);
  const errors = sdlErrors.length > 0 ? sdlErrors : validateSchema(buildASTSchema(document, { assumeValidSDL: true }));
  return errors.map((e) => ({ message: e.message, locations: e.locations ?? [] }));
};

const invalidResults = runBridge('print-schema', { schemas: invalid });
for (const { name, sdl } of invalid) {
  test(`schema errors equal graphql-js's: ${name}`, () => {
    const expected = referenceErrors(sdl);
    assert.ok(expected.length > 0, 'graphql-js accepts this SDL; the case is wrong');
    const ours = invalidResults.results.find((r) => r.name === name);
    assert.deepEqual(ours.errors, expected);
  });
}
