// Find: a combobox with autocomplete over names and aliases (kinds shown). For "to" it also offers kinds, "everything
// in <place>" and countries. A name that matches nothing gets "did you mean" suggestions from the API's lookup.
import { type CountryCount, type Entity, type EntityKind, lookup, searchEntities } from './api';
import { el, pretty } from './dom';

export type Choice =
  | { type: 'entity'; entity: Entity }
  | { type: 'kind'; kind: EntityKind }
  | { type: 'place'; entity: Entity }
  | { type: 'country'; code: string; count?: number };

export interface FindBox { input: HTMLInputElement; setText(text: string): void }

export function describe(choice: Choice): string {
  switch (choice.type) {
    case 'entity': return `${choice.entity.name} · ${pretty(choice.entity.kind)}`;
    case 'kind': return `any ${pretty(choice.kind)}`;
    case 'place': return `everything in ${choice.entity.name}`;
    case 'country': return `entities of country ${choice.code}${choice.count === undefined ? '' : ` (${choice.count})`}`;
  }
}

export function createFind(host: HTMLElement, options: { id: string; label: string; target: boolean; kinds(): string[]; countries(): CountryCount[]; onChoose(choice: Choice): void; onText(text: string): void }): FindBox {
  const listId = `${options.id}-list`;
  const input = el('input', {
    id: options.id, type: 'text', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId,
    placeholder: options.target ? 'entity, kind, place or country code' : 'a name or alias, e.g. Intel',
  });
  const list = el('ul', { id: listId, role: 'listbox', class: 'suggest', hidden: '' });
  const hint = el('div', { class: 'hint', id: `${options.id}-hint`, 'aria-live': 'polite' });
  host.append(el('label', { for: options.id }, options.label), input, list, hint);
  let choices: Choice[] = [];
  let active = -1;
  let generation = 0;

  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); active = -1; input.removeAttribute('aria-activedescendant'); };
  const choose = (choice: Choice) => {
    close();
    hint.textContent = '';
    input.value = choice.type === 'entity' || choice.type === 'place' ? choice.entity.name : '';
    options.onChoose(choice);
  };
  const render = (heading: string | null) => {
    list.replaceChildren(...(heading ? [el('li', { class: 'heading', role: 'presentation' }, heading)] : []),
      ...choices.map((choice, i) => {
        const item = el('li', { id: `${listId}-${i}`, role: 'option', 'aria-selected': String(i === active), class: `kind-${choice.type === 'entity' || choice.type === 'place' ? choice.entity.kind : choice.type}` },
          describe(choice));
        item.addEventListener('mousedown', (event) => { event.preventDefault(); choose(choice); });
        return item;
      }));
    list.hidden = choices.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
  };

  const update = async () => {
    const text = input.value.trim();
    const mine = ++generation;
    if (text.length === 0) { choices = []; render(null); return; }
    const found = await searchEntities(text, 8);
    if (mine !== generation) return;
    choices = [];
    if (options.target) {
      for (const kind of options.kinds()) if (pretty(kind).startsWith(text.toLowerCase()) || `${pretty(kind)}s` === text.toLowerCase()) choices.push({ type: 'kind', kind });
      // The countries the graph's entities are in (Stats.entitiesByCountry), whose code starts with what was typed.
      if (/^[A-Za-z]{1,2}$/.test(text)) {
        for (const { country, count } of options.countries().filter((c) => c.country.startsWith(text.toUpperCase())).slice(0, 4)) {
          choices.push({ type: 'country', code: country, count });
        }
      }
    }
    for (const entity of found) {
      if (options.target && entity.kind === 'PLACE') choices.push({ type: 'place', entity });
      choices.push({ type: 'entity', entity });
    }
    let heading: string | null = null;
    // Substring hits alone ("Intell" inside "artificial intelligence") do not mean the name was spelt right.
    const lower = text.toLowerCase();
    if (!found.some((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase().startsWith(lower)))) {
      const answer = await lookup(text);
      if (mine !== generation) return;
      const known = new Set(answer.suggestions.map((e) => e.id));
      choices = [...answer.suggestions.map((entity): Choice => ({ type: 'entity', entity })),
        ...choices.filter((c) => !((c.type === 'entity' || c.type === 'place') && known.has(c.entity.id)))];
      heading = answer.suggestions.length ? `No entity is named “${text}”. Did you mean:` : null;
      hint.textContent = answer.suggestions.length || choices.length ? '' : `No entity is named “${text}”.`;
    } else {
      hint.textContent = '';
    }
    active = -1;
    render(heading);
  };

  let timer = 0;
  input.addEventListener('input', () => {
    options.onText(input.value.trim());
    window.clearTimeout(timer);
    timer = window.setTimeout(() => { update().catch((e) => { hint.textContent = String(e.message ?? e); }); }, 120);
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + choices.length) % choices.length;
      render(list.querySelector('.heading')?.textContent ?? null);
      event.preventDefault();
    } else if (event.key === 'Enter' && active >= 0) {
      choose(choices[active]);
      event.preventDefault();
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 150));
  return { input, setText(text: string) { input.value = text; } };
}

/** Shows "did you mean" for a name the path query could not match, as buttons that pick the suggestion. */
export function showSuggestions(host: HTMLElement, name: string, entities: Entity[], pick: (entity: Entity) => void): void {
  host.replaceChildren(`No entity is named “${name}”. Did you mean `,
    ...entities.flatMap((entity, i) => {
      const button = el('button', { type: 'button', class: 'link' }, entity.name);
      button.addEventListener('click', () => pick(entity));
      return i === 0 ? [button] : [' or ', button];
    }), '?');
}
