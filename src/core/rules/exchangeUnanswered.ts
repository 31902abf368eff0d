// exchange.unanswered: a request no response was paired with.
import type { Exchange } from '../sessions/model';
import { formatDuration } from './format';
import type { ExchangeRule, RuleContext } from './types';

export const exchangeUnansweredRule: ExchangeRule = { name: 'exchangeUnanswered', kind: 'exchange', check };

function check(exchange: Exchange, context: RuleContext): void {
  if (exchange.state !== 'unanswered') return;
  const request = context.index.entry(exchange.request);
  if (!request) return;
  const left = context.index.timeBounds().lastMs - request.time.epochMs;
  // A request just before the end of an excerpt may have been answered after the export.
  const note =
    Number.isFinite(left) && left <= context.options.slowResponseMs
      ? `; the log ends ${formatDuration(left)} later, so the answer may be after the excerpt`
      : '';
  context.problemOn(request, request.event.span, 'exchange.unanswered', `no answer to this ${exchange.type} request of shop ${exchange.shop} in the log${note}`);
}
