// The state module: the URL is the state. Every query choice lives in the query string, so a link reproduces the view.
import type { EntityFilter, EntityKind, PathOptions } from './api';

export interface State {
  from: string;            // an entity id (contains '/') or a name as typed
  toId: string;            // a target entity id or name, optional
  toKind: EntityKind | ''; // a target kind, optional
  toIn: string;            // everything located in this place (id or name), optional
  toCountry: string;       // ISO country code, optional
  hops: number;
  types: string[];         // empty = all
  asOf: string;            // PartialDate or ''
  denied: boolean;
  minConf: number;
  minSources: number;      // 0 = not asked for
  cursors: string[];       // the `after` cursors of the pages before this one (last = this page's after)
  select: string;          // selected relation id (evidence panel) or ''
  route: number;           // highlighted route index on the page, -1 none
  expand: string[];        // entities whose neighbourhood is added
  nmax: number;            // most entities per expanded neighbourhood
  ndepth: number;
  layout: string;          // '' = by size (dagre, breadth-first above LARGE_PICTURE), or 'dagre' / 'breadthfirst'
}

export const DEFAULTS: State = {
  from: '', toId: '', toKind: '', toIn: '', toCountry: '', hops: 4, types: [], asOf: '', denied: false, minConf: 0, minSources: 0,
  cursors: [], select: '', route: -1, expand: [], nmax: 60, ndepth: 1, layout: '',
};

function num(value: string | null, fallback: number): number {
  const n = value === null ? Number.NaN : Number(value);
  return Number.isFinite(n) ? n : fallback;
}

function list(value: string | null): string[] {
  return value ? value.split(',').map((s) => s.trim()).filter(Boolean) : [];
}

export function read(search: string = window.location.search): State {
  const q = new URLSearchParams(search);
  const kind = q.get('toKind') ?? '';
  return {
    from: q.get('from') ?? '',
    toId: q.get('to') ?? '',
    toKind: /^[A-Z_]+$/.test(kind) ? kind : '', // an unknown kind is the server's to reject, readably
    toIn: q.get('in') ?? '',
    toCountry: q.get('country') ?? '',
    hops: num(q.get('hops'), DEFAULTS.hops),
    types: list(q.get('types')),
    asOf: q.get('asOf') ?? '',
    denied: q.get('denied') === '1',
    minConf: num(q.get('minConf'), 0),
    minSources: num(q.get('minSources'), 0),
    cursors: q.getAll('after'),
    select: q.get('select') ?? '',
    route: num(q.get('route'), -1),
    expand: list(q.get('expand')),
    nmax: num(q.get('nmax'), DEFAULTS.nmax),
    ndepth: num(q.get('ndepth'), DEFAULTS.ndepth),
    layout: q.get('layout') === 'dagre' || q.get('layout') === 'breadthfirst' ? q.get('layout')! : '',
  };
}

export function toSearch(state: State): string {
  const q = new URLSearchParams();
  const put = (key: string, value: string | number | boolean, fallback: string | number | boolean) => {
    if (value !== fallback && value !== '') q.set(key, String(value === true ? 1 : value));
  };
  put('from', state.from, '');
  put('to', state.toId, '');
  put('toKind', state.toKind, '');
  put('in', state.toIn, '');
  put('country', state.toCountry, '');
  put('hops', state.hops, DEFAULTS.hops);
  if (state.types.length) q.set('types', state.types.join(','));
  put('asOf', state.asOf, '');
  put('denied', state.denied, false);
  put('minConf', state.minConf, 0);
  put('minSources', state.minSources, 0);
  for (const cursor of state.cursors) q.append('after', cursor);
  put('select', state.select, '');
  put('route', state.route, -1);
  if (state.expand.length) q.set('expand', state.expand.join(','));
  put('nmax', state.nmax, DEFAULTS.nmax);
  put('ndepth', state.ndepth, DEFAULTS.ndepth);
  put('layout', state.layout, '');
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** Replaces (or pushes) the URL with the state; the page re-renders from the URL, never from hidden variables. */
export function write(state: State, push = true): void {
  const url = `${window.location.pathname}${toSearch(state)}`;
  if (push) window.history.pushState(null, '', url); else window.history.replaceState(null, '', url);
}

const selectorOf = (value: string): EntityFilter => (value.includes('/') ? { ids: [value] } : { names: [value] });

export function hasQuery(state: State): boolean {
  return state.from !== '' && (state.toId !== '' || state.toKind !== '' || state.toIn !== '' || state.toCountry !== '');
}

export function fromFilter(state: State): EntityFilter { return selectorOf(state.from); }

export function toFilter(state: State): EntityFilter {
  const filter: EntityFilter = state.toId ? selectorOf(state.toId) : {};
  if (state.toKind) filter.kinds = [state.toKind];
  if (state.toIn) filter.locatedIn = [state.toIn];
  if (state.toCountry) filter.countries = [state.toCountry];
  return filter;
}

export function pathOptions(state: State, supported: Set<string>): PathOptions {
  const options: PathOptions = { maxHops: state.hops };
  if (state.types.length) options.relationTypes = state.types;
  if (state.asOf) options.asOf = state.asOf;
  if (state.denied) options.includeDenied = true;
  if (state.minConf > 0) options.minConfidence = state.minConf;
  if (state.minSources > 0 && supported.has('minIndependentSources')) options.minIndependentSources = state.minSources;
  return options;
}

/**
 * The /export/* link for what the page shows: the current page of routes (`/export/paths`, same filters and cursor)
 * or, with no route query, the one expanded neighbourhood (`/export/neighborhood`). Null when the export endpoints
 * cannot express the view (a country target or a minimum of independent sources, which they do not take yet).
 */
export function exportHref(state: State, format: string, pageSize: number): string | null {
  const q = new URLSearchParams({ format });
  const options = () => {
    if (state.types.length) q.set('relationTypes', state.types.join(','));
    if (state.asOf) q.set('asOf', state.asOf);
    if (state.minConf > 0) q.set('minConfidence', String(state.minConf));
    if (state.denied) q.set('includeDenied', 'true');
  };
  const selector = (end: string, value: string) => q.append(`${end}.${value.includes('/') ? 'ids' : 'names'}`, value);
  if (state.toCountry || state.minSources > 0) return null;
  if (hasQuery(state)) {
    selector('from', state.from);
    if (state.toId) selector('to', state.toId);
    if (state.toKind) q.set('to.kinds', state.toKind);
    if (state.toIn) q.set('to.locatedIn', state.toIn);
    q.set('maxHops', String(state.hops));
    options();
    q.set('first', String(pageSize));
    const after = state.cursors.at(-1);
    if (after) q.set('after', after);
    return `/export/paths?${q}`;
  }
  if (state.expand.length !== 1) return null;
  q.set('id', state.expand[0]);
  q.set('depth', String(state.ndepth));
  q.set('maxEntities', String(state.nmax));
  options();
  return `/export/neighborhood?${q}`;
}
