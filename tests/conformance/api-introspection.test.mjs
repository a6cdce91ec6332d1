// The API's introspection round trip, judged by graphql-js: our introspection result builds a valid client schema
// whose printed SDL equals graphql-js's printing of src/Throughline.Api/Schema/schema.graphql. Also checks that the
// SDL served at /graphql/schema.graphql is that file and that every type, field, argument, input field and enum
// value carries a description.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  assertValidSchema, buildClientSchema, buildSchema, getIntrospectionQuery, isEnumType, isInputObjectType,
  isIntrospectionType, isObjectType, isSpecifiedScalarType, printSchema,
} from 'graphql';
import { repoRoot, startApi } from './api-server.mjs';

const sdlPath = join(repoRoot, 'src', 'Throughline.Api', 'Schema', 'schema.graphql');

describe('API introspection', () => {
  let api;
  before(async () => { api = await startApi(); });
  after(async () => { await api?.stop(); });

  async function introspect() {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({
        query: getIntrospectionQuery({
          descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true,
        }),
      }),
    });
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data;
  }

  test('introspection builds a valid client schema that prints like schema.graphql', async () => {
    const clientSchema = buildClientSchema(await introspect());
    assertValidSchema(clientSchema);
    const expected = printSchema(buildSchema(readFileSync(sdlPath, 'utf8')));
    assert.equal(printSchema(clientSchema), expected);
  });

  test('GET /graphql/schema.graphql serves schema.graphql', async () => {
    const response = await fetch(`${api.url}/graphql/schema.graphql`);
    assert.equal(response.status, 200);
    assert.equal(await response.text(), readFileSync(sdlPath, 'utf8'));
  });

  test('every type, field, argument, input field and enum value has a description', () => {
    const schema = buildSchema(readFileSync(sdlPath, 'utf8'));
    const missing = [];
    const check = (thing, where) => { if (!thing.description?.trim()) missing.push(where); };
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      check(type, type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(field, `${type.name}.${field.name}`);
          for (const arg of field.args ?? []) check(arg, `${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) check(value, `${type.name}.${value.name}`);
      }
    }
    assert.deepEqual(missing, []);
  });
});
