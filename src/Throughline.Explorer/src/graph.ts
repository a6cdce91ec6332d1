// The drawing module: cytoscape, laid out left to right with dagre. Colour by entity kind, edge style by status,
// edge width by independent sources; placement context (why an end is "in Xinjiang") drawn dotted.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import svg from 'cytoscape-svg';
import type { Entity, Path, Relation, Subgraph } from './api';

cytoscape.use(dagre);
cytoscape.use(svg as unknown as cytoscape.Ext);

export const KIND_COLOURS: Record<string, string> = {
  ORGANIZATION: '#2f6fb0', PERSON: '#8e44ad', GOVERNMENT_BODY: '#b03a2e', PLACE: '#1e8449',
  PROJECT: '#d68910', PRODUCT: '#5d6d7e', SANCTIONS_LIST: '#17202a', EVENT: '#16a085',
};

export interface Drawing {
  cy: Core;
  /** Replaces the picture with routes + placement + expanded neighbourhoods, then lays it out; resolves when done. */
  draw(parts: { routes?: Subgraph; placement?: Subgraph; extra: Subgraph[]; sources: string[]; centres: string[]; layout: string }): Promise<number>;
  highlight(path: Path | null): void;
  select(relationId: string): void;
}

function label(entity: Entity): string {
  return entity.name.length > 34 ? `${entity.name.slice(0, 32)}…` : entity.name;
}

export function createDrawing(container: HTMLElement, handlers: { edge(id: string): void; expand(id: string): void }): Drawing {
  const cy = cytoscape({
    container,
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 3,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', label: 'data(label)', color: '#1b1b1b', 'font-size': 11, 'text-wrap': 'wrap',
        'text-max-width': '120px', 'text-valign': 'bottom', 'text-margin-y': 4, width: 22, height: 22, 'border-width': 2, 'border-color': '#fff',
        'min-zoomed-font-size': 6 } },
      { selector: 'node.source', style: { 'border-color': '#111', 'border-width': 3, width: 28, height: 28 } },
      { selector: 'node.context', style: { shape: 'round-rectangle', opacity: 0.85 } },
      { selector: 'edge', style: {
        width: 'data(width)', 'line-color': '#7f8c8d', 'target-arrow-color': '#7f8c8d', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, color: '#444', 'text-rotation': 'autorotate',
        'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': '1px', 'min-zoomed-font-size': 6 } },
      { selector: 'edge.disputed', style: { 'line-style': 'dashed' } },
      { selector: 'edge.denied', style: { 'line-color': '#c0392b', 'target-arrow-color': '#c0392b', color: '#c0392b' } },
      { selector: 'edge.placement', style: { 'line-style': 'dotted', 'line-color': '#1e8449', 'target-arrow-color': '#1e8449' } },
      { selector: 'edge.within', style: { 'line-style': 'dotted', 'line-color': '#a9cfb4', 'target-arrow-color': '#a9cfb4', label: 'within' } },
      { selector: '.faded', style: { opacity: 0.18 } },
      { selector: '.on-route', style: { 'line-color': '#e67e22', 'target-arrow-color': '#e67e22', 'border-color': '#e67e22', 'z-index': 9 } },
      { selector: ':selected', style: { 'overlay-color': '#f1c40f', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
    ],
  });
  cy.on('tap', 'edge', (event) => { const id = event.target.data('relation') as string | undefined; if (id) handlers.edge(id); });
  cy.on('dbltap', 'node', (event) => handlers.expand(event.target.id()));

  // Keyboard: the graph container is focusable; arrows walk nodes and edges in reading order.
  let cursor = { kind: 'node' as 'node' | 'edge', index: -1 };
  container.addEventListener('keydown', (event) => {
    const nodes = cy.nodes().sort((a, b) => a.position('x') - b.position('x') || a.position('y') - b.position('y'));
    const edges = cy.edges('[relation]');
    const step = (kind: 'node' | 'edge', delta: number) => {
      const all = kind === 'node' ? nodes : edges;
      if (all.length === 0) return;
      cursor = { kind, index: ((cursor.kind === kind ? cursor.index : -1) + delta + all.length) % all.length };
      cy.elements().unselect();
      const element = all[cursor.index];
      element.select();
      container.setAttribute('aria-label', `${kind === 'node' ? 'Entity' : 'Relation'}: ${element.data('label') || element.data('relation')}`);
    };
    const current = () => (cursor.kind === 'node' ? nodes : edges)[cursor.index];
    switch (event.key) {
      case 'ArrowRight': step('node', 1); break;
      case 'ArrowLeft': step('node', -1); break;
      case 'ArrowDown': step('edge', 1); break;
      case 'ArrowUp': step('edge', -1); break;
      case 'Enter': {
        const element = current();
        if (!element) return;
        if (cursor.kind === 'edge') handlers.edge(element.data('relation')); else handlers.expand(element.id());
        break;
      }
      case '+': { const element = current(); if (element && cursor.kind === 'node') handlers.expand(element.id()); break; }
      default: return;
    }
    event.preventDefault();
  });

  const drawing: Drawing = {
    cy,
    async draw({ routes, placement, extra, sources, centres, layout: choice }) {
      const started = performance.now();
      const nodes = new Map<string, ElementDefinition>();
      const edges = new Map<string, ElementDefinition>();
      const addEntity = (entity: Entity, context: boolean) => {
        if (nodes.has(entity.id)) return;
        const classes = [sources.includes(entity.id) ? 'source' : '', context ? 'context' : ''].filter(Boolean).join(' ');
        nodes.set(entity.id, { group: 'nodes', data: { id: entity.id, label: label(entity), colour: KIND_COLOURS[entity.kind] ?? '#999', kind: entity.kind }, classes });
      };
      const addRelation = (relation: Relation, cls: string) => {
        if (edges.has(relation.id)) return;
        const status = relation.status === 'DENIED' || relation.status === 'RETRACTED' ? 'denied' : relation.status === 'DISPUTED' ? 'disputed' : '';
        edges.set(relation.id, { group: 'edges', data: {
          id: `r:${relation.id}`, relation: relation.id, source: relation.from.id, target: relation.to.id,
          label: relation.type.replaceAll('_', ' ').toLowerCase(), width: 1.5 + 1.5 * Math.min(relation.independentSources, 5),
        }, classes: [status, cls].filter(Boolean).join(' ') });
      };
      routes?.entities.forEach((e) => addEntity(e, false));
      routes?.relations.forEach((r) => addRelation(r, ''));
      for (const part of extra) { part.entities.forEach((e) => addEntity(e, false)); part.relations.forEach((r) => addRelation(r, '')); }
      placement?.entities.forEach((e) => addEntity(e, true));
      placement?.relations.forEach((r) => addRelation(r, 'placement'));
      const within: ElementDefinition[] = [];
      for (const entity of [...(placement?.entities ?? [])]) {
        if (entity.locatedIn && nodes.has(entity.locatedIn.id)) {
          within.push({ group: 'edges', data: { id: `w:${entity.id}`, source: entity.id, target: entity.locatedIn.id, width: 1.5, label: 'within' }, classes: 'within' });
        }
      }
      const valid = [...edges.values()].filter((e) => nodes.has(e.data.source as string) && nodes.has(e.data.target as string));
      cy.resize(); // the container may have changed size since the last draw (the evidence panel opened or closed)
      cy.batch(() => {
        cy.elements().remove();
        cy.add([...nodes.values(), ...valid, ...within]);
      });
      await new Promise<void>((resolve) => {
        const layout = cy.layout(layoutOptions(nodes.size, [...sources, ...centres].filter((id) => nodes.has(id)), choice));
        layout.one('layoutstop', () => resolve());
        layout.run();
      });
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      cursor = { kind: 'node', index: -1 };
      return performance.now() - started;
    },
    highlight(path) {
      cy.elements().removeClass('faded on-route');
      if (!path) return;
      const ids = new Set(path.entities.map((e) => e.id));
      const rels = new Set(path.hops.flatMap((h) => h.relations.map((r) => `r:${r.id}`)));
      cy.elements().addClass('faded');
      cy.nodes().filter((n) => ids.has(n.id())).removeClass('faded').addClass('on-route');
      cy.edges().filter((e) => rels.has(e.id())).removeClass('faded').addClass('on-route');
    },
    select(relationId) {
      cy.elements().unselect();
      if (!relationId) return;
      const edge = cy.getElementById(`r:${relationId}`);
      edge.select();
      // Beside the evidence panel a whole picture may be too small to read: show the selected hop at a readable
      // size, centred, with what lies around it (the rest is a pan or a zoom away).
      if (edge.nonempty() && cy.zoom() < READABLE_ZOOM) {
        cy.zoom(1);
        cy.center(edge);
      }
    },
  };
  return drawing;
}

