// Wires the modules: the URL (state) drives everything; a change of choice writes the URL and re-renders from it.
import './style.css';
import { ApiError, type Capabilities, ENTITY_KINDS, RELATION_TYPES, type GraphSpan, type PathPage, type Subgraph, capabilities, entitiesById, graphSpan, neighborhood, paths } from './api';
import { byId, el, pretty } from './dom';
import { showEvidence } from './evidence';
import { type Choice, createFind, describe, showSuggestions } from './find';
import { createDrawing, exportPng, exportSvg, KIND_COLOURS } from './graph';
import { type State, exportHref, fromFilter, hasQuery, pathOptions, read, toFilter, write } from './state';

const PAGE_SIZE = 10;
const errorBox = byId('error');
const status = byId('status');
const routesBox = byId('routes');
const panel = byId('evidence');

// Read-only hooks for tests and measurements: what is drawn, where, and how long the last layout took.
interface ExplorerHooks { ready: boolean; lastLayoutMs: number; renders: number; nodes(): string[]; edges(): string[]; selected(): string[]; edgePoint(relationId: string): { x: number; y: number } | null }
declare global { interface Window { explorer: ExplorerHooks } }

let state: State = read();
let caps: Capabilities = { evidence: new Set(), evidenceArticles: new Set(), hop: new Set(), pathOptions: new Set(), kinds: [...ENTITY_KINDS], relationTypes: [...RELATION_TYPES] };
let page: PathPage | null = null;

function showError(error: unknown): void {
  const message = error instanceof ApiError ? error.message : error instanceof Error ? error.message : String(error);
  errorBox.hidden = false;
  errorBox.replaceChildren(el('strong', {}, 'The query failed: '), message);
}

function change(update: Partial<State>, options: { keepPage?: boolean } = {}): void {
  state = { ...state, ...update };
  if (!options.keepPage) state = { ...state, cursors: [], route: -1 };
  write(state);
  void render();
}

const drawing = createDrawing(byId('graph'), {
  edge: (id) => change({ select: id }, { keepPage: true }),
  expand: (id) => { if (!state.expand.includes(id)) change({ expand: [...state.expand, id] }, { keepPage: true }); },
});

window.explorer = {
  ready: false, lastLayoutMs: 0, renders: 0,
  nodes: () => drawing.cy.nodes().map((n) => n.id()),
  edges: () => drawing.cy.edges('[relation]').map((e) => e.data('relation') as string),
  selected: () => drawing.cy.$(':selected').map((e) => (e.isNode() ? e.id() : (e.data('relation') as string))),
  edgePoint: (relationId) => {
    const edge = drawing.cy.getElementById(`r:${relationId}`);
    if (edge.empty()) return null;
    // A third of the way along, away from the label at the middle and the nodes at the ends.
    const [from, to] = [edge.renderedSourceEndpoint(), edge.renderedTargetEndpoint()];
    const point = { x: from.x + (to.x - from.x) / 3, y: from.y + (to.y - from.y) / 3 };
    const box = byId('graph').getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  },
};

// ---- Find -------------------------------------------------------------------------------------------------------
const fromBox = createFind(byId('from-field'), {
  id: 'from', label: 'From', target: false, kinds: () => caps.kinds, countries: () => span.countries,
  onChoose: (choice) => { if (choice.type === 'entity') change({ from: choice.entity.id }); },
  onText: (text) => { state = { ...state, from: text }; },
});
createFind(byId('to-field'), {
  id: 'to', label: 'To', target: true, kinds: () => caps.kinds, countries: () => span.countries,
  onChoose: (choice: Choice) => {
    switch (choice.type) {
      case 'entity': change({ toId: choice.entity.id }); break;
      case 'kind': change({ toKind: choice.kind }); break;
      case 'place': change({ toIn: choice.entity.id }); break;
      case 'country': change({ toCountry: choice.code }); break;
    }
  },
  onText: () => undefined,
});

