// Hover on a payload value: the schema's description and what the value means; on a row's cells:
// the exchange it belongs to.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { decodeValue } from '../core/hover/decodeValue';
import type { LogEntry } from '../core/model';
import { payloadTree, pathAtOffset } from '../core/json/payloadTree';
import { describeAt } from '../core/schema/describe';
import { formatDuration, type Locale } from '../shared/labels';
import { entryAtOffset } from './locate';
import { toOffset, toRange } from './positions';
import type { DocumentState } from './state';
import { findNodeAtOffset } from 'jsonc-parser';

function formatPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

export function hoverAt(state: DocumentState, position: Position, locale: Locale): Hover | null {
  const offset = toOffset(state.document, position);
  const entry = entryAtOffset(state.analysis.parsed.entries, offset);
  if (!entry || offset > entry.span.end) return null;
  const json = entry.payload.json;
  if (json && offset >= entry.payload.jsonOffset && offset < entry.payload.jsonOffset + json.text.length) {
    return payloadHover(state, entry, offset, locale);
  }
  if (offset < entry.payload.span.start) return rowHover(state, entry);
  return null;
}

function payloadHover(state: DocumentState, entry: LogEntry, offset: number, locale: Locale): Hover | null {
  const json = entry.payload.json!;
  const root = payloadTree(json);
  if (!root) return null;
  const relative = offset - entry.payload.jsonOffset;
  const path = pathAtOffset(root, relative);
  const node = findNodeAtOffset(root, relative, true);
  if (!path || !node) return null;
  const protocol = state.analysis.sessions.shops.find((s) => s.id === entry.shop.text)?.protocol;
  const description = describeAt(entry.type.text, entry.direction, json, path, locale, protocol);
  const lines = [`\`${formatPath(path) || '(payload)'}\``];
  if (description?.title) lines.push(`**${description.title}**`);
  if (description?.description) lines.push(description.description);
  const decoded = decodeValue(json.value, path);
  if (decoded.length > 0) lines.push(decoded.map((line) => `- ${line}`).join('\n'));
  const start = entry.payload.jsonOffset + node.offset;
  return {
    contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') },
    range: toRange(state.document, { start, end: start + node.length }),
  };
}

function rowHover(state: DocumentState, entry: LogEntry): Hover | null {
  const located = state.view().exchangeOfEntry.get(entry.index);
  if (!located) return null;
  const { exchange } = located;
  const other = entry.direction === 'request' ? exchange.response : exchange.request;
  const otherEntry = other !== undefined ? state.analysis.parsed.entries[other] : undefined;
  const lines = [`**${exchange.type}** · shop ${exchange.shop} · ${exchange.state}`];
  if (exchange.latencyMs !== undefined) lines.push(`Answered after ${formatDuration(exchange.latencyMs)}`);
  if (otherEntry) {
    const line = state.document.positionAt(otherEntry.span.start).line + 1;
    lines.push(`${entry.direction === 'request' ? 'Response' : 'Request'}: line ${line} (${otherEntry.time.text})`);
  }
  if (exchange.retryOf) lines.push(`Retry of an earlier request, ${formatDuration(exchange.retryAfterMs ?? 0)} later`);
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') }, range: toRange(state.document, entry.event.span) };
}
