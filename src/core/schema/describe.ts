// Hover text for a JSON path: walks the built-in schema (following $ref, items, properties and the
// conditional branches the value selects) to the most specific description.
import type { Direction, JsonText } from '../model';
import { builtinSchemaSets, schemaId } from './builtinSchemas';
import type { JsonPath } from './jsonLocation';
import { resolveProtocolVersion } from './protocolVersion';

export interface SchemaDescription {
  readonly title?: string;
  readonly description?: string;
}

export type DescriptionLocale = 'en' | 'ru';

type SchemaNode = Readonly<Record<string, unknown>>;

interface Located {
  readonly schema: SchemaNode;
  /** The URI `$ref`s inside `schema` resolve against. */
  readonly base: string;
}

const documents = new Map<string, SchemaNode>();
for (const set of Object.values(builtinSchemaSets)) {
  for (const schema of [...set.shared, ...Object.values(set.messages)]) documents.set(schemaId(schema)!, schema as SchemaNode);
}

export function describeAt(
  type: string,
  direction: Direction,
  json: JsonText,
  path: JsonPath,
  locale: DescriptionLocale,
  protocolVersion?: string,
): SchemaDescription | undefined {
  const root = builtinSchemaSets[resolveProtocolVersion(protocolVersion)]?.messages[`${type.toUpperCase()}.${direction}`];
  if (!root) return undefined;
  let locations: Located[] = [{ schema: root as SchemaNode, base: schemaId(root)! }];
  let value: unknown = json.value;
  for (const segment of path) {
    locations = locations.flatMap((location) => expand(location, value)).flatMap((location) => childOf(location, segment));
    value = childValue(value, segment);
    if (locations.length === 0) return undefined;
  }
  const candidates = locations.flatMap((location) => expand(location, value));
  const title = firstText(candidates, locale === 'ru' ? 'x-title-ru' : 'title', 'title');
  const description = firstText(candidates, locale === 'ru' ? 'x-description-ru' : 'description', 'description');
  if (title === undefined && description === undefined) return undefined;
  return { ...(title !== undefined ? { title } : {}), ...(description !== undefined ? { description } : {}) };
}

/** The schema with the branches that apply to `value`: selected `then`/`else` first (most specific). */
function expand(location: Located, value: unknown, depth = 0): Located[] {
  if (depth > 16) return [location];
  const { schema, base } = location;
  const branches: Located[] = [];
  const members: Located[] = [];
  const ref = typeof schema.$ref === 'string' ? resolveRef(schema.$ref, base) : undefined;
  if (ref) members.push(...expand(ref, value, depth + 1));
  for (const member of asSchemas(schema.allOf)) {
    const located = { schema: member, base };
    const chosen = chosenBranch(member, value);
    if (chosen) branches.push(...expand({ schema: chosen, base }, value, depth + 1));
    members.push(...expand(located, value, depth + 1));
  }
  const chosen = chosenBranch(schema, value);
  if (chosen) branches.push(...expand({ schema: chosen, base }, value, depth + 1));
  return [...branches, location, ...members];
}

function childOf(location: Located, segment: string | number): Located[] {
  const { schema, base } = location;
  if (typeof segment === 'number') {
    const prefix = Array.isArray(schema.prefixItems) ? (schema.prefixItems[segment] as SchemaNode | undefined) : undefined;
    const items = prefix ?? asSchema(schema.items);
    return items ? [{ schema: items, base }] : [];
  }
  const properties = asSchema(schema.properties);
  const property = properties && Object.prototype.hasOwnProperty.call(properties, segment) ? asSchema(properties[segment]) : undefined;
  if (property) return [{ schema: property, base }];
  const additional = asSchema(schema.additionalProperties);
  return additional ? [{ schema: additional, base }] : [];
}

function resolveRef(ref: string, base: string): Located | undefined {
  let url: URL;
  try {
    url = new URL(ref, base);
  } catch {
    return undefined;
  }
  const fragment = decodeURIComponent(url.hash.slice(1));
  url.hash = '';
  const document = documents.get(url.href);
  if (!document) return undefined;
  let node: unknown = document;
  for (const segment of fragment.split('/').slice(1)) {
    node = asSchema(node)?.[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  const schema = asSchema(node);
  return schema ? { schema, base: url.href } : undefined;
}

/** `then` or `else` when `if` is a simple test we can decide (required + const properties). */
function chosenBranch(schema: SchemaNode, value: unknown): SchemaNode | undefined {
  const condition = asSchema(schema.if);
  if (!condition) return undefined;
  const holds = simpleTest(condition, value);
  if (holds === undefined) return undefined;
  return asSchema(holds ? schema.then : schema.else);
}

function simpleTest(condition: SchemaNode, value: unknown): boolean | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const object = value as Record<string, unknown>;
  const required = Array.isArray(condition.required) ? (condition.required as string[]) : [];
  if (required.some((key) => !(key in object))) return false;
  for (const [key, sub] of Object.entries(asSchema(condition.properties) ?? {})) {
    const test = asSchema(sub);
    if (!test || !('const' in test) || Object.keys(test).length !== 1) return undefined;
    if (key in object && object[key] !== test.const) return false;
  }
  return Object.keys(condition).every((keyword) => keyword === 'required' || keyword === 'properties') ? true : undefined;
}

function childValue(value: unknown, segment: string | number): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return (value as Record<string | number, unknown>)[segment];
}

function firstText(candidates: readonly Located[], keyword: string, fallback: string): string | undefined {
  for (const { schema } of candidates) if (typeof schema[keyword] === 'string') return schema[keyword] as string;
  for (const { schema } of candidates) if (typeof schema[fallback] === 'string') return schema[fallback] as string;
  return undefined;
}

function asSchema(value: unknown): SchemaNode | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as SchemaNode) : undefined;
}

function asSchemas(value: unknown): SchemaNode[] {
  return Array.isArray(value) ? value.map(asSchema).filter((schema): schema is SchemaNode => schema !== undefined) : [];
}