async function renderChips(): Promise<void> {
  const chips = byId('to-chips');
  const known = await entitiesById([state.from, state.toId, state.toIn].filter((v) => v.includes('/'))).catch(() => []);
  const name = (id: string) => known.find((e) => e.id === id)?.name ?? id;
  fromBox.setText(state.from ? name(state.from) : '');
  const chip = (text: string, clear: Partial<State>) => {
    const remove = el('button', { type: 'button', 'aria-label': `Remove ${text}` }, '×');
    remove.addEventListener('click', () => change(clear));
    return el('span', { class: 'chip' }, text, remove);
  };
  chips.replaceChildren(
    ...(state.toId ? [chip(name(state.toId), { toId: '' })] : []),
    ...(state.toKind ? [chip(describe({ type: 'kind', kind: state.toKind }), { toKind: '' })] : []),
    ...(state.toIn ? [chip(`in ${name(state.toIn)}`, { toIn: '' })] : []),
    ...(state.toCountry ? [chip(`country ${state.toCountry}`, { toCountry: '' })] : []));
}

// ---- Options ----------------------------------------------------------------------------------------------------
function buildOptions(years: GraphSpan['years']): void {
  const body = byId('options-body');
  const hops = el('select', { id: 'opt-hops' }, ...[1, 2, 3, 4, 5, 6].map((n) => el('option', { value: String(n) }, String(n))));
  hops.value = String(state.hops);
  hops.addEventListener('change', () => change({ hops: Number(hops.value) }));

  // The years the graph spans, from the API; one step past the last is "any time".
  const low = years?.first ?? new Date().getFullYear() - 20;
  const high = years?.last ?? new Date().getFullYear();
  const slider = el('input', { id: 'opt-asof-range', type: 'range', min: String(low), max: String(high + 1), step: '1', 'aria-label': 'As of year (rightmost: any time)' });
  const asOf = el('input', { id: 'opt-asof', type: 'text', placeholder: 'any time (e.g. 2017, 2016-03)', size: '14', inputmode: 'numeric' });
  const syncAsOf = () => { asOf.value = state.asOf; slider.value = state.asOf ? String(Number.parseInt(state.asOf, 10)) : String(high + 1); };
  syncAsOf();
  slider.addEventListener('change', () => change({ asOf: Number(slider.value) > high ? '' : slider.value }));
  asOf.addEventListener('change', () => change({ asOf: asOf.value.trim() }));

  const denied = el('input', { id: 'opt-denied', type: 'checkbox' });
  denied.checked = state.denied;
  denied.addEventListener('change', () => change({ denied: denied.checked }));
  const minConf = el('input', { id: 'opt-minconf', type: 'number', min: '0', max: '1', step: '0.05', value: String(state.minConf) });
  minConf.addEventListener('change', () => change({ minConf: Number(minConf.value) || 0 }));
  const supportsSources = caps.pathOptions.has('minIndependentSources');
  const minSources = el('input', { id: 'opt-minsources', type: 'number', min: '0', max: '20', step: '1', value: String(state.minSources) });
  if (!supportsSources) { minSources.disabled = true; minSources.title = 'This server does not offer minIndependentSources yet.'; }
  minSources.addEventListener('change', () => change({ minSources: Number(minSources.value) || 0 }));

  const types = el('fieldset', { class: 'types' }, el('legend', {}, 'Relation types (none ticked: all)'),
    ...caps.relationTypes.map((type) => {
      const box = el('input', { type: 'checkbox', id: `type-${type}`, value: type });
      box.checked = state.types.includes(type);
      box.addEventListener('change', () => change({ types: caps.relationTypes.filter((t) => (byId<HTMLInputElement>(`type-${t}`)).checked) }));
      return el('label', { for: `type-${type}` }, box, pretty(type));
    }));
  body.replaceChildren(
    el('label', { for: 'opt-hops' }, 'Max hops ', hops),
    el('span', { class: 'asof' }, el('label', { for: 'opt-asof' }, 'As of '), slider, asOf),
    el('label', { for: 'opt-denied' }, denied, ' include denied / retracted'),
    el('label', { for: 'opt-minconf' }, 'Min confidence ', minConf),
    el('label', { for: 'opt-minsources' }, 'Min independent sources ', minSources, supportsSources ? null : el('small', {}, ' (not offered by this server yet)')),
    types);
}

