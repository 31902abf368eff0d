// The cross-message rules: invariants of the protocol that span fields or messages, and facts about
// the conversation (retries, slow or missing answers). One file per rule; this runs them all.
import { perShopChecker, type Checker, type ShopCheckPass, type ShopProblems } from '../analyze';
import type { Problem } from '../model';
import { billIdEchoRule } from './billIdEcho';
import { billSumRule } from './billSum';
import { RuleRun } from './context';
import { exchangeOrphanRule } from './exchangeOrphan';
import { exchangeRetryRule } from './exchangeRetry';
import { exchangeSlowRule } from './exchangeSlow';
import { exchangeUnansweredRule } from './exchangeUnanswered';
import { LogIndex, SharedIndex } from './logIndex';
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
  { ...logTimeOrderRule, reads: 'row-times' },
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
 * A checker that runs every rule. Message and exchange rules relate messages of one shop only, so they
 * run shop by shop (each shop's problems can be kept until its entries change): one pass over the
 * shops' messages calls every message rule for the message's type and direction, then one pass over
 * their exchanges every exchange rule. Log rules see the whole file. Never throws: a rule that fails on
 * a strange payload is skipped for that message and the others go on.
 */
export function createRulesChecker(options: RulesCheckerOptions = {}): Checker {
  const resolved = {
    slowResponseMs: options.slowResponseMs ?? defaultRuleOptions.slowResponseMs,
    timestampToleranceMs: options.timestampToleranceMs ?? defaultRuleOptions.timestampToleranceMs,
  };
  const plan = planRules(options.rules ?? rules);
  return perShopChecker({
    begin(parsed, sessions, cancel): ShopCheckPass {
      const shared = new SharedIndex(parsed, sessions);
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
      const cancelled = (): boolean => cancel?.isCancellationRequested === true;
      /** One log rule's problems (reported and returned), or undefined when it failed. */
      const runLogRule = (rule: LogRule): readonly Problem[] | undefined => {
        const run = new RuleRun(parsed, sessions, resolved, new LogIndex(parsed, sessions, shared));
        try {
          const returned = rule.run(run);
          return returned && returned.length > 0 ? [...run.problems, ...returned] : run.problems;
        } catch (error) {
          fail(rule, error);
          return run.problems.length > 0 ? run.problems : undefined;
        }
      };
      return {
        shops(scopes) {
          const runs = scopes.map((scope) => new RuleRun(parsed, sessions, resolved, new LogIndex(parsed, sessions, shared, { entries: scope.entries, shops: [scope.shop] })));
          const results = (): ShopProblems[] => runs.map((run) => ({ problems: run.problems, usesTimeBounds: run.index.usedTimeBounds }));
          let seen = 0;
          for (let s = 0; s < scopes.length; s++) {
            const run = runs[s]!;
            const entries = scopes[s]!.entries;
            for (let i = 0; i < entries.length; i++) {
              if (seen++ % cancelCheckInterval === 0 && cancelled()) return results();
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
          }
          if (plan.exchanges.length > 0) {
            for (let s = 0; s < scopes.length; s++) {
              if (cancelled()) return results();
              const run = runs[s]!;
              for (const session of scopes[s]!.shop.sessions) {
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
          return results();
        },
        log(previous) {
          if (plan.logs.length === 0) return { problems: [] };
          const before = previous?.kept as readonly (readonly Problem[] | undefined)[] | undefined;
          const kept: (readonly Problem[] | undefined)[] = [];
          const all: Problem[] = [];
          for (let r = 0; r < plan.logs.length; r++) {
            const rule = plan.logs[r]!;
            if (cancelled()) break;
            const carried = rule.reads === 'row-times' && before?.[r] && previous ? moveAll(before[r]!, previous.move) : undefined;
            const problems = carried ?? runLogRule(rule);
            kept.push(problems);
            if (problems) for (const problem of problems) all.push(problem);
          }
          return { problems: all, kept: cancelled() ? undefined : kept };
        },
      };
    },
  });
}

function moveAll(problems: readonly Problem[], move: (problem: Problem) => Problem | undefined): Problem[] | undefined {
  const moved: Problem[] = [];
  for (const problem of problems) {
    const next = move(problem);
    if (!next) return undefined;
    moved.push(next);
  }
  return moved;
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
