// The evidence panel: a relation's facts and each quote with its article, shown inside its surrounding sentences.
import { articleText, type Capabilities, type Evidence, type RelationDetail, relationDetail } from './api';
import { el, pretty } from './dom';

const SENTENCE_END = /[.!?]["”’)]?\s+/g;

/** The quote with one sentence either side, from the article text and the quote's offsets. */
export function surrounding(text: string, start: number, end: number): { before: string; quote: string; after: string } {
  const ends: number[] = [];
  for (const match of text.matchAll(SENTENCE_END)) ends.push((match.index ?? 0) + match[0].length);
  const startsBefore = ends.filter((e) => e <= start);
  const from = startsBefore.length >= 2 ? startsBefore[startsBefore.length - 2] : 0;
  const endsAfter = ends.filter((e) => e > end);
  const to = endsAfter.length >= 2 ? endsAfter[1] : text.length;
  return { before: text.slice(from, start), quote: text.slice(start, end), after: text.slice(end, to) };
}

function fact(name: string, value: string | number | null | undefined): HTMLElement | null {
  return value === null || value === undefined || value === '' ? null : el('div', { class: 'fact' }, el('dt', {}, name), el('dd', {}, String(value)));
}

function dates(relation: RelationDetail): string {
  if (!relation.validFrom && !relation.validTo) return 'not stated';
  return `${relation.validFrom ?? '…'} – ${relation.validTo ?? 'ongoing'}`;
}

async function quoteBlock(evidence: Evidence, caps: Capabilities, texts: Map<string, Promise<string | null>>): Promise<HTMLElement> {
  const article = evidence.article;
  if (!texts.has(article.id)) texts.set(article.id, articleText(article.id));
  const text = await texts.get(article.id)!;
  const quote = el('blockquote', { class: 'quote' });
  if (text && evidence.end <= text.length && evidence.start < evidence.end) {
    const part = surrounding(text, evidence.start, evidence.end);
    quote.append(el('span', { class: 'context' }, part.before), el('mark', {}, part.quote), el('span', { class: 'context' }, part.after));
  } else {
    quote.append(el('mark', {}, evidence.quote));
  }
  const source = el('div', { class: 'source' },
    article.url ? el('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, article.title) : el('span', {}, article.title),
    article.outlet ? ` — ${article.outlet}` : '', article.published ? `, ${article.published}` : '');
  const meta = el('div', { class: 'meta' },
    caps.evidence.has('stance') && evidence.stance ? el('span', { class: `stance stance-${String(evidence.stance).toLowerCase()}` }, pretty(String(evidence.stance))) : null,
    caps.evidence.has('speaker') && evidence.speaker ? el('span', { class: 'speaker' }, `speaker: ${evidence.speaker}`) : null,
    evidence.origin && evidence.origin.id !== article.id ? el('span', { class: 'origin' }, `first published: ${evidence.origin.title}${evidence.origin.outlet ? ` (${evidence.origin.outlet})` : ''}`) : null);
  return el('li', { class: 'evidence-item' }, quote, source, meta);
}

export async function showEvidence(panel: HTMLElement, relationId: string, caps: Capabilities, onClose: () => void): Promise<RelationDetail | null> {
  panel.hidden = false;
  panel.replaceChildren(el('p', {}, 'Loading evidence…'));
  const relation = await relationDetail(relationId, caps);
  if (!relation) {
    panel.replaceChildren(el('p', {}, `No relation has the id ${relationId}.`));
    return null;
  }
  const texts = new Map<string, Promise<string | null>>();
  const items = await Promise.all(relation.evidence.map((e) => quoteBlock(e, caps, texts)));
  const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close the evidence panel' }, '×');
  close.addEventListener('click', onClose);
  panel.replaceChildren(
    close,
    el('h2', { id: 'evidence-title' }, `${relation.from.name} → ${relation.to.name}`),
    el('p', { class: 'rel-type' }, `${pretty(relation.type)} · `, el('span', { class: `status status-${relation.status.toLowerCase()}` }, pretty(relation.status))),
    el('dl', { class: 'facts' },
      fact('dates', dates(relation)),
      fact('stake', relation.stakePercent === null ? null : `${relation.stakePercent}%`),
      fact('amount', relation.amount ? `${relation.amount.value.toLocaleString('en')} ${relation.amount.currency}` : null),
      fact('product', relation.product),
      fact('confidence', relation.confidence.toFixed(2)),
      fact('independent sources', relation.independentSources),
      fact('note', relation.note),
      fact('relation id', relation.id)),
    el('h3', {}, `${relation.evidence.length} quote${relation.evidence.length === 1 ? '' : 's'}`),
    el('ol', { class: 'evidence-list' }, ...items));
  panel.focus();
  return relation;
}
