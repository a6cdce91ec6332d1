// The explorer page (GET /) in real headless Chromium against the real API on 127.0.0.1: find the headline routes,
// see them listed and drawn, read a hop's evidence, change "as of", share the URL, misspell a name, hit an API error.
// Every page must load only from this server and log no console error. Screenshots go to $THROUGHLINE_ARTIFACTS
// (default: a temp folder), and the headline one also to docs/images/explorer.png when THROUGHLINE_UPDATE_SCREENSHOT=1.
// Skipped (with a message) only when /usr/bin/chromium is absent.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { repoRoot, startApi } from './api-server.mjs';

const executablePath = '/usr/bin/chromium';
const skip = existsSync(executablePath) ? false : `${executablePath} is absent: install Debian's chromium (apt-get install -y chromium) to run the explorer tests`;
const artefacts = process.env.THROUGHLINE_ARTIFACTS ?? join(tmpdir(), 'throughline-explorer-screenshots');

describe('The explorer in headless Chromium', { skip }, () => {
  let api;
  let context;
  let profile;
  const requested = [];
  const problems = [];

  async function graphql(query, variables = {}) {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data;
  }

  async function openPage(path = '/', viewport = { width: 1280, height: 800 }) {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    page.on('request', (request) => requested.push(request.url()));
    page.on('pageerror', (error) => problems.push(`page error: ${error}`));
    page.on('console', (message) => { if (message.type() === 'error') problems.push(`console error: ${message.text()}`); });
    const response = await page.goto(`${api.url}${path}`, { waitUntil: 'load' });
    assert.equal(response.status(), 200);
    await settled(page);
    return page;
  }

  /** Waits until the page has rendered from its URL at least `renders` times and is idle. */
  async function settled(page, renders = 1) {
    await page.waitForFunction((n) => window.explorer?.ready && window.explorer.renders >= n, renders, { timeout: 30_000 });
  }

  async function choose(page, field, text, option) {
    const renders = await page.evaluate(() => window.explorer.renders);
    await page.fill(`#${field}`, text);
    await page.locator(`#${field}-list [role=option]`, { hasText: option }).first().click();
    await settled(page, renders + 1);
  }

  async function routes(page) {
    return page.locator('#routes .route .chain').allInnerTexts();
  }

  async function shot(page, name) {
    mkdirSync(artefacts, { recursive: true });
    const file = join(artefacts, name);
    await page.screenshot({ path: file });
    console.log(`screenshot: ${file}`);
    return file;
  }

  before(async () => {
    api = await startApi();
    profile = mkdtempSync(join(tmpdir(), 'throughline-explorer-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 800 },
    });
  });
  after(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await api?.stop();
  });

  let headlineUrl;
  let headlineRoutes;

  test('finds Intel to projects in Xinjiang through Hikvision, widens to everything in Xinjiang to reach NetPosa, and shows a hop\'s quote in its article', async () => {
    const page = await openPage('/');
    await choose(page, 'from', 'Intel', 'Intel · organization');
    await choose(page, 'to', 'Project', 'any project');
    await choose(page, 'to', 'Xinjiang', 'everything in Xinjiang');
    let renders = await page.evaluate(() => window.explorer.renders);
    await page.click('#run');
    await settled(page, renders + 1);

    const projects = await routes(page);
    assert.ok(projects.some((r) => r.includes('Hikvision')), projects.join('\n'));
    const expected = await graphql(`{ paths(from: {ids: ["org/intel"]}, to: {kinds: [PROJECT], locatedIn: ["place/xinjiang"]}) { totalCount } }`);
    assert.match(await page.locator('#routes h2').innerText(), new RegExp(`^${expected.paths.totalCount} routes?`));
    let drawn = await page.evaluate(() => window.explorer.nodes());
    for (const id of ['org/intel', 'org/hikvision', 'place/xinjiang']) assert.ok(drawn.includes(id), `${id} is not drawn: ${drawn}`);

    // NetPosa's Xinjiang work is stated as operating there and supplying the police, not as a project.
    renders = await page.evaluate(() => window.explorer.renders);
    await page.click('button[aria-label="Remove any project"]');
    await settled(page, renders + 1);
    headlineRoutes = await routes(page);
    assert.ok(headlineRoutes.some((r) => r.includes('Hikvision')), headlineRoutes.join('\n'));
    assert.ok(headlineRoutes.some((r) => r.includes('NetPosa')), headlineRoutes.join('\n'));
    drawn = await page.evaluate(() => window.explorer.nodes());
    assert.ok(drawn.includes('org/netposa'), `org/netposa is not drawn: ${drawn}`);

    const intel = await graphql(`{ entity(id: "org/intel") { relations(direction: OUTGOING) { id to { id } } } }`);
    const supply = intel.entity.relations.find((r) => r.to.id === 'org/netposa');
    assert.ok(supply, 'the seed data has an Intel → NetPosa relation');
    const point = await page.evaluate((id) => window.explorer.edgePoint(id), supply.id);
    assert.ok(point, `the Intel → NetPosa edge ${supply.id} is drawn`);
    const before = await page.evaluate(() => window.explorer.renders);
    await page.mouse.click(point.x, point.y);
    await settled(page, before + 1).catch(async (error) => { await shot(page, 'explorer-edge-click-failed.png'); throw error; });
    assert.match(page.url(), new RegExp(`select=${supply.id}`));
    const panel = page.locator('#evidence');
    await panel.waitFor({ state: 'visible' });
    assert.match(await panel.locator('h2').innerText(), /Intel → NetPosa/);
    const quote = await panel.locator('mark').first().innerText();
    const relation = await graphql(`query($id: ID!) { relation(id: $id) { evidence { quote article { id text } } } }`, { id: supply.id });
    const article = relation.relation.evidence.find((e) => e.article.text?.includes(quote));
    assert.ok(quote.length > 20 && article, `the highlighted quote is in its article's text: ${quote}`);
    assert.ok((await panel.locator('.source').first().innerText()).length > 0, 'the quote names its article');
    const file = await shot(page, 'explorer-headline-evidence.png');
    if (process.env.THROUGHLINE_UPDATE_SCREENSHOT === '1') copyFileSync(file, join(repoRoot, 'docs', 'images', 'explorer.png'));
    headlineUrl = page.url().replace(/&?select=[^&]*/, '');
    await page.close();
  });

  test('as of 2017 the Intel Capital routes are gone and the chip supply stays', async () => {
    const page = await openPage(new URL(headlineUrl).search ? `/${new URL(headlineUrl).search}` : '/');
    assert.ok((await routes(page)).some((r) => r.includes('Intel Capital')), 'the routes include Intel Capital before 2017');
    const renders = await page.evaluate(() => window.explorer.renders);
    await page.fill('#opt-asof', '2017');
    await page.press('#opt-asof', 'Enter');
    await settled(page, renders + 1);
    const later = await routes(page);
    assert.ok(later.length > 0, 'some routes remain as of 2017');
    assert.ok(!later.some((r) => r.includes('Intel Capital')), later.join('\n'));
    assert.ok(later.some((r) => r.includes('NetPosa')), later.join('\n'));
    assert.match(page.url(), /asOf=2017/);
    await shot(page, 'explorer-as-of-2017.png');
    await page.close();
  });

  test('a shared URL opened in a new page reproduces the same routes', async () => {
    const page = await openPage(`/${new URL(headlineUrl).search}`);
    assert.deepEqual(await routes(page), headlineRoutes);
    await page.close();
  });

  test('a misspelt name gets "did you mean" suggestions', async () => {
    const page = await openPage('/');
    await page.fill('#from', 'Intell');
    const list = page.locator('#from-list');
    await list.locator('.heading').waitFor({ timeout: 10_000 });
    assert.match(await list.locator('.heading').innerText(), /Did you mean/);
    assert.equal(await list.locator('[role=option]').first().innerText(), 'Intel · organization');
    await page.close();

    const typed = await openPage('/?from=Intell&toKind=PROJECT&in=place%2Fxinjiang');
    assert.match(await typed.locator('#routes .suggestion').innerText(), /No entity is named “Intell”\. Did you mean Intel\?/);
    await typed.close();
  });

  test('an error from the API is shown as a readable message', async () => {
    const page = await openPage('/?from=org%2Fintel&toKind=PROJECT&hops=9');
    const error = page.locator('#error');
    await error.waitFor({ state: 'visible' });
    const text = await error.innerText();
    assert.match(text, /^The query failed: /);
    assert.match(text, /9/);
    assert.doesNotMatch(text, /Exception|at Throughline\./);
    await shot(page, 'explorer-error.png');
    await page.close();
  });

  test('is readable on a narrow window', async () => {
    const page = await openPage(`/${new URL(headlineUrl).search}`, { width: 420, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    await shot(page, 'explorer-narrow.png');
    await page.close();
  });

  test('loaded nothing from another host and logged no console error', () => {
    assert.ok(requested.length > 0);
    const origin = new URL(api.url).origin;
    const foreign = requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
    assert.deepEqual(foreign, []);
    assert.deepEqual(problems, []);
  });
});
