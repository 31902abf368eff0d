// exchange.slow: an answer logged later than the threshold after its request.
import type { Exchange } from '../sessions/model';
import { formatDuration, logTime } from './format';
import type { ExchangeRule, RuleContext } from './types';

export const exchangeSlowRule: ExchangeRule = { name: 'exchangeSlow', kind: 'exchange', check };

function check(exchange: Exchange, context: RuleContext): void {
  const threshold = context.options.slowResponseMs;
  if (exchange.latencyMs === undefined || exchange.latencyMs <= threshold) return;
  const request = context.index.entry(exchange.request);
  const response = context.index.entry(exchange.response);
  if (!request || !response) return;
  context.problemOn(
    response,
    response.event.span,
    'exchange.slow',
    `answered after ${formatDuration(exchange.latencyMs)} (threshold ${formatDuration(threshold)})`,
    [{ span: request.event.span, message: `the ${exchange.type} request of ${logTime(request, response)}` }],
  );
}
