// The review page (GET /review): a reviewer lists stored drafts, reads a draft's article with every proposal's quote
// highlighted, and accepts, rejects or retypes each proposal through the API's draft mutations. Everything goes through
// this server's /graphql with the reviewer's API key; nothing is written until a proposal is accepted.
import { ApiError, capabilities, graphql, RELATION_TYPES } from './api';
import { byId, el, pretty } from './dom';
import './style.css';
import './review.css';

interface Quote { quote: string; start: number; end: number; stance: string; speaker: string | null; signal: string }
interface Candidate { entityId: string; name: string; score: number }
interface DraftEntity { id: string; name: string; kind: string; confidence: number; signal: string; state: string; sameAs: string | null; candidates: Candidate[] }
interface DraftRelation {
  id: string; type: string; from: string; to: string; status: string; confidence: number; signal: string; state: string;
  product: string | null; stakePercent: number | null; validFrom: string | null; validTo: string | null; evidence: Quote[];
}
interface Draft {
  id: string; revision: number; pending: number; createdAt: string;
  article: { id: string; title: string; outlet: string | null; published: string | null; text: string };
  entities: DraftEntity[]; relations: DraftRelation[];
}

const DRAFT = `id revision pending createdAt article { id title outlet published text }
  entities { id name kind confidence signal state sameAs candidates { entityId name score } }
  relations { id type from to status confidence signal state product stakePercent validFrom validTo
    evidence { quote start end stance speaker signal } }`;

const KEY = 'throughline.review.apiKey';
const state: { key: string; draft: Draft | null; names: Map<string, string>; types: string[] } = {
  key: sessionStorage.getItem(KEY) ?? '', draft: null, names: new Map(), types: [...RELATION_TYPES],
};

/** Test hooks: the page is wired up, and how many actions have finished. */
declare global { interface Window { review: { ready: boolean; actions: number } } }
window.review = { ready: false, actions: 0 };

const call = <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => graphql<T>(query, variables, state.key);

function show(error: unknown): void {
  const box = byId('error');
  box.hidden = error === null;
  box.textContent = error === null ? '' : error instanceof ApiError ? error.message : `Something went wrong: ${String(error)}`;
}

async function act(what: string, run: () => Promise<void>): Promise<void> {
  byId('status').textContent = what;
  show(null);
  try {
    await run();
    byId('status').textContent = '';
  } catch (e) {
    byId('status').textContent = '';
    show(e);
  } finally {
    window.review.actions++;
  }
}

async function loadDrafts(): Promise<void> {
  const data = await call<{ drafts: { id: string; pending: number; article: { title: string } }[] }>(
    '{ drafts { id pending article { title } } }');
  const list = byId('drafts');
  list.replaceChildren(data.drafts.length === 0
    ? el('p', {}, 'No drafts are stored. Draft an article with the draftClaims mutation or `throughline draft`.')
    : el('ul', {}, ...data.drafts.map((d) => el('li', {},
      el('button', { type: 'button', class: 'link', 'data-draft': d.id }, d.article.title),
      ` — ${d.pending} pending`))));
  list.querySelectorAll<HTMLButtonElement>('button[data-draft]').forEach((button) =>
    button.addEventListener('click', () => void act('Opening the draft…', () => openDraft(button.dataset.draft!))));
}

async function openDraft(id: string): Promise<void> {
  const data = await call<{ draft: Draft | null }>(`query($id: ID!) { draft(id: $id) { ${DRAFT} } }`, { id });
  if (!data.draft) throw new ApiError(`No draft has the id '${id}' any more.`, ['NOT_FOUND']);
  await render(data.draft);
}

/** Names for the ends: proposed entities by their proposal, existing ones from the graph. */
async function resolveNames(draft: Draft): Promise<void> {
  state.names = new Map(draft.entities.map((e) => [e.id, `${e.name} (new)`]));
  const known = [...new Set(draft.relations.flatMap((r) => [r.from, r.to]))].filter((id) => !state.names.has(id));
  if (known.length === 0) return;
  // One request: an aliased entity(id:) per end the graph already holds.
  const variables = Object.fromEntries(known.map((id, i) => [`i${i}`, id]));
  const data = await call<Record<string, { id: string; name: string } | null>>(
    `query(${known.map((_, i) => `$i${i}: ID!`).join(', ')}) { ${known.map((_, i) => `e${i}: entity(id: $i${i}) { id name }`).join(' ')} }`, variables);
  for (const entity of Object.values(data)) if (entity) state.names.set(entity.id, entity.name);
}

async function render(draft: Draft): Promise<void> {
  state.draft = draft;
  await resolveNames(draft);
  byId('draft').hidden = false;
  byId('draft-title').textContent = draft.article.title;
  byId('draft-meta').textContent = [draft.article.outlet, draft.article.published, `${draft.pending} pending`, `revision ${draft.revision}`]
    .filter(Boolean).join(' · ');
  renderArticle(draft);
  renderProposals(draft);
}

