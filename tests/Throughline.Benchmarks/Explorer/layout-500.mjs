// How long the explorer takes to draw and lay out a 500-entity neighbourhood, in real headless Chromium against the
// real API on 127.0.0.1. Generates a synthetic graph (throughline bench-data), serves it, opens
// /?expand=<hub>&ndepth=2&nmax=500 several times and reports the median of the page's own measurement
// (window.explorer.lastLayoutMs: from building the elements to the first frame after the dagre layout), with the
// seed graph's headline routes measured in the same run as the baseline, and the neighbourhood forced through dagre
// (layout=dagre) as a second baseline.
//   node tests/Throughline.Benchmarks/Explorer/layout-500.mjs [runs]   (after dotnet build -c Release and npm ci in tests/conformance)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, startApi } from '../../conformance/api-server.mjs';

const { chromium } = createRequire(join(repoRoot, 'tests', 'conformance', 'package.json'))('playwright-core');
const runs = Number(process.argv[2] ?? 7);
const work = mkdtempSync(join(tmpdir(), 'throughline-explorer-layout-'));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

const cli = join(repoRoot, 'src', 'Throughline.Cli', 'bin', 'Release', 'net10.0', 'throughline.dll');
const generated = spawnSync('dotnet', [cli, 'bench-data', '--entities', '5000', '--relations', '25000', '--out', join(work, 'seed')], { encoding: 'utf8' });
if (generated.status !== 0) throw new Error(`bench-data failed:\n${generated.stdout}${generated.stderr}`);

async function measure(api, path, count) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  const times = [];
  const sinceNavigation = [];
  let nodes = 0;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    for (let i = 0; i < count; i++) {
      await page.goto(`${api.url}${path}`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.explorer?.ready && window.explorer.renders >= 1, null, { timeout: 60_000 });
      const error = await page.locator('#error').isVisible();
      if (error) throw new Error(await page.locator('#error').innerText());
      times.push(await page.evaluate(() => window.explorer.lastLayoutMs));
      sinceNavigation.push(await page.evaluate(() => performance.now())); // includes loading the page and the API's answers
      nodes = await page.evaluate(() => window.explorer.nodes().length);
    }
  } finally {
    await browser.close();
  }
  return { median: median(times), times: times.map(Math.round), medianSinceNavigation: Math.round(median(sinceNavigation)), nodes };
}

const seeded = await startApi();
const big = await startApi({ THROUGHLINE_SEED_DATA: join(work, 'seed') });
try {
  // The first entity whose depth-2 neighbourhood reaches the cap of 500.
  const hubs = await (await fetch(`${big.url}/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: '{ entities(first: 50) { edges { node { id } } } }' }) })).json();
  let hub = null;
  for (const { node } of hubs.data.entities.edges) {
    const answer = await (await fetch(`${big.url}/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: 'query($id: ID!) { neighborhood(id: $id, depth: 2, maxEntities: 500) { entities { id } } }', variables: { id: node.id } }) })).json();
    if (answer.data.neighborhood.entities.length === 500) { hub = node.id; break; }
  }
  if (!hub) throw new Error('no entity among the first 50 has a 500-entity neighbourhood at depth 2');
  const baseline = await measure(seeded, '/?from=org%2Fintel&toKind=PROJECT&in=place%2Fxinjiang', runs);
  const neighbourhood = await measure(big, `/?expand=${encodeURIComponent(hub)}&ndepth=2&nmax=500`, runs);
  // The same picture forced through dagre, the layout routes get (and that large pictures had before), in the same run.
  const dagre = await measure(big, `/?expand=${encodeURIComponent(hub)}&ndepth=2&nmax=500&layout=dagre`, runs);
  console.log(JSON.stringify({ hub, runs, load: (await import('node:os')).loadavg().map((l) => +l.toFixed(1)), baseline, neighbourhood, dagre,
    ratio: +(neighbourhood.median / baseline.median).toFixed(1), dagreOverBreadthFirst: +(dagre.median / neighbourhood.median).toFixed(1) }, null, 1));
} finally {
  await big.stop();
  await seeded.stop();
  rmSync(work, { recursive: true, force: true });
}
