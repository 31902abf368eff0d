// Go to definition: from a receipt's `extras.billId` / `extras.number` to the BILL answer of that
// bill, and from a row's cells to the other half of its exchange.
import type { Definition, Position } from 'vscode-languageserver';
import type { LogEntry } from '../core/model';
import { nodeAtPath, payloadTree, pathAtOffset } from '../core/json/payloadTree';
import { idAt, stringAt } from '../core/values';
import { entryAtOffset } from './locate';
import { toOffset, toRange } from './positions';
import type { DocumentState } from './state';

const billKeys = new Set(['billId', 'number']);

export function definitionAt(state: DocumentState, position: Position): Definition | null {
  const offset = toOffset(state.document, position);
  const entries = state.analysis.parsed.entries;
  const entry = entryAtOffset(entries, offset);
  if (!entry || offset > entry.span.end) return null;
  if (offset < entry.payload.span.start) return pairedRow(state, entry);
  if (entry.type.text !== 'RECEIPT' || entry.direction !== 'request' || !entry.payload.json) return null;
  const root = payloadTree(entry.payload.json);
  const path = root && pathAtOffset(root, offset - entry.payload.jsonOffset);
  if (!path || path.length < 2 || path[path.length - 2] !== 'extras' || !billKeys.has(String(path[path.length - 1]))) return null;
  const extras = path.slice(0, -1);
  const billId = idAt(entry.payload.json.value, [...extras, 'billId']);
  const number = stringAt(entry.payload.json.value, [...extras, 'number']);
  const bill = latestBillAnswer(state, entry, billId, number);
  if (!bill?.payload.json) return null;
  const billRoot = payloadTree(bill.payload.json);
  const target = billRoot && nodeAtPath(billRoot, [path[path.length - 1] === 'billId' ? 'id' : 'number']);
  const span = target ? { start: bill.payload.jsonOffset + target.offset, end: bill.payload.jsonOffset + target.offset + target.length } : bill.event.span;
  return { uri: state.document.uri, range: toRange(state.document, span) };
}

/** The BILL answer of the same shop for that bill, the latest logged before the receipt. */
function latestBillAnswer(state: DocumentState, receipt: LogEntry, billId: string | undefined, number: string | undefined): LogEntry | undefined {
  const entries = state.analysis.parsed.entries;
  let found: LogEntry | undefined;
  for (const index of state.analysis.sessions.chronological) {
    const entry = entries[index]!;
    if (entry === receipt) break;
    if (entry.type.text !== 'BILL' || entry.direction !== 'response' || entry.shop.text !== receipt.shop.text) continue;
    const value = entry.payload.json?.value;
    if ((billId !== undefined && idAt(value, ['id']) === billId) || (number !== undefined && stringAt(value, ['number']) === number)) found = entry;
  }
  return found;
}

function pairedRow(state: DocumentState, entry: LogEntry): Definition | null {
  const located = state.view().exchangeOfEntry.get(entry.index);
  const other = located && (entry.direction === 'response' ? located.exchange.request : located.exchange.response);
  if (other === undefined) return null;
  const target = state.analysis.parsed.entries[other]!;
  return { uri: state.document.uri, range: toRange(state.document, target.event.span) };
}
