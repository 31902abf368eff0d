// Outline and breadcrumbs: shops → sessions → exchanges → request / response.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { LogDocument } from './logDocument';
import type { Analysis } from '../core/analyze';
import type { LogEntry, Span } from '../core/model';
import type { Exchange } from '../core/sessions/model';
import { directionLabel, exchangeCountLabel, exchangeLabel, formatDuration, shopLabel, sessionLabel, type Locale } from '../shared/labels';
import { sessionTimeSpan } from '../core/sessions/timeSpan';
import { toRange } from './positions';

function union(spans: readonly Span[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const span of spans) {
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  return { start, end };
}

/**
 * Exchanges in flight at once interleave in the file, so their ranges (request row to response row)
 * overlap. Breadcrumbs take the first sibling that contains the cursor: listing shorter ranges first
 * makes that the exchange whose own row is under the cursor.
 */
function innermostFirst(exchanges: readonly SpannedSymbol[]): SpannedSymbol[] {
  return [...exchanges].sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start) || a.span.start - b.span.start);
}

interface SpannedSymbol {
  symbol: DocumentSymbol;
  span: Span;
}

export function documentSymbols(document: LogDocument, analysis: Analysis, locale: Locale): DocumentSymbol[] {
  const entries = analysis.parsed.entries;
  const entrySymbol = (entry: LogEntry): SpannedSymbol => ({
    span: entry.span,
    symbol: {
      name: directionLabel(entry.direction, locale),
      detail: entry.time.text,
      kind: entry.direction === 'request' ? SymbolKind.Method : SymbolKind.Event,
      range: toRange(document, entry.span),
      selectionRange: toRange(document, entry.event.span),
    },
  });
  const exchangeSymbol = (exchange: Exchange): SpannedSymbol => {
    const parts = [exchange.request, exchange.response].filter((i): i is number => i !== undefined).map((i) => entries[i]!);
    const children = parts.map(entrySymbol);
    const span = union(children.map((c) => c.span));
    const first = parts[0]!;
    return {
      span,
      symbol: {
        name: exchangeLabel(exchange.type, exchange.facts, locale),
        detail: [first.time.text.slice(11), exchange.latencyMs !== undefined ? formatDuration(exchange.latencyMs) : exchange.state].join(' · '),
        kind: SymbolKind.Function,
        range: toRange(document, span),
        selectionRange: toRange(document, first.event.span),
        children: children.map((c) => c.symbol),
      },
    };
  };
  return analysis.sessions.shops.map((shop) => {
    const sessions = shop.sessions.map((session) => {
      const exchanges = session.exchanges.map(exchangeSymbol);
      const span = union(exchanges.map((x) => x.span));
      const { first, last } = sessionTimeSpan(session, entries);
      return {
        span,
        symbol: {
          name: sessionLabel(first?.text ?? '', last?.text ?? ''),
          detail: exchangeCountLabel(exchanges.length, locale),
          kind: SymbolKind.Namespace,
          range: toRange(document, span),
          selectionRange: exchanges[0]?.symbol.selectionRange ?? toRange(document, span),
          children: innermostFirst(exchanges).map((x) => x.symbol),
        },
      };
    });
    const span = union(sessions.map((s) => s.span));
    return {
      name: shopLabel(shop.id, shop.systemName, locale),
      detail: exchangeCountLabel(shop.exchangeCount, locale),
      kind: SymbolKind.Module,
      range: toRange(document, span),
      selectionRange: sessions[0]?.symbol.selectionRange ?? toRange(document, span),
      children: sessions.map((s) => s.symbol),
    };
  });
}