/** Below this zoom the 11 px labels are smaller than 8 px on screen. */
const READABLE_ZOOM = 0.75;

/** Above this many entities a picture is laid out breadth-first unless dagre is asked for (`layout=dagre` in the URL). */
export const LARGE_PICTURE = 150;

/**
 * Dagre (layered, crossings minimised) for routes; for a large picture, such as a 500-entity neighbourhood, a
 * breadth-first layout from the route sources or the expanded entities, still left to right: dagre's crossing
 * minimisation grows much faster than the picture and took over 2 s at 500 entities, breadth-first is linear.
 */
function layoutOptions(size: number, roots: string[], choice: string): cytoscape.LayoutOptions {
  const breadthFirst = choice === 'breadthfirst' || (choice !== 'dagre' && size > LARGE_PICTURE);
  return (breadthFirst
    ? { name: 'breadthfirst', directed: false, direction: 'rightward', roots: roots.length ? roots : undefined, spacingFactor: 1, animate: false, fit: true, padding: 24 }
    : { name: 'dagre', rankDir: 'LR', nodeSep: 18, rankSep: 90, edgeSep: 8, animate: false, fit: true, padding: 24 }) as cytoscape.LayoutOptions;
}

export function exportPng(cy: Core): Blob {
  return cy.png({ full: true, output: 'blob', bg: '#ffffff', scale: 2 }) as unknown as Blob;
}

export function exportSvg(cy: Core): Blob {
  const text = (cy as unknown as { svg(options: object): string }).svg({ full: true, bg: '#ffffff' });
  return new Blob([text], { type: 'image/svg+xml' });
}