/** Puts the state's values into the option controls (after back/forward, or a change made elsewhere). */
function syncOptions(): void {
  const value = (id: string) => document.getElementById(id) as HTMLInputElement | null;
  const set = (id: string, v: string) => { const input = value(id); if (input && document.activeElement !== input) input.value = v; };
  set('opt-hops', String(state.hops));
  set('opt-asof', state.asOf);
  const slider = value('opt-asof-range');
  if (slider) slider.value = state.asOf ? String(Number.parseInt(state.asOf, 10)) : slider.max;
  set('opt-minconf', String(state.minConf));
  set('opt-minsources', String(state.minSources));
  const denied = value('opt-denied');
  if (denied) denied.checked = state.denied;
  for (const type of caps.relationTypes) { const box = value(`type-${type}`); if (box) box.checked = state.types.includes(type); }
}

// ---- Routes -----------------------------------------------------------------------------------------------------
function renderRoutes(result: PathPage): void {
  const first = state.cursors.length * PAGE_SIZE;
  const names = new Map(result.subgraph.entities.map((e) => [e.id, e.name]));
  const heading = el('h2', {}, result.totalCount === 0 ? 'No routes' :
    `${result.totalCount} route${result.totalCount === 1 ? '' : 's'}${result.truncated ? ' (search cut short: more may exist)' : ''} · showing ${first + 1}–${first + result.edges.length}`);
  const list = el('ol', { class: 'route-list', start: String(first + 1) }, ...result.edges.map((edge, i) => {
    const path = edge.node;
    const chain = el('span', { class: 'chain' });
    path.entities.forEach((entity, j) => {
      if (j > 0) {
        const hop = path.hops[j - 1];
        const hopButton = el('button', { type: 'button', class: `hop${hop.disputed ? ' disputed' : ''}${hop.relations.some((r) => r.status === 'DENIED' || r.status === 'RETRACTED') ? ' denied' : ''}`,
          'aria-label': `Evidence for ${names.get(hop.from.id)} to ${names.get(hop.to.id)}` }, '→');
        hopButton.addEventListener('click', (event) => { event.stopPropagation(); change({ select: hop.relations[0].id, route: i }, { keepPage: true }); });
        chain.append(hopButton);
      }
      chain.append(el('span', { class: 'entity' }, entity.name));
    });
    const flags = [path.disputed ? 'disputed' : '', path.hops.some((h) => h.relations.some((r) => r.status === 'DENIED' || r.status === 'RETRACTED')) ? 'denied' : '',
      path.hops.some((h) => h.contested) ? 'contested' : ''].filter(Boolean);
    const item = el('li', { class: `route${state.route === i ? ' selected' : ''}` },
      el('button', { type: 'button', class: 'pick', 'aria-pressed': String(state.route === i) }, `${path.length} hop${path.length === 1 ? '' : 's'} · confidence ${path.confidence.toFixed(2)}`),
      flags.length ? el('span', { class: 'flags' }, flags.join(', ')) : null, chain);
    item.querySelector('.pick')!.addEventListener('click', () => change({ route: state.route === i ? -1 : i }, { keepPage: true }));
    return item;
  }));
  const pager = el('div', { class: 'pager' });
  if (state.cursors.length > 0) {
    const previous = el('button', { type: 'button', id: 'prev' }, '← Previous');
    previous.addEventListener('click', () => change({ cursors: state.cursors.slice(0, -1), route: -1, select: '' }, { keepPage: true }));
    pager.append(previous);
  }
  if (result.pageInfo.hasNextPage && result.pageInfo.endCursor) {
    const next = el('button', { type: 'button', id: 'next' }, 'Next →');
    const cursor = result.pageInfo.endCursor;
    next.addEventListener('click', () => change({ cursors: [...state.cursors, cursor], route: -1, select: '' }, { keepPage: true }));
    pager.append(next);
  }
  const messages = el('div', { class: 'messages' });
  for (const suggestion of result.suggestions) {
    const line = el('p', { class: 'suggestion' });
    showSuggestions(line, suggestion.name, suggestion.entities, (entity) => {
      if (suggestion.argument.startsWith('from')) change({ from: entity.id });
      else if (suggestion.argument === 'to.locatedIn') change({ toIn: entity.id });
      else change({ toId: entity.id });
    });
    messages.append(line);
  }
  if (result.suggestions.length === 0) for (const message of result.messages) messages.append(el('p', {}, message));
  routesBox.replaceChildren(heading, messages, list, pager);
}

