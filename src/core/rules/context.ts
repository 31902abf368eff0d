// The context one run of the rules shares: options, indexes, and the problem sink that turns a JSON
// path into the absolute span of its token. Trees are built only for payloads with a problem.
import { payloadTree } from '../json/payloadTree';
import type { JsonNode, LogEntry, ParsedLog, Problem, RelatedSpan, Span } from '../model';
import { findProperty } from '../schema/jsonLocation';
import type { SessionsModel } from '../sessions/model';
import { ruleCodes, type RuleCode } from './codes';
import { LogIndex } from './logIndex';
import type { JsonPath, PathTarget, ResolvedRuleOptions, RuleContext } from './types';

export class RuleRun implements RuleContext {
  readonly index: LogIndex;
  readonly problems: Problem[] = [];

  constructor(
    readonly parsed: ParsedLog,
    readonly sessions: SessionsModel,
    readonly options: ResolvedRuleOptions,
    index?: LogIndex,
  ) {
    this.index = index ?? new LogIndex(parsed, sessions);
  }

  problemAt(entry: LogEntry, path: JsonPath, target: PathTarget, code: RuleCode, message: string, related?: readonly RelatedSpan[]): void {
    this.problemOn(entry, this.spanAt(entry, path, target), code, message, related);
  }

  problemOn(entry: LogEntry, span: Span, code: RuleCode, message: string, related?: readonly RelatedSpan[]): void {
    const problem: Problem = { code, severity: ruleCodes[code].severity, message, span, entry: entry.index };
    this.problems.push(related && related.length > 0 ? { ...problem, related } : problem);
  }

  spanAt(entry: LogEntry, path: JsonPath, target: PathTarget): Span {
    const { payload } = entry;
    const root = payload.json ? payloadTree(payload.json) : undefined;
    if (!root) return payload.span;
    const relative = pathSpan(root, path, target);
    return { start: payload.jsonOffset + relative.start, end: payload.jsonOffset + relative.end };
  }
}

/**
 * The token at `path`: a scalar value, an empty `[]`/`{}`, or the key of a property (an object or array
 * with content is pointed at by its key: underlining a whole object is noise). Where the path leaves
 * the tree (a missing property), the deepest node that exists is pointed at instead.
 */
export function pathSpan(root: JsonNode, path: JsonPath, target: PathTarget): Span {
  let node = root;
  for (const segment of path) {
    const child = childOf(node, segment);
    if (!child) return anchorOf(node);
    node = child;
  }
  if (target === 'key') {
    const key = keyOf(node);
    if (key) return tokenOf(key);
  }
  const hasContent = (node.type === 'object' || node.type === 'array') && (node.children?.length ?? 0) > 0;
  return hasContent ? anchorOf(node) : tokenOf(node);
}

function childOf(node: JsonNode, segment: string | number): JsonNode | undefined {
  if (node.type === 'array') return typeof segment === 'number' ? node.children?.[segment] : undefined;
  if (node.type === 'object') return findProperty(node, String(segment))?.children?.[1];
  return undefined;
}

function keyOf(valueNode: JsonNode): JsonNode | undefined {
  const property = valueNode.parent;
  return property?.type === 'property' && property.children?.[1] === valueNode ? property.children[0] : undefined;
}

function tokenOf(node: JsonNode): Span {
  return { start: node.offset, end: node.offset + node.length };
}

/** A key for a property value, else the opening bracket of a container, else the token. */
function anchorOf(node: JsonNode): Span {
  const key = keyOf(node);
  if (key) return tokenOf(key);
  if (node.type === 'object' || node.type === 'array') return { start: node.offset, end: node.offset + 1 };
  return tokenOf(node);
}
