// The API module: typed GraphQL queries against this server's public /graphql endpoint, nothing else.

/** An EntityKind value; the server's list (introspected into Capabilities) may hold kinds added after this file. */
export type EntityKind = string;
export const ENTITY_KINDS: EntityKind[] = ['ORGANIZATION', 'PERSON', 'GOVERNMENT_BODY', 'PLACE', 'PROJECT', 'PRODUCT', 'SANCTIONS_LIST'];
export const RELATION_TYPES = ['OWNS', 'PARENT_OF', 'INVESTED_IN', 'SUPPLIES', 'MANUFACTURES', 'CONTRACTOR_FOR', 'COMMISSIONED',
  'OPERATES_IN', 'DEPLOYED_IN', 'LOCATED_IN', 'PARTNERED_WITH', 'SPONSORED', 'RESEARCH_COLLABORATION', 'LISTED_ON', 'AFFILIATED_WITH'] as const;

export interface Entity { id: string; name: string; kind: EntityKind; aliases: string[]; country: string | null; locatedIn: { id: string } | null }
export interface Article { id: string; title: string; outlet: string | null; published: string | null; url: string | null }
export interface Evidence { quote: string; start: number; end: number; article: Article; stance?: string | null; speaker?: string | null; origin?: Article | null }
export interface Relation {
  id: string; type: string; status: string; confidence: number; validFrom: string | null; validTo: string | null;
  stakePercent: number | null; amount: { value: number; currency: string } | null; product: string | null; note: string | null;
  independentSources: number; from: { id: string }; to: { id: string };
}
export interface RelationDetail extends Relation { evidence: Evidence[]; from: Entity; to: Entity }
export interface Hop { from: { id: string }; to: { id: string }; confidence: number; disputed: boolean; contested?: boolean; relations: { id: string; status: string }[] }
export interface Path { length: number; confidence: number; disputed: boolean; weakestHop: number; entities: { id: string; name: string }[]; hops: Hop[] }
export interface Subgraph { entities: Entity[]; relations: Relation[]; truncated: boolean }
export interface NameSuggestion { argument: string; name: string; entities: Entity[] }
export interface PathPage {
  totalCount: number; truncated: boolean; messages: string[]; suggestions: NameSuggestion[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Path }[];
  subgraph: Subgraph; placement: Subgraph;
}
export interface EntityFilter { ids?: string[]; names?: string[]; kinds?: EntityKind[]; locatedIn?: string[]; countries?: string[] }
export interface PathOptions {
  maxHops?: number; relationTypes?: string[]; asOf?: string; includeDenied?: boolean; minConfidence?: number; minIndependentSources?: number;
}

/** What the server's schema offers beyond the basics: fields other work adds (evidence stance, contested hops, ...). */
export interface Capabilities {
  evidence: Set<string>; hop: Set<string>; pathOptions: Set<string>;
  /** Evidence fields whose type is Article (e.g. origin), which are asked for with article fields. */
  evidenceArticles: Set<string>;
  kinds: string[]; relationTypes: string[];
}

/** A GraphQL error answer, with the server's messages kept readable. */
export class ApiError extends Error {
  constructor(message: string, readonly codes: string[]) { super(message); }
}

