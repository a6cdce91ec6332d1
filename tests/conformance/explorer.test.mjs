// The explorer page (GET /) in real headless Chromium against the real API on 127.0.0.1: find the headline routes,
// see them listed and drawn, read a hop's evidence, change "as of", share the URL, misspell a name, hit an API error,
// export the picture (PNG, SVG) and the data (/export/*), page with the API's cursors, and do it all from the keyboard.
// Every page must load only from this server and log no console error. Screenshots go to $THROUGHLINE_ARTIFACTS
// (default: a temp folder), and the headline one also to docs/images/explorer.png when THROUGHLINE_UPDATE_SCREENSHOT=1.
// Skipped (with a message) only when /usr/bin/chromium is absent.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { repoRoot, startApi } from './api-server.mjs';

const executablePath = '/usr/bin/chromium';
const skip = existsSync(executablePath) ? false : `${executablePath} is absent: install Debian's chromium (apt-get install -y chromium) to run the explorer tests`;
const apiKey = 'explorer-review-test-key';
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

  async function openPage(path = '/', viewport = { width: 1280, height: 800 }, ready = settled) {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    page.on('request', (request) => requested.push(request.url()));
    page.on('pageerror', (error) => problems.push(`page error: ${error}`));
    page.on('console', (message) => { if (message.type() === 'error') problems.push(`console error: ${message.text()}`); });
    const response = await page.goto(`${api.url}${path}`, { waitUntil: 'load' });
    assert.equal(response.status(), 200);
    await ready(page);
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
    api = await startApi({ THROUGHLINE_API_KEY: apiKey });
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
    // The picture gives way to the panel: nothing of the graph is drawn under it, and the selected hop is in view.
    const [graphBox, panelBox] = [await page.locator('#graph').boundingBox(), await panel.boundingBox()];
    assert.ok(graphBox.x + graphBox.width <= panelBox.x, `the graph (right edge ${graphBox.x + graphBox.width}) runs under the evidence panel (left edge ${panelBox.x})`);
    const shown = await page.evaluate((id) => window.explorer.edgePoint(id), supply.id);
    assert.ok(shown.x >= graphBox.x && shown.x <= graphBox.x + graphBox.width && shown.y >= graphBox.y && shown.y <= graphBox.y + graphBox.height,
      `the selected hop (${shown.x}, ${shown.y}) is outside the visible graph ${JSON.stringify(graphBox)}`);
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

  test('exports the picture as a PNG and an SVG that are valid images of the drawn graph', async () => {
    const page = await openPage(`/${new URL(headlineUrl).search}`);
    const drawn = await page.evaluate(() => window.explorer.nodes().length);
    assert.ok(drawn > 3, `the headline graph is drawn (${drawn} nodes)`);
    mkdirSync(artefacts, { recursive: true });
    const files = {};
    for (const [button, name] of [['#export-png', 'throughline-routes.png'], ['#export-svg', 'throughline-routes.svg']]) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      assert.equal(download.suggestedFilename(), name);
      files[name] = join(artefacts, `explorer-${name}`);
      await download.saveAs(files[name]);
    }
    const png = readFileSync(files['throughline-routes.png']);
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'the PNG signature');
    assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    assert.ok(width > 200 && height > 100, `the PNG is ${width}×${height}`);
    // The browser decodes the PNG and parses the SVG as XML: both are images, and the SVG names what is drawn.
    const svg = readFileSync(files['throughline-routes.svg'], 'utf8');
    const checked = await page.evaluate(async ({ png64, svgText }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png64}`;
      await image.decode();
      const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
      return { width: image.naturalWidth, root: doc.documentElement.nodeName, error: doc.querySelector('parsererror')?.textContent ?? null,
        text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' | '), paths: doc.querySelectorAll('path').length };
    }, { png64: png.toString('base64'), svgText: svg });
    assert.equal(checked.width, width);
    assert.equal(checked.error, null);
    assert.equal(checked.root, 'svg');
    assert.match(checked.text, /Intel/);
    assert.match(checked.text, /Hikvision/);
    assert.ok(checked.paths >= drawn, `the SVG draws the ${drawn} nodes and their edges (${checked.paths} paths)`);
    await page.close();
  });

  test('pages through the routes with the API\'s cursors, and back', async () => {
    // A query with more than one page of routes (the page shows 10): Intel to organisations, as few hops as that takes.
    let query = null;
    for (const hops of [2, 3, 4]) {
      const answer = await graphql(`{ paths(from: {ids: ["org/intel"]}, to: {kinds: [ORGANIZATION]}, options: {maxHops: ${hops}}, first: 10) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { entities { name } } } } }`);
      if (answer.paths.pageInfo.hasNextPage) { query = { hops, first: answer.paths }; break; }
    }
    assert.ok(query, 'some Intel → organisations query has more than 10 routes');
    const second = await graphql(`query($after: String) { paths(from: {ids: ["org/intel"]}, to: {kinds: [ORGANIZATION]}, options: {maxHops: ${query.hops}}, first: 10, after: $after) {
      edges { node { entities { name } } } } }`, { after: query.first.pageInfo.endCursor });
    const chains = (page) => page.edges.map((e) => e.node.entities.map((x) => x.name));
    const shown = async (page) => (await routes(page)).map((r) => r.split('→').map((n) => n.trim()));

    const page = await openPage(`/?from=org%2Fintel&toKind=ORGANIZATION&hops=${query.hops}`);
    assert.deepEqual(await shown(page), chains(query.first));
    assert.match(await page.locator('#routes h2').innerText(), new RegExp(`^${query.first.totalCount} routes · showing 1–10`));
    let renders = await page.evaluate(() => window.explorer.renders);
    await page.click('#next');
    await settled(page, renders + 1);
    assert.deepEqual(await shown(page), chains(second.paths));
    assert.equal(new URL(page.url()).searchParams.get('after'), query.first.pageInfo.endCursor);
    assert.match(await page.locator('#routes h2').innerText(), / · showing 11–/);
    assert.equal(await page.locator('#routes ol').getAttribute('start'), '11');
    // The second page's URL is a link to the second page.
    const shared = await openPage(`/${new URL(page.url()).search}`);
    assert.deepEqual(await shown(shared), chains(second.paths));
    await shared.close();
    renders = await page.evaluate(() => window.explorer.renders);
    await page.click('#prev');
    await settled(page, renders + 1);
    assert.deepEqual(await shown(page), chains(query.first));
    assert.equal(new URL(page.url()).searchParams.get('after'), null);
    await page.close();
  });

  test('can be used from the keyboard: tab reaches every control, arrows walk the graph, Enter opens evidence and expands a node', async () => {
    const page = await openPage(`/${new URL(headlineUrl).search}`);
    const reached = [];
    for (let i = 0; i < 250 && !reached.includes('graph'); i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.className || document.activeElement?.tagName));
    }
    for (const id of ['from', 'to', 'opt-hops', 'opt-asof-range', 'opt-asof', 'opt-denied', 'opt-minconf', 'run', 'share', 'export-png', 'export-svg', 'export-format', 'export-data', 'graph']) {
      assert.ok(reached.includes(id), `Tab reaches #${id}: ${reached.join(' ')}`);
    }
    assert.ok(reached.includes('pick'), `Tab reaches the routes: ${reached.join(' ')}`);

    // Down: the first edge; Enter opens its evidence, as a click does.
    await page.keyboard.press('ArrowDown');
    const [edge] = await page.evaluate(() => window.explorer.selected());
    assert.ok(edge && !edge.includes('/'), `an edge is selected: ${edge}`);
    let renders = await page.evaluate(() => window.explorer.renders);
    await page.keyboard.press('Enter');
    await settled(page, renders + 1);
    assert.equal(new URL(page.url()).searchParams.get('select'), edge);
    await page.locator('#evidence').waitFor({ state: 'visible' });
    await page.locator('#evidence mark').first().waitFor();

    // Right walks nodes left to right; Enter on a node is the double-click: its neighbourhood is added.
    await page.focus('#graph');
    const before = await page.evaluate(() => window.explorer.nodes());
    await page.keyboard.press('ArrowRight');
    const [node] = await page.evaluate(() => window.explorer.selected());
    assert.ok(before.includes(node), `a drawn node is selected: ${node}`);
    renders = await page.evaluate(() => window.explorer.renders);
    await page.keyboard.press('Enter');
    await settled(page, renders + 1);
    assert.deepEqual(new URL(page.url()).searchParams.get('expand')?.split(','), [node]);
    const around = await graphql('query($id: ID!) { neighborhood(id: $id, maxEntities: 60) { entities { id } } }', { id: node });
    const after = await page.evaluate(() => window.explorer.nodes());
    for (const { id } of around.neighborhood.entities) assert.ok(after.includes(id), `${id}, next to ${node}, is drawn after expanding it`);
    assert.ok(after.length > before.length, `expanding ${node} added entities (${before.length} → ${after.length})`);
    await page.close();
  });

  test('links the routes on the page to /export/paths with the same filters, and the export holds what is drawn', async () => {
    const page = await openPage(`/${new URL(headlineUrl).search}`);
    await page.selectOption('#export-format', 'cytoscape');
    const href = await page.locator('#export-data').getAttribute('href');
    assert.match(href, /^\/export\/paths\?format=cytoscape&/);
    const response = await fetch(`${api.url}${href}`);
    assert.equal(response.status, 200, await response.clone().text());
    assert.match(response.headers.get('content-type'), /^application\/json/);
    assert.match(response.headers.get('content-disposition'), /^attachment; filename="throughline-paths\.cyjs\.json"/);
    const exported = await response.json();
    const routeIds = await graphql(`{ paths(from: {ids: ["org/intel"]}, to: {locatedIn: ["place/xinjiang"]}, first: 10) { subgraph { entities { id } relations { id } } } }`);
    assert.deepEqual(exported.elements.nodes.map((n) => n.data.id).sort(), routeIds.paths.subgraph.entities.map((e) => e.id).sort());
    assert.deepEqual(exported.elements.edges.map((e) => e.data.id).sort(), routeIds.paths.subgraph.relations.map((r) => r.id).sort());
    const drawn = await page.evaluate(() => window.explorer.edges());
    for (const edge of exported.elements.edges) assert.ok(drawn.includes(edge.data.id), `${edge.data.id} is exported and drawn`);

    // A neighbourhood view links to /export/neighborhood; the GraphML it gives is what the API's neighborhood holds.
    const around = await openPage('/?expand=org%2Fnetposa&nmax=40');
    await around.selectOption('#export-format', 'graphml');
    const neighbourhood = await around.locator('#export-data').getAttribute('href');
    assert.match(neighbourhood, /^\/export\/neighborhood\?format=graphml&id=org%2Fnetposa&depth=1&maxEntities=40/);
    const graphml = await (await fetch(`${api.url}${neighbourhood}`)).text();
    const expected = await graphql('{ neighborhood(id: "org/netposa", maxEntities: 40) { entities { id } } }');
    const ids = [...graphml.matchAll(/<node id="([^"]+)"/g)].map((m) => m[1]).sort();
    assert.deepEqual(ids, expected.neighborhood.entities.map((e) => e.id).sort());
    await around.close();
    await page.close();
  });

  test('offers the countries the graph holds and an as-of slider over the years it spans, from the API', async () => {
    const { stats } = await graphql('{ stats { years { first last } entitiesByCountry { country count } } }');
    const page = await openPage('/');
    const slider = page.locator('#opt-asof-range');
    assert.equal(await slider.getAttribute('min'), String(stats.years.first));
    assert.equal(await slider.getAttribute('max'), String(stats.years.last + 1)); // the step past the last: any time
    await page.fill('#to', 'C');
    const options = page.locator('#to-list [role=option]', { hasText: 'entities of country' });
    await options.first().waitFor({ timeout: 10_000 });
    const offered = await options.allInnerTexts();
    const expected = stats.entitiesByCountry.filter((c) => c.country.startsWith('C')).slice(0, 4).map((c) => `entities of country ${c.country} (${c.count})`);
    assert.deepEqual(offered, expected);
    await page.close();
  });

  test('is readable on a narrow window', async () => {
    const page = await openPage(`/${new URL(headlineUrl).search}`, { width: 420, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    await shot(page, 'explorer-narrow.png');
    await page.close();
  });

  // Last but one: accepting writes to the graph the tests above read.
  test('reviews a drafted article: its quotes highlighted in the text; the accepted relation then routes, the rejected one is not in the graph', async () => {
    const article = [
      '---', 'title: "Camera maker Kestrel Optics supplies police in Karamay"', 'published: 2020-05-14', '---',
      'Intel has sold processors to Kestrel Optics Ltd., a camera maker based in Shenzhen.', '',
      'Kestrel Optics sold thermal cameras to the Karamay Public Security Bureau in March, according to procurement records.', '',
      'Intel did not respond to a request for comment.'].join('\n');
    const answer = await fetch(`${api.url}/graphql`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({
        query: 'mutation($text: String!) { draftClaims(input: { text: $text, outlet: "Test Wire", articleId: "kestrel-review" }) { id article { text } relations { id from to evidence { quote start end } } } }',
        variables: { text: article },
      }),
    }).then((r) => r.json());
    assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
    const draft = answer.data.draftClaims;
    const accepted = draft.relations.find((r) => r.from === 'org/intel');
    const rejected = draft.relations.find((r) => r !== accepted);
    assert.ok(accepted && rejected, `the drafter proposes an Intel relation and another one: ${JSON.stringify(draft.relations)}`);

    const page = await openPage('/review', { width: 1280, height: 800 }, (p) => p.waitForFunction(() => window.review?.ready, null, { timeout: 30_000 }));
    const actions = () => page.evaluate(() => window.review.actions);
    const after = async (n, run) => { await run(); await page.waitForFunction((k) => window.review.actions >= k, n, { timeout: 30_000 }); };
    await page.fill('#api-key', apiKey);
    await after((await actions()) + 1, () => page.click('#load'));
    await after((await actions()) + 1, () => page.click(`button[data-draft="${draft.id}"]`));
    assert.equal(await page.locator('#error').isVisible(), false, await page.locator('#error').innerText());
    // Each proposal's quote is marked in the article text, at the offsets the API gives.
    const marked = await page.locator(`mark[data-relation="${accepted.id}"]`).allInnerTexts();
    for (const quote of accepted.evidence) {
      assert.equal(draft.article.text.slice(quote.start, quote.end), quote.quote, 'the offsets index the article text');
      assert.ok(marked.includes(quote.quote), `"${quote.quote}" is not highlighted: ${JSON.stringify(marked)}`);
    }

    await after((await actions()) + 1, () => page.click(`li[data-proposal="${accepted.id}"] button.accept`));
    await after((await actions()) + 1, () => page.click(`li[data-proposal="${rejected.id}"] button.reject`));
    assert.equal(await page.locator('#error').isVisible(), false, await page.locator('#error').innerText());
    assert.match(await page.locator(`li[data-proposal="${accepted.id}"]`).getAttribute('class'), /accepted/);
    assert.match(await page.locator(`li[data-proposal="${rejected.id}"]`).getAttribute('class'), /rejected/);
    await shot(page, 'review-draft.png');
    if (process.env.THROUGHLINE_UPDATE_SCREENSHOT === '1') copyFileSync(join(artefacts, 'review-draft.png'), join(repoRoot, 'docs', 'images', 'review.png'));

    const graph = await graphql(`query($a: ID!, $r: ID!, $to: ID!) { a: relation(id: $a) { id } r: relation(id: $r) { id }
      paths(from: {ids: ["org/intel"]}, to: {ids: [$to]}, options: {maxHops: 1}) { totalCount } }`, { a: accepted.id, r: rejected.id, to: accepted.to });
    assert.equal(graph.a?.id, accepted.id);
    assert.equal(graph.r, null);
    assert.equal(graph.paths.totalCount, 1);
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
