// Which entry and exchange a position is in; the details of one exchange for the client.
import type { LogDocument } from './logDocument';
import type { Analysis } from '../core/analyze';
import type { LogEntry } from '../core/model';
import type { ExchangeDetail, ExchangeDetailRequest, Location, LoggedMessage, Position } from '../shared/protocol';
import { toOffset } from './positions';
import type { ViewModel } from './viewModel';

/** The entry whose row contains the offset (or the nearest row before it). */
export function entryAtOffset(entries: readonly LogEntry[], offset: number): LogEntry | undefined {
  let low = 0;
  let high = entries.length - 1;
  let found: LogEntry | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const entry = entries[middle]!;
    if (entry.span.start <= offset) {
      found = entry;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

export function locate(document: LogDocument, analysis: Analysis, view: ViewModel, position: Position): Location | null {
  const entry = entryAtOffset(analysis.parsed.entries, toOffset(document, position));
  if (!entry) return null;
  const located = view.exchangeOfEntry.get(entry.index);
  if (!located) return null;
  return {
    shopId: located.exchange.shop,
    sessionId: located.session.id,
    exchangeId: located.exchange.id,
    part: located.exchange.request === entry.index ? 'request' : 'response',
  };
}

export function exchangeDetail(
  document: LogDocument,
  analysis: Analysis,
  view: ViewModel,
  params: ExchangeDetailRequest.Params,
): ExchangeDetail | null {
  let exchangeId = params.exchangeId;
  if (!exchangeId && params.position) exchangeId = locate(document, analysis, view, params.position)?.exchangeId;
  const located = exchangeId ? view.exchangeById.get(exchangeId) : undefined;
  if (!located) return null;
  const { exchange, session } = located;
  const exchangeView = view.exchangesOf(session.id).find((x) => x.id === exchange.id)!;
  const message = (index: number | undefined): LoggedMessage | undefined => {
    if (index === undefined) return undefined;
    const entry = analysis.parsed.entries[index]!;
    return {
      entry: view.entryView(entry),
      shop: entry.shop.text,
      type: entry.type.text,
      value: entry.payload.json?.value,
      payloadText: entry.payload.json?.text ?? analysis.text.slice(entry.payload.span.start, entry.payload.span.end),
    };
  };
  return { exchange: exchangeView, sessionId: session.id, request: message(exchange.request), response: message(exchange.response) };
}
