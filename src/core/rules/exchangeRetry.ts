// exchange.retry: a request that repeats an earlier one (the same RECEIPT event, or the same request).
// Information a developer needs: which request it repeats, how long after, and how that one fared.
import type { LogEntry } from '../model';
import type { Exchange } from '../sessions/model';
import { formatDuration, logTime, shortId } from './format';
import type { ExchangeRule, RuleContext } from './types';

export const exchangeRetryRule: ExchangeRule = { name: 'exchangeRetry', kind: 'exchange', check };

function check(exchange: Exchange, context: RuleContext): void {
  if (exchange.retryOf === undefined) return;
  const retry = context.index.entry(exchange.request);
  const first = context.index.exchangeById(exchange.retryOf);
  const original = context.index.entry(first?.request);
  if (!retry || !first || !original) return;
  const same = exchange.type === 'RECEIPT' && exchange.facts.eventId ? `same event ${shortId(exchange.facts.eventId)}` : 'same request';
  const after = formatDuration(exchange.retryAfterMs ?? retry.time.epochMs - original.time.epochMs);
  context.problemOn(
    retry,
    retry.event.span,
    'exchange.retry',
    `retries the ${exchange.type} of ${logTime(original, retry)} (${same}) after ${after}; ${howItFared(context, first, retry)}`,
    [{ span: original.event.span, message: `the ${exchange.type} request it repeats` }],
  );
}

function howItFared(context: RuleContext, first: Exchange, retry: LogEntry): string {
  const answer = context.index.entry(first.response);
  if (!answer || first.latencyMs === undefined) return 'the first request has no answer in the log';
  const late = answer.time.epochMs > retry.time.epochMs ? ', after this retry was sent' : '';
  return `the first answer came ${formatDuration(first.latencyMs)} after its request${late}`;
}
