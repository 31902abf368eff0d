// The cross-message rules: invariants of the protocol that span fields or messages, and facts about
// the conversation (retries, slow or missing answers). One file per rule; this runs them all.
import type { Checker } from '../analyze';
import type { Problem } from '../model';
import { billIdEchoRule } from './billIdEcho';
import { billSumRule } from './billSum';
import { RuleRun } from './context';
import { exchangeOrphanRule } from './exchangeOrphan';
import { exchangeRetryRule } from './exchangeRetry';
import { exchangeSlowRule } from './exchangeSlow';
import { exchangeUnansweredRule } from './exchangeUnanswered';
import { listBillMismatchRule } from './listBillMismatch';
import { logTimeOrderRule } from './logTimeOrder';
import { receiptBillMismatchRule } from './receiptBillMismatch';
import { receiptEventIdRule } from './receiptEventId';
import { receiptItemSumRule } from './receiptItemSum';
import { receiptItemTaxRule } from './receiptItemTax';
import { receiptPostBodyRule } from './receiptPostBody';
import { receiptTimestampRule } from './receiptTimestamp';
import { receiptTotalAmountRule } from './receiptTotalAmount';
import { receiptTotalTaxRule } from './receiptTotalTax';
import { defaultRuleOptions, type ExchangeRule, type LogRule, type MessageRule, type RuleDefinition, type RuleOptions } from './types';

export { ruleCodes, type RuleCode, type RuleCodeInfo } from './codes';
export {
  defaultRuleOptions,
  type ExchangeRule,
  type LogRule,
  type MessageRule,
  type Rule,
  type RuleContext,
  type RuleDefinition,
  type RuleOptions,
} from './types';

/** Every rule, in the order they report. */
export const rules: readonly RuleDefinition[] = [
  billSumRule,
  listBillMismatchRule,
  billIdEchoRule,
  receiptItemSumRule,
  receiptItemTaxRule,
  receiptTotalTaxRule,
  receiptTotalAmountRule,
  receiptPostBodyRule,
  receiptEventIdRule,
  receiptBillMismatchRule,
  receiptTimestampRule,
  exchangeRetryRule,
  exchangeUnansweredRule,
  exchangeOrphanRule,
  exchangeSlowRule,
  logTimeOrderRule,
];

export interface RulesCheckerOptions extends RuleOptions {
  /** Called once per rule that throws (on the first failure); the rest of the run goes on without it for that message. */
  readonly onRuleError?: (rule: string, error: unknown) => void;
  /** The rules to run (all by default); for tests and benchmarks. */
  readonly rules?: readonly RuleDefinition[];
}

/** Entries between two looks at the cancellation token. */
const cancelCheckInterval = 1024;

/**
 * A checker that runs every rule. One pass over the messages calls every message rule for the
 * message's type and direction, one pass over the exchanges every exchange rule. Never throws: a rule
 * that fails on a strange payload is skipped for that message and the others go on.
 */
export function createRulesChecker(options: RulesCheckerOptions = {}): Checker {
  const resolved = {
    slowResponseMs: options.slowResponseMs ?? defaultRuleOptions.slowResponseMs,
    timestampToleranceMs: options.timestampToleranceMs ?? defaultRuleOptions.timestampToleranceMs,
  };
  const plan = planRules(options.rules ?? rules);
  return (parsed, sessions, cancel) => {
    const run = new RuleRun(parsed, sessions, resolved);
    const failed = new Set<string>();
    const fail = (rule: RuleDefinition, error: unknown): void => {
      if (failed.has(rule.name)) return;
      failed.add(rule.name);
      try {
        options.onRuleError?.(rule.name, error);
      } catch {
        // A failing error callback must not stop the rules either.
      }
    };
    const entries = parsed.entries;
    for (let i = 0; i < entries.length; i++) {
      if (i % cancelCheckInterval === 0 && cancel?.isCancellationRequested) return run.problems;
      const entry = entries[i]!;
      const forType = (entry.direction === 'request' ? plan.requests : plan.responses).get(entry.type.text);
      if (forType === undefined) continue;
      const payload = entry.payload.json?.value;
      if (payload === undefined) continue;
      for (const rule of forType) {
        try {
          rule.check(entry, payload, run);
        } catch (error) {
          fail(rule, error);
        }
      }
    }
    if (plan.exchanges.length > 0) {
      for (const shop of sessions.shops) {
        if (cancel?.isCancellationRequested) return run.problems;
        for (const session of shop.sessions) {
          for (const exchange of session.exchanges) {
            for (const rule of plan.exchanges) {
              try {
                rule.check(exchange, run);
              } catch (error) {
                fail(rule, error);
              }
            }
          }
        }
      }
    }
    const returned: Problem[] = [];
    for (const rule of plan.logs) {
      if (cancel?.isCancellationRequested) break;
      try {
        const problems = rule.run(run);
        if (problems) for (const problem of problems) returned.push(problem);
      } catch (error) {
        fail(rule, error);
      }
    }
    return returned.length === 0 ? run.problems : [...run.problems, ...returned];
  };
}

interface RulePlan {
  readonly requests: Map<string, MessageRule[]>;
  readonly responses: Map<string, MessageRule[]>;
  readonly exchanges: readonly ExchangeRule[];
  readonly logs: readonly LogRule[];
}

function planRules(selected: readonly RuleDefinition[]): RulePlan {
  const plan = { requests: new Map<string, MessageRule[]>(), responses: new Map<string, MessageRule[]>(), exchanges: [] as ExchangeRule[], logs: [] as LogRule[] };
  for (const rule of selected) {
    if (rule.kind === 'message') {
      const byType = rule.direction === 'request' ? plan.requests : plan.responses;
      const list = byType.get(rule.type);
      if (list) list.push(rule);
      else byType.set(rule.type, [rule]);
    } else if (rule.kind === 'exchange') plan.exchanges.push(rule);
    else plan.logs.push(rule);
  }
  return plan;
}