/** Sends one GraphQL request; `apiKey`, when given, goes as the bearer token that mutations and drafts need. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, apiKey?: string): Promise<T> {
  let response: Response;
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
  if (apiKey) headers.Authorization = `Bearer ${apiKey}`;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    throw new ApiError(`The server did not answer (${String(e)}).`, []);
  }
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The server answered ${response.status} ${response.statusText} without a GraphQL response.`, []);
  }
  if (body.errors?.length) {
    throw new ApiError(body.errors.map((e) => e.message).join('\n'), body.errors.map((e) => e.extensions?.code ?? ''));
  }
  if (!body.data) throw new ApiError(`The server answered ${response.status} without data.`, []);
  return body.data;
}

interface TypeRef { name: string | null; kind: string; ofType: TypeRef | null }
const named = (t: TypeRef | null): string | null => (t === null ? null : t.name ?? named(t.ofType));

export async function capabilities(): Promise<Capabilities> {
  const data = await graphql<{
    e: { fields: { name: string; type: TypeRef }[] } | null; h: { fields: { name: string }[] } | null; o: { inputFields: { name: string }[] } | null;
    k: { enumValues: { name: string }[] } | null; r: { enumValues: { name: string }[] } | null;
  }>(`{ e: __type(name: "Evidence") { fields { name type { name kind ofType { name kind ofType { name kind } } } } }
        h: __type(name: "Hop") { fields { name } } o: __type(name: "PathOptions") { inputFields { name } }
        k: __type(name: "EntityKind") { enumValues { name } } r: __type(name: "RelationType") { enumValues { name } } }`);
  return {
    evidence: new Set(data.e?.fields.map((f) => f.name) ?? []),
    evidenceArticles: new Set(data.e?.fields.filter((f) => named(f.type) === 'Article' && f.name !== 'article').map((f) => f.name) ?? []),
    hop: new Set(data.h?.fields.map((f) => f.name) ?? []),
    pathOptions: new Set(data.o?.inputFields.map((f) => f.name) ?? []),
    kinds: data.k?.enumValues.map((v) => v.name) ?? [...ENTITY_KINDS],
    relationTypes: data.r?.enumValues.map((v) => v.name) ?? [...RELATION_TYPES],
  };
}

const ENTITY = 'id name kind aliases country locatedIn { id }';
const RELATION = 'id type status confidence validFrom validTo stakePercent amount { value currency } product note independentSources from { id } to { id }';

export async function searchEntities(text: string, first = 8): Promise<Entity[]> {
  const data = await graphql<{ entities: { edges: { node: Entity }[] } }>(
    `query Search($text: String, $first: Int) { entities(search: $text, first: $first) { edges { node { ${ENTITY} } } } }`, { text, first });
  return data.entities.edges.map((e) => e.node);
}

export async function lookup(name: string): Promise<{ matches: Entity[]; suggestions: Entity[] }> {
  const data = await graphql<{ lookup: { matches: Entity[]; suggestions: Entity[] } }>(
    `query Lookup($name: String!) { lookup(name: $name) { matches { ${ENTITY} } suggestions { ${ENTITY} } } }`, { name });
  return data.lookup;
}

export async function entitiesById(ids: string[]): Promise<Entity[]> {
  if (ids.length === 0) return [];
  const fields = ids.map((id, i) => `e${i}: entity(id: ${JSON.stringify(id)}) { ${ENTITY} }`).join(' ');
  const data = await graphql<Record<string, Entity | null>>(`{ ${fields} }`);
  return Object.values(data).filter((e): e is Entity => e !== null);
}

export async function paths(from: EntityFilter, to: EntityFilter, options: PathOptions, first: number, after: string | null, caps: Capabilities): Promise<PathPage> {
  const hopExtra = caps.hop.has('contested') ? ' contested' : '';
  const data = await graphql<{ paths: PathPage }>(
    `query Routes($from: EntityFilter!, $to: EntityFilter!, $options: PathOptions, $first: Int, $after: String) {
      paths(from: $from, to: $to, options: $options, first: $first, after: $after) {
        totalCount truncated messages
        suggestions { argument name entities { ${ENTITY} } }
        pageInfo { hasNextPage endCursor }
        edges { cursor node { length confidence disputed weakestHop entities { id name }
          hops { from { id } to { id } confidence disputed${hopExtra} relations { id status } } } }
        subgraph { entities { ${ENTITY} } relations { ${RELATION} } truncated }
        placement { entities { ${ENTITY} } relations { ${RELATION} } truncated }
      }
    }`, { from, to, options, first, after });
  return data.paths;
}

export async function neighborhood(id: string, depth: number, options: PathOptions, maxEntities: number): Promise<Subgraph> {
  const { maxHops: _ignored, ...rest } = options;
  const data = await graphql<{ neighborhood: Subgraph }>(
    `query Around($id: ID!, $depth: Int, $options: PathOptions, $max: Int) {
      neighborhood(id: $id, depth: $depth, options: $options, maxEntities: $max) {
        entities { ${ENTITY} } relations { ${RELATION} } truncated } }`, { id, depth, options: rest, max: maxEntities });
  return data.neighborhood;
}

/** A speaker as the schema gives it: a known entity, or a label for one the article does not name. */
type SpeakerAnswer = { __typename: string; id?: string; name?: string; label?: string } | null;

export async function relationDetail(id: string, caps: Capabilities): Promise<RelationDetail | null> {
  const stance = caps.evidence.has('stance') ? ' stance' : '';
  const speaker = caps.evidence.has('speaker') ? ' speaker { __typename ... on Entity { id name } ... on SpeakerLabel { label } }' : '';
  const origin = caps.evidenceArticles.has('origin') ? ' origin { id title outlet published url }' : '';
  const data = await graphql<{ relation: (Omit<RelationDetail, 'evidence'> & { evidence: (Omit<Evidence, 'speaker'> & { speaker?: SpeakerAnswer })[] }) | null }>(
    `query Evidence($id: ID!) { relation(id: $id) { ${RELATION} from { ${ENTITY} } to { ${ENTITY} }
      evidence { quote start end${stance}${speaker}${origin} article { id title outlet published url } } } }`, { id });
  if (!data.relation) return null;
  return {
    ...data.relation,
    evidence: data.relation.evidence.map((e) => ({ ...e, speaker: e.speaker ? e.speaker.name ?? e.speaker.label ?? e.speaker.id ?? null : null })),
  } as RelationDetail;
}

export async function articleText(id: string): Promise<string | null> {
  const data = await graphql<{ article: { text: string | null } | null }>(`query Text($id: ID!) { article(id: $id) { text } }`, { id });
  return data.article?.text ?? null;
}

export interface CountryCount { country: string; count: number }
export interface GraphSpan { years: { first: number; last: number } | null; countries: CountryCount[] }

/** The years the graph spans (articles' and relations' dates) and the countries its entities are in, from Stats. */
export async function graphSpan(): Promise<GraphSpan> {
  const data = await graphql<{ stats: { years: GraphSpan['years']; entitiesByCountry: CountryCount[] } }>(
    '{ stats { years { first last } entitiesByCountry { country count } } }');
  return { years: data.stats.years, countries: data.stats.entitiesByCountry };
}
