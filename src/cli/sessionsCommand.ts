// `exchange-log sessions <file> [--json]`: the sessions model, as text or as JSON.
import type { Analysis } from '../core/analyze';
import { sessionTimeSpan } from '../core/sessions/timeSpan';
import type { LineIndex } from '../core/text/lineIndex';
import type { Exchange } from '../core/sessions/model';
import { exchangeCountLabel, exchangeLabel, formatDuration, sessionLabel, shopLabel } from '../shared/labels';

export interface SessionsJson {
  readonly file: string;
  readonly form: string;
  readonly order: string;
  readonly shops: readonly {
    readonly id: string;
    readonly systemName?: string;
    readonly sessions: readonly {
      readonly id: string;
      readonly start: string;
      readonly end: string;
      readonly startedBy: string;
      readonly exchanges: readonly ExchangeJson[];
    }[];
  }[];
}

export interface ExchangeJson {
  readonly id: string;
  readonly type: string;
  readonly state: string;
  /** 1-based line numbers of the request and response rows, as the editor shows them. */
  readonly requestLine?: number;
  readonly responseLine?: number;
  readonly latencyMs?: number;
  readonly unanswered: boolean;
  readonly orphan: boolean;
  readonly retry: boolean;
  readonly retryOf?: string;
  readonly retryAfterMs?: number;
  readonly facts: Exchange['facts'];
}

export function sessionsJson(file: string, analysis: Analysis, lines: LineIndex): SessionsJson {
  const entries = analysis.parsed.entries;
  const lineOf = (index: number | undefined) => (index === undefined ? undefined : lines.positionAt(entries[index]!.span.start).line + 1);
  return {
    file,
    form: analysis.parsed.form,
    order: analysis.parsed.order,
    shops: analysis.sessions.shops.map((shop) => ({
      id: shop.id,
      systemName: shop.systemName,
      sessions: shop.sessions.map((session) => {
        const { first, last } = sessionTimeSpan(session, entries);
        return {
          id: session.id,
          start: first?.text ?? '',
          end: last?.text ?? '',
          startedBy: session.startedBy,
          exchanges: session.exchanges.map((x) => ({
            id: x.id,
            type: x.type,
            state: x.state,
            requestLine: lineOf(x.request),
            responseLine: lineOf(x.response),
            latencyMs: x.latencyMs,
            unanswered: x.state === 'unanswered',
            orphan: x.state === 'orphan',
            retry: x.retryOf !== undefined,
            retryOf: x.retryOf,
            retryAfterMs: x.retryAfterMs,
            facts: x.facts,
          })),
        };
      }),
    })),
  };
}

const startedText = { hello: 'started by HELLO', gap: 'started after a pause', start: 'the log starts mid-session' };

export function sessionsText(model: SessionsJson): string {
  const out: string[] = [];
  for (const shop of model.shops) {
    out.push(shopLabel(shop.id, shop.systemName, 'en'));
    for (const session of shop.sessions) {
      out.push(`  ${sessionLabel(session.start, session.end)}  (${exchangeCountLabel(session.exchanges.length, 'en')}, ${startedText[session.startedBy as keyof typeof startedText] ?? session.startedBy})`);
      for (const x of session.exchanges) {
        const flags = [
          x.latencyMs !== undefined ? formatDuration(x.latencyMs) : '',
          x.unanswered ? 'UNANSWERED' : '',
          x.orphan ? 'ORPHAN RESPONSE' : '',
          x.retry ? `RETRY after ${formatDuration(x.retryAfterMs ?? 0)}` : '',
        ].filter(Boolean);
        const lines = [x.requestLine !== undefined ? `request line ${x.requestLine}` : '', x.responseLine !== undefined ? `response line ${x.responseLine}` : ''].filter(Boolean);
        out.push(`    ${exchangeLabel(x.type, x.facts, 'en')}  [${[...flags, ...lines].join(', ')}]`);
      }
    }
  }
  return out.join('\n');
}
