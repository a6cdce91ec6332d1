// GraphiQL in headless Chromium: GET /graphql from a browser serves the IDE from this server's own files (no CDN),
// and running the headline query shows its routes. Skipped (with a message) only when /usr/bin/chromium is absent.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startApi } from './api-server.mjs';

const executablePath = '/usr/bin/chromium';
const skip = existsSync(executablePath) ? false : `${executablePath} is absent: install Debian's chromium (apt-get install -y chromium) to run the GraphiQL test`;

describe('GraphiQL in headless Chromium', { skip }, () => {
  let api;
  let context;
  let profile;
  before(async () => {
    api = await startApi();
    profile = mkdtempSync(join(tmpdir(), 'throughline-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
      viewport: { width: 1400, height: 900 },
    });
  });
  after(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await api?.stop();
  });

  test('loads from this server only and runs the headline query', async () => {
    const page = await context.newPage();
    const requested = [];
    const pageErrors = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('pageerror', (error) => pageErrors.push(String(error)));

    const response = await page.goto(`${api.url}/graphql`, { waitUntil: 'load' });
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'], /text\/html/);
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });

    // The result pane renders only its visible lines, so the full answer is read from the network response.
    const answer = page.waitForResponse((r) => r.url() === `${api.url}/graphql` && r.request().method() === 'POST'
      && (r.request().postData() ?? '').includes('paths('));
    await page.click('.graphiql-execute-button');
    const body = await (await answer).json();
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const routes = body.data.paths.edges.map((e) => e.node.entities.map((entity) => entity.id));
    assert.ok(routes.some((r) => r.includes('org/hikvision')), JSON.stringify(routes));
    // GraphiQL shows the API's own answer: the same request sent directly gets the same routes.
    const direct = await (await fetch(`${api.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: (await answer).request().postData(),
    })).json();
    assert.deepEqual(routes, direct.data.paths.edges.map((e) => e.node.entities.map((entity) => entity.id)));
    const result = page.locator('.result-window');
    await result.getByText('"totalCount"').first().waitFor({ timeout: 30_000 });
    await result.getByText('"Hikvision"').first().waitFor({ timeout: 30_000 });

    const screenshot = join(tmpdir(), 'throughline-graphiql.png');
    await page.screenshot({ path: screenshot });
    console.log(`screenshot: ${screenshot}`);

    assert.deepEqual(pageErrors, []);
    const foreign = requested.filter((url) => !url.startsWith(api.url) && !url.startsWith('data:') && !url.startsWith('blob:'));
    assert.deepEqual(foreign, [], 'GraphiQL must not load anything from another host');
  });
});