/** The article text with each relation proposal's quotes as <mark>s (text nodes only, offsets from the API). */
function renderArticle(draft: Draft): void {
  const text = draft.article.text;
  const spans = draft.relations.flatMap((r) => r.evidence.map((q) => ({ ...q, relation: r.id, state: r.state })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const article = byId('article');
  const parts: Node[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // a sentence quoted by several proposals is marked once, for the first
    parts.push(document.createTextNode(text.slice(at, span.start)));
    parts.push(el('mark', { class: `quote ${span.state.toLowerCase()}`, 'data-relation': span.relation }, text.slice(span.start, span.end)));
    at = span.end;
  }
  parts.push(document.createTextNode(text.slice(at)));
  article.replaceChildren(...parts);
}

function name(id: string): string {
  return state.names.get(id) ?? id;
}

function renderProposals(draft: Draft): void {
  const relations = draft.relations.map((r) => {
    const pending = r.state === 'PENDING';
    const select = el('select', { 'aria-label': `Type of ${r.id}` }, ...state.types.map((t) => {
      const option = el('option', { value: t }, pretty(t));
      option.selected = t === r.type;
      return option;
    }));
    select.disabled = !pending;
    select.addEventListener('change', () => void act('Changing the type…', () => review('editDraft', r.id, { type: select.value })));
    const facts = [r.product, r.stakePercent === null ? null : `${r.stakePercent}%`, r.validFrom && `from ${r.validFrom}`, r.validTo && `to ${r.validTo}`,
      r.status === 'REPORTED' ? null : pretty(r.status)].filter(Boolean).join(', ');
    return el('li', { class: `proposal ${r.state.toLowerCase()}`, 'data-proposal': r.id },
      el('div', { class: 'chain' }, `${name(r.from)} `, select, ` ${name(r.to)}`),
      facts ? el('div', { class: 'facts' }, facts) : null,
      el('div', { class: 'signal' }, `confidence ${r.confidence.toFixed(2)} · ${r.signal}`),
      ...r.evidence.map((q) => el('blockquote', {}, q.quote, q.speaker ? el('cite', {}, ` — ${q.speaker}`) : null)),
      buttons(r.id, r.state));
  });
  const entities = draft.entities.map((e) => el('li', { class: `proposal ${e.state.toLowerCase()}`, 'data-proposal': e.id },
    el('div', { class: 'chain' }, `${e.name} — ${pretty(e.kind)} (new entity)`),
    el('div', { class: 'signal' }, `confidence ${e.confidence.toFixed(2)} · ${e.signal}`),
    e.candidates.length ? el('div', { class: 'facts' }, 'may be: ', e.candidates.map((c) => `${c.name} (${c.score.toFixed(2)})`).join(', ')) : null,
    e.sameAs ? el('div', { class: 'facts' }, `same as ${e.sameAs}`) : null,
    buttons(e.id, e.state)));
  byId('proposals').replaceChildren(
    el('h3', {}, 'Relations'), el('ol', {}, ...relations),
    el('h3', {}, 'New entities'), entities.length ? el('ol', {}, ...entities) : el('p', {}, 'None: every name resolved to the graph.'));
  byId('proposals').querySelectorAll<HTMLLIElement>('li.proposal').forEach((item) => {
    const marks = () => byId('article').querySelectorAll(`mark[data-relation="${CSS.escape(item.dataset.proposal!)}"]`);
    item.addEventListener('mouseenter', () => marks().forEach((m) => m.classList.add('focus')));
    item.addEventListener('mouseleave', () => marks().forEach((m) => m.classList.remove('focus')));
  });
}

function buttons(proposal: string, current: string): HTMLElement {
  if (current !== 'PENDING') return el('div', { class: 'state' }, pretty(current));
  const accept = el('button', { type: 'button', class: 'accept' }, 'Accept');
  const reject = el('button', { type: 'button', class: 'reject' }, 'Reject');
  accept.addEventListener('click', () => void act('Accepting…', () => review('acceptDraft', proposal)));
  reject.addEventListener('click', () => void act('Rejecting…', () => review('rejectDraft', proposal)));
  return el('div', { class: 'buttons' }, accept, ' ', reject);
}

async function review(mutation: 'acceptDraft' | 'rejectDraft' | 'editDraft', proposal: string, edit?: Record<string, unknown>): Promise<void> {
  const id = state.draft!.id;
  const data = await call<Record<string, Draft>>(
    edit
      ? `mutation($id: ID!, $p: ID!, $edit: DraftEditInput!) { editDraft(id: $id, proposal: $p, edit: $edit) { ${DRAFT} } }`
      : `mutation($id: ID!, $p: ID!) { ${mutation}(id: $id, proposal: $p) { ${DRAFT} } }`,
    edit ? { id, p: proposal, edit } : { id, p: proposal });
  await render(data[mutation]);
  await loadDrafts();
}

byId<HTMLInputElement>('api-key').value = state.key;
byId('key-form').addEventListener('submit', (event) => {
  event.preventDefault();
  state.key = byId<HTMLInputElement>('api-key').value.trim();
  sessionStorage.setItem(KEY, state.key);
  void act('Loading drafts…', loadDrafts);
});
// The server's own relation types (introspection is public); the built-in list if that fails.
void capabilities().then((c) => { state.types = c.relationTypes; }, () => undefined).finally(() => { window.review.ready = true; });
