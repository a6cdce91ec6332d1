// The exports, read by the tools their users use: networkx (GraphML, GEXF), graphology-graphml and graphology-gexf,
// cytoscape (headless), Graphviz dot, the FollowTheMoney model, Python's csv module. Each answer is compared with the
// API's own GraphQL answer for the same query, never with the export under test.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import cytoscape from 'cytoscape';
import { Model, defaultModel } from '@alephdata/followthemoney';
import { startApi } from '../conformance/api-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const headline = 'from.names=Intel&to.kinds=PROJECT&to.locatedIn=Xinjiang&maxHops=4&first=20';
const headlineGraphQL = `{
  paths(from: {names: ["Intel"]}, to: {kinds: [PROJECT], locatedIn: ["Xinjiang"]}, options: {maxHops: 4}, first: 20) {
    subgraph { ${'entities { id name kind aliases country description locatedIn { id } }'}
      relations { id type status confidence independentSources validFrom validTo stakePercent product note
        amount { value currency } from { id } to { id } evidence { quote start end article { id title url } } } }
  }
}`;

const tool = (name) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
const hasNetworkx = spawnSync('python3', ['-c', 'import networkx']).status === 0;
const hasDot = tool('dot');

/** GraphQL enum spelling and ours compared alike: GOVERNMENT_BODY = GovernmentBody. */
const norm = (value) => String(value).replaceAll('_', '').toLowerCase();
/** First and last day of a partial date, computed here from its text. */
const firstDay = (d) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const lastDay = (d) => {
  if (d.length === 10) return d;
  const [y, m] = d.split('-').map(Number);
  const month = m ?? 12;
  const days = new Date(Date.UTC(y, month, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(days).padStart(2, '0')}`;
};

describe('exports read by their tools', () => {
  let api;
  let work;
  let expected;
  let stats;

  const download = async (path) => {
    const response = await fetch(`${api.url}${path}`);
    assert.equal(response.status, 200, `${path}: ${response.status} ${await response.clone().text()}`);
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  };
  const saved = async (path, name) => {
    const { bytes } = await download(path);
    const file = join(work, name);
    writeFileSync(file, bytes);
    return file;
  };
  const graphql = async (query) => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = await response.json();
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data;
  };
  const networkx = (format, file) => JSON.parse(execFileSync('python3', [join(here, 'read_networkx.py'), format, file], { maxBuffer: 1 << 28 }));

  before(async () => {
    api = await startApi();
    work = mkdtempSync(join(tmpdir(), 'throughline-export-readers-'));
    expected = (await graphql(headlineGraphQL)).paths.subgraph;
    stats = (await graphql('{ stats { entities relations evidence } }')).stats;
    assert.ok(expected.relations.length > 5, 'the headline query finds routes');
  });
  after(async () => {
    await api?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** What networkx read, checked against the GraphQL subgraph: ids, counts and every attribute. */
  function assertSameAsApi(read, { gexfFile }) {
    assert.equal(read.directed, true);
    assert.deepEqual(Object.keys(read.nodes).sort(), expected.entities.map((e) => e.id).sort());
    for (const e of expected.entities) {
      const node = read.nodes[e.id];
      assert.equal(node.label, e.name, e.id);
      assert.equal(norm(node.kind), norm(e.kind), e.id);
      assert.equal(node.country, e.country ?? undefined, e.id);
      assert.equal(node.description, e.description ?? undefined, e.id);
      assert.equal(node.aliases, e.aliases.length ? e.aliases.join('; ') : undefined, e.id);
    }
    assert.equal(read.edges.length, expected.relations.length);
    const byId = new Map(read.edges.map((edge) => [edge.data.id, edge]));
    for (const r of expected.relations) {
      const edge = byId.get(r.id);
      assert.ok(edge, `edge ${r.id} is in the file`);
      assert.equal(edge.source, r.from.id);
      assert.equal(edge.target, r.to.id);
      const d = edge.data;
      assert.equal(d.type, r.type);
      assert.equal(norm(d.status), norm(r.status));
      assert.equal(d.confidence, r.confidence);
      assert.equal(typeof d.confidence, 'number', 'confidence is typed double');
      assert.equal(d.independentSources, r.independentSources);
      assert.equal(typeof d.independentSources, 'number', 'independentSources is typed int');
      assert.equal(d.validFrom, r.validFrom ?? undefined);
      assert.equal(d.validTo, r.validTo ?? undefined);
      assert.equal(d.stakePercent, r.stakePercent ?? undefined);
      assert.equal(d.product, r.product ?? undefined);
      assert.equal(d.note, r.note ?? undefined);
      assert.equal(d.amountValue, r.amount?.value ?? undefined);
      assert.equal(d.evidenceCount, r.evidence.length);
      // The API does not serve stance and origin yet; the export carries them (checked to be there).
      const evidence = JSON.parse(d.evidence);
      assert.deepEqual(evidence.map(({ article, quote, start, end }) => ({ article, quote, start, end })),
        r.evidence.map((x) => ({ article: x.article.id, quote: x.quote, start: x.start, end: x.end })));
      assert.ok(evidence.every((x) => typeof x.stance === 'string' && typeof x.origin === 'string'), r.id);
      if (gexfFile) {
        const spells = d.spells ?? [];
        if (r.validFrom || r.validTo) {
          assert.deepEqual(spells.map(([s, e]) => [s === 'None' ? null : s, e === 'None' ? null : e]),
            [[r.validFrom ? firstDay(r.validFrom) : null, r.validTo ? lastDay(r.validTo) : null]], r.id);
        } else {
          assert.deepEqual(spells, [], r.id);
        }
      }
    }
  }

  test('networkx reads the paths GraphML with the API answer’s nodes, edges and attributes', { skip: !hasNetworkx && 'python3-networkx is not installed' }, async () => {
    const file = await saved(`/export/paths?format=graphml&${headline}`, 'paths.graphml');
    assertSameAsApi(networkx('graphml', file), {});
  });

  test('networkx reads the paths GEXF with the same, and each dated relation as one spell', { skip: !hasNetworkx && 'python3-networkx is not installed' }, async () => {
    const file = await saved(`/export/paths?format=gexf&${headline}`, 'paths.gexf');
    assertSameAsApi(networkx('gexf', file), { gexfFile: true });
  });

  test('networkx reads the whole graph in both formats with the store’s counts', { skip: !hasNetworkx && 'python3-networkx is not installed' }, async () => {
    for (const format of ['graphml', 'gexf']) {
      const read = networkx(format, await saved(`/export/graph?format=${format}`, `graph.${format}`));
      assert.equal(Object.keys(read.nodes).length, stats.entities, format);
      assert.equal(read.edges.length, stats.relations, format);
    }
  });

  test('graphology-graphml and graphology-gexf parse the whole graph', async () => {
    const xml = (await download('/export/graph?format=graphml')).bytes.toString('utf8');
    const fromGraphml = graphml.parse(Graph, xml);
    assert.equal(fromGraphml.order, stats.entities);
    assert.equal(fromGraphml.size, stats.relations);
    const fromGexf = gexf.parse(Graph, (await download('/export/graph?format=gexf')).bytes.toString('utf8'));
    assert.equal(fromGexf.order, stats.entities);
    assert.equal(fromGexf.size, stats.relations);
    const edge = fromGexf.edges().find((e) => fromGexf.getEdgeAttribute(e, 'type') === 'OWNS');
    assert.equal(typeof fromGexf.getEdgeAttribute(edge, 'confidence'), 'number');
  });

  test('headless cytoscape loads the JSON with no warnings and the API answer’s elements', async () => {
    const json = JSON.parse((await download(`/export/paths?format=cytoscape&${headline}`)).bytes.toString('utf8'));
    const warnings = [];
    const original = console.warn;
    console.warn = (...args) => warnings.push(args.join(' '));
    let cy;
    try {
      cy = cytoscape({ headless: true, elements: json.elements });
      cy.add([]);
    } finally {
      console.warn = original;
    }
    assert.deepEqual(warnings, []);
    assert.deepEqual(cy.nodes().map((n) => n.id()).sort(), expected.entities.map((e) => e.id).sort());
    assert.equal(cy.edges().length, expected.relations.length);
    for (const r of expected.relations) {
      const edge = cy.getElementById(r.id);
      assert.equal(edge.source().id(), r.from.id);
      assert.deepEqual(edge.data('evidence').map((x) => x.quote), r.evidence.map((x) => x.quote));
    }
  });

  test('dot -Tsvg renders the paths DOT with one edge per relation', { skip: !hasDot && 'graphviz is not installed' }, async () => {
    const file = await saved(`/export/paths?format=dot&${headline}`, 'paths.dot');
    const svg = execFileSync('dot', ['-Tsvg', file], { maxBuffer: 1 << 26 }).toString('utf8');
    assert.match(svg, /<svg/);
    assert.equal((svg.match(/class="edge"/g) ?? []).length, expected.relations.length);
    assert.equal((svg.match(/class="node"/g) ?? []).length, expected.entities.length);
  });

  test('every FollowTheMoney entity of the whole graph validates against the FtM model', async () => {
    const model = new Model(defaultModel);
    const lines = (await download('/export/graph?format=ftm')).bytes.toString('utf8').split('\n').filter(Boolean);
    const entities = lines.map((line) => JSON.parse(line));
    const byId = new Map(entities.map((e) => [e.id, e]));
    assert.equal(byId.size, entities.length, 'ids are unique');
    const countries = model.types?.country?.values ?? model.getType?.('country')?.values;
    const problems = [];
    for (const raw of entities) {
      if (!/^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/.test(raw.id)) problems.push(`${raw.id}: not an FtM entity id`);
      let schema;
      try {
        schema = model.getSchema(raw.schema);
      } catch {
        problems.push(`${raw.id}: no schema ${raw.schema}`);
        continue;
      }
      if (schema.abstract) problems.push(`${raw.id}: ${raw.schema} is abstract`);
      const required = new Set([schema, ...schema.getParents()].flatMap((s) => s.required ?? []));
      for (const name of required) {
        if (!(raw.properties[name]?.length > 0)) problems.push(`${raw.id}: ${raw.schema} requires ${name}`);
      }
      for (const [name, values] of Object.entries(raw.properties)) {
        if (!schema.hasProperty(name)) {
          problems.push(`${raw.id}: ${raw.schema} has no property ${name}`);
          continue;
        }
        const property = schema.getProperty(name);
        for (const value of values) {
          if (typeof value !== 'string' || value.length === 0) problems.push(`${raw.id}.${name}: empty or not a string`);
          if (property.maxLength && value.length > property.maxLength) problems.push(`${raw.id}.${name}: longer than ${property.maxLength}`);
          switch (property.type.name) {
            case 'entity': {
              const target = byId.get(value);
              if (!target) problems.push(`${raw.id}.${name}: reference ${value} does not resolve`);
              else if (!model.getSchema(target.schema).isA(property.getRange())) {
                problems.push(`${raw.id}.${name}: ${value} is a ${target.schema}, not a ${property.getRange().name}`);
              }
              break;
            }
            case 'date':
              if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) problems.push(`${raw.id}.${name}: '${value}' is not a date`);
              break;
            case 'country':
              if (!countries?.has(value)) problems.push(`${raw.id}.${name}: '${value}' is not a country code`);
              break;
            case 'url':
              try { new URL(value); } catch { problems.push(`${raw.id}.${name}: '${value}' is not a URL`); }
              break;
            case 'number':
              if (!Number.isFinite(Number(value))) problems.push(`${raw.id}.${name}: '${value}' is not a number`);
              break;
            default:
              break;
          }
        }
      }
      model.getEntity(raw); // the library itself accepts it
    }
    assert.deepEqual(problems, []);
    const quotes = entities.filter((e) => e.schema === 'Documentation').length;
    assert.equal(quotes, stats.evidence, 'one Documentation per quote');
  });

  test('Python’s csv module reads the CSV zip back: headers as documented, every quote intact', async () => {
    const file = await saved('/export/graph?format=csv', 'graph.csv.zip');
    const tables = JSON.parse(execFileSync('python3', [join(here, 'read_csv.py'), file], { maxBuffer: 1 << 28 }));
    assert.deepEqual(Object.keys(tables).sort(), ['edges.csv', 'evidence.csv', 'nodes.csv']);
    assert.deepEqual(Object.keys(tables['nodes.csv'][0]).slice(0, 3), ['Id', 'Label', 'Type']);
    assert.deepEqual(Object.keys(tables['edges.csv'][0]).slice(0, 9), ['Id', 'Source', 'Target', 'From', 'To', 'Type', 'Direction', 'Label', 'Weight']);
    assert.equal(tables['nodes.csv'].length, stats.entities);
    assert.equal(tables['edges.csv'].length, stats.relations);
    assert.equal(tables['evidence.csv'].length, stats.evidence);
    const quotes = new Map(tables['evidence.csv'].map((row) => [`${row.relationId}#${row.index}`, row.quote]));
    for (const r of expected.relations) {
      r.evidence.forEach((x, i) => assert.equal(quotes.get(`${r.id}#${i}`), x.quote));
    }
    assert.ok(expected.relations.some((r) => r.evidence.some((x) => x.quote.includes(','))), 'some quote has a comma');
  });

  test('a bad format or filter is a 400 with every problem in a GraphQL-style body', async () => {
    const response = await fetch(`${api.url}/export/paths?format=pdf&from.names=Intel&to.kinds=PLANET&maxHop=3`);
    assert.equal(response.status, 400);
    const body = await response.json();
    const messages = body.errors.map((e) => e.message).join('\n');
    assert.match(messages, /format.*pdf/);
    assert.match(messages, /PLANET/);
    assert.match(messages, /maxHop/);
    assert.ok(body.errors.every((e) => e.extensions.code === 'BAD_USER_INPUT'));
    const limit = await fetch(`${api.url}/export/paths?format=dot&from.names=Intel&to.kinds=PROJECT&maxHops=7`);
    assert.equal(limit.status, 400);
    assert.equal((await limit.json()).errors[0].extensions.code, 'LIMIT_EXCEEDED');
  });

  test('countries and minIndependentSources filter an export as they filter the GraphQL field', async () => {
    const ids = (file) => {
      const elements = JSON.parse(file.toString('utf8')).elements;
      return { nodes: elements.nodes.map((n) => n.data.id).sort(), edges: elements.edges.map((e) => e.data.id).sort() };
    };
    const subgraph = async (args) => {
      const s = (await graphql(`{ paths(${args}, first: 50) { subgraph { entities { id } relations { id } } } }`)).paths.subgraph;
      return { nodes: s.entities.map((e) => e.id).sort(), edges: s.relations.map((r) => r.id).sort() };
    };
    const us = await subgraph('from: {kinds: [ORGANIZATION], countries: ["US"]}, to: {locatedIn: ["place/xinjiang"]}, options: {maxHops: 3}');
    assert.ok(us.edges.length > 0, 'US companies reach Xinjiang');
    const exported = ids((await download('/export/paths?format=cytoscape&from.kinds=ORGANIZATION&from.countries=US&to.locatedIn=place/xinjiang&maxHops=3&first=50')).bytes);
    assert.deepEqual(exported, us);
    const corroborated = await subgraph('from: {kinds: [ORGANIZATION], countries: ["US"]}, to: {locatedIn: ["place/xinjiang"]}, options: {maxHops: 3, minIndependentSources: 2}');
    assert.ok(corroborated.edges.length < us.edges.length, 'two independent sources leave fewer routes');
    assert.deepEqual(ids((await download('/export/paths?format=cytoscape&from.kinds=ORGANIZATION&from.countries=US&to.locatedIn=place/xinjiang&maxHops=3&first=50&minIndependentSources=2')).bytes), corroborated);
    const nobody = ids((await download('/export/paths?format=cytoscape&from.countries=ZZ&to.locatedIn=place/xinjiang')).bytes);
    assert.deepEqual(nobody, { nodes: [], edges: [] }, 'a country no entity has selects nothing');
  });

  test('downloads say what they are: content type and an attachment file name', async () => {
    const { response } = await download('/export/graph?format=csv');
    assert.equal(response.headers.get('content-type'), 'application/zip');
    assert.equal(response.headers.get('content-disposition'), 'attachment; filename="throughline-graph.csv.zip"');
    const gexfResponse = (await download(`/export/neighborhood?format=gexf&id=org/intel&depth=1`)).response;
    assert.equal(gexfResponse.headers.get('content-type'), 'application/gexf+xml; charset=utf-8');
  });
});
