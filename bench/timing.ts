// Repeated measurements: warm-up runs first, a full GC before each run (when --expose-gc), best and
// median of the timed runs.
import { performance } from 'node:perf_hooks';

export interface Timing {
  readonly bestMs: number;
  readonly medianMs: number;
  readonly runsMs: readonly number[];
}

export interface Repeat {
  readonly warmups: number;
  readonly runs: number;
}

const collect = (globalThis as { gc?: () => void }).gc;

export function timingOf(runsMs: readonly number[]): Timing {
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { bestMs: sorted[0] ?? NaN, medianMs: sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN, runsMs };
}

export async function measureAsync(action: () => Promise<unknown>, repeat: Repeat): Promise<Timing> {
  for (let i = 0; i < repeat.warmups; i++) {
    collect?.();
    await action();
  }
  const runs: number[] = [];
  for (let i = 0; i < repeat.runs; i++) {
    collect?.();
    const start = performance.now();
    await action();
    runs.push(performance.now() - start);
  }
  return timingOf(runs);
}

export const hasGc = collect !== undefined;

/**
 * Several measurements taken in turns (a, b, c, a, b, c…; each awaited before the next), so a burst of
 * load from other processes on the machine hits them alike and the best of each is comparable.
 */
export async function measureInterleaved(actions: readonly (() => unknown)[], repeat: Repeat): Promise<Timing[]> {
  for (let i = 0; i < repeat.warmups; i++) {
    for (const action of actions) {
      collect?.();
      await action();
    }
  }
  const runs: number[][] = actions.map(() => []);
  for (let i = 0; i < repeat.runs; i++) {
    for (let k = 0; k < actions.length; k++) {
      collect?.();
      const start = performance.now();
      await actions[k]!();
      runs[k]!.push(performance.now() - start);
    }
  }
  return runs.map(timingOf);
}