function renderLegend(): void {
  byId('legend').replaceChildren(
    ...Object.entries(KIND_COLOURS).map(([kind, colour]) => el('span', { class: 'key' }, el('i', { style: `background:${colour}` }), pretty(kind))),
    el('span', { class: 'key' }, el('b', { class: 'line dashed' }), 'disputed'),
    el('span', { class: 'key' }, el('b', { class: 'line red' }), 'denied'),
    el('span', { class: 'key' }, el('b', { class: 'line dotted' }), 'placement'),
    el('span', { class: 'key' }, 'width: independent sources'));
}

/** Points the data-export link at /export/* for the current view, in the chosen format. */
function renderExportLink(): void {
  const link = byId<HTMLAnchorElement>('export-data');
  const href = exportHref(state, byId<HTMLSelectElement>('export-format').value, PAGE_SIZE);
  if (href) {
    link.href = href;
    link.removeAttribute('aria-disabled');
    link.title = 'The routes of this page (or the expanded neighbourhood) from the server\'s /export endpoint';
  } else {
    link.removeAttribute('href');
    link.setAttribute('aria-disabled', 'true');
    link.title = hasQuery(state) || state.expand.length ? 'The export endpoints cannot express a country target or a minimum of sources yet'
      : 'Find routes (or expand one entity) first';
  }
}

// ---- Render from the URL ----------------------------------------------------------------------------------------
async function render(): Promise<void> {
  errorBox.hidden = true;
  window.explorer.ready = false;
  try {
    syncOptions();
    renderExportLink();
    await renderChips();
    let routes: Subgraph | undefined;
    let placement: Subgraph | undefined;
    if (hasQuery(state)) {
      status.textContent = 'Finding routes…';
      page = await paths(fromFilter(state), toFilter(state), pathOptions(state, caps.pathOptions), PAGE_SIZE, state.cursors.at(-1) ?? null, caps);
      renderRoutes(page);
      routes = page.subgraph;
      placement = page.placement;
    } else {
      page = null;
      routesBox.replaceChildren(el('p', { class: 'intro' }, 'Choose where routes start (From) and where they end (To: an entity, a kind, “everything in” a place, or a country), then Find routes.'));
    }
    const options = pathOptions(state, caps.pathOptions);
    const extra = await Promise.all(state.expand.map((id) => neighborhood(id, state.ndepth, options, state.nmax)));
    status.textContent = page ? '' : state.expand.length ? `${extra.reduce((n, s) => n + s.entities.length, 0)} entities around ${state.expand.join(', ')}` : '';
    document.body.classList.toggle('evidence-open', Boolean(state.select));
    const ms = await drawing.draw({ routes, placement, extra, sources: page?.edges.map((e) => e.node.entities[0].id) ?? [], centres: state.expand, layout: state.layout });
    window.explorer.lastLayoutMs = ms;
    drawing.highlight(page && state.route >= 0 ? page.edges[state.route]?.node ?? null : null);
    if (state.select) {
      drawing.select(state.select);
      await showEvidence(panel, state.select, caps, () => change({ select: '' }, { keepPage: true }));
    } else {
      panel.hidden = true;
    }
  } catch (error) {
    status.textContent = '';
    showError(error);
  } finally {
    window.explorer.renders++;
    window.explorer.ready = true;
  }
}

// ---- Actions ----------------------------------------------------------------------------------------------------
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

byId<HTMLFormElement>('query').addEventListener('submit', (event) => {
  event.preventDefault();
  const typed = fromBox.input.value.trim();
  const from = state.from.includes('/') && typed !== '' ? state.from : typed;
  change({ from });
});
byId('share').addEventListener('click', async () => {
  const output = byId('share-url');
  output.hidden = false;
  output.textContent = window.location.href;
  try { await navigator.clipboard.writeText(window.location.href); output.textContent += ' (copied)'; } catch { /* the link is shown to copy by hand */ }
});
byId('export-png').addEventListener('click', () => download(exportPng(drawing.cy), 'throughline-routes.png'));
byId('export-svg').addEventListener('click', () => download(exportSvg(drawing.cy), 'throughline-routes.svg'));
byId('export-format').addEventListener('change', renderExportLink);
window.addEventListener('popstate', () => { state = read(); void render(); });

let span: GraphSpan = { years: null, countries: [] };
async function start(): Promise<void> {
  renderLegend();
  try {
    [caps, span] = await Promise.all([capabilities(), graphSpan()]);
  } catch (error) {
    showError(error);
  }
  buildOptions(span.years);
  await render();
}
void start();
