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
