import type { Problem, Severity } from './model';

export type SeverityOverrides = Readonly<Record<string, Severity | 'off'>>;

/** Applies per-code severity settings; `off` drops the problem. */
export function applySeverity(problems: readonly Problem[], overrides: SeverityOverrides): Problem[] {
  if (Object.keys(overrides).length === 0) return [...problems];
  const result: Problem[] = [];
  for (const problem of problems) {
    const setting = overrides[problem.code];
    if (setting === 'off') continue;
    result.push(setting && setting !== problem.severity ? { ...problem, severity: setting } : problem);
  }
  return result;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export function worstOf(a: Severity | undefined, b: Severity | undefined): Severity | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return rank[a] <= rank[b] ? a : b;
}
