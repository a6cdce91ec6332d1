// GraphQL over HTTP conformance: the graphql-http server audit against the running API.
// Every MUST and SHOULD audit must pass; a deliberate difference would be listed in DEVIATIONS with its reason
// (and in the README). MAY audits are reported but optional.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAudits } from 'graphql-http';
import { startApi } from './api-server.mjs';

/** Audit id → why we deliberately differ. Empty: we follow every MUST and SHOULD. */
const DEVIATIONS = {};

describe('graphql-http server audit', () => {
  let api;
  before(async () => { api = await startApi(); });
  after(async () => { await api?.stop(); });

  test('every MUST and SHOULD audit passes', async () => {
    const audits = serverAudits({ url: `${api.url}/graphql` });
    assert.ok(audits.length > 40, `expected the full audit list, got ${audits.length}`);
    const failures = [];
    for (const audit of audits) {
      const result = await audit.fn();
      const required = audit.name.startsWith('MUST') || audit.name.startsWith('SHOULD');
      if (result.status !== 'ok' && required && !(audit.id in DEVIATIONS)) {
        failures.push(`${audit.id} ${audit.name}: ${result.reason}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  test('every MAY audit passes too', async () => {
    const audits = serverAudits({ url: `${api.url}/graphql` }).filter((a) => a.name.startsWith('MAY'));
    const failures = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status !== 'ok') failures.push(`${audit.id} ${audit.name}: ${result.reason}`);
    }
    assert.deepEqual(failures, []);
  });
});
