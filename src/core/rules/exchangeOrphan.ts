// exchange.orphan: a response no earlier request of its type and shop was waiting for.
import type { Exchange } from '../sessions/model';
import { formatDuration } from './format';
import type { ExchangeRule, RuleContext } from './types';

export const exchangeOrphanRule: ExchangeRule = { name: 'exchangeOrphan', kind: 'exchange', check };

function check(exchange: Exchange, context: RuleContext): void {
  if (exchange.state !== 'orphan') return;
  const response = context.index.entry(exchange.response);
  if (!response) return;
  const since = response.time.epochMs - context.index.timeBounds().firstMs;
  // An excerpt can start mid-exchange: the request may be just before it.
  const note =
    Number.isFinite(since) && since <= context.options.slowResponseMs
      ? `; the log starts ${formatDuration(since)} earlier, so the request may be before the excerpt`
      : '';
  context.problemOn(
    response,
    response.event.span,
    'exchange.orphan',
    `this ${exchange.type} answer has no ${exchange.type} request of shop ${exchange.shop} waiting for it${note}`,
  );
}
