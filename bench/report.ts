// The printed table, the bar verdicts, and bench/.data/last-run.json.
import * as fs from 'node:fs';
import * as os from 'node:os';
import type { Timing } from './timing';

export interface ThroughputRow {
  readonly name: string;
  /** What the MB in MB/s are: always MB (10^6 bytes, UTF-8) of log text, but over which part. */
  readonly over: string;
  readonly logBytes: number;
  readonly timing: Timing;
}

export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly unit: '' | 'ms';
  readonly bar: number;
  readonly atLeast: boolean;
}

export const mbPerSecond = (row: ThroughputRow): number => row.logBytes / 1e6 / (row.timing.bestMs / 1000);

const fixed = (value: number, digits: number): string => (Number.isFinite(value) ? value.toFixed(digits) : '—');

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function throughputTable(rows: readonly ThroughputRow[], baseline: ThroughputRow): string {
  return table(
    ['measurement', 'log text', 'best ms', 'median ms', 'runs', 'MB/s', '× JSON.parse'],
    rows.map((row) => [
      row.name,
      `${fixed(row.logBytes / 1e6, 1)} MB ${row.over}`,
      fixed(row.timing.bestMs, 1),
      fixed(row.timing.medianMs, 1),
      String(row.timing.runsMs.length),
      fixed(mbPerSecond(row), 1),
      fixed(mbPerSecond(row) / mbPerSecond(baseline), 3),
    ]),
  );
}

export function editTable(edits: readonly { what: string; line: number; ms: number; diagnostics: number }[]): string {
  return table(
    ['edit', 'line', 'didChange → diagnostics ms', 'diagnostics'],
    edits.map((e, i) => [`${i + 1}. ${e.what}`, String(e.line), fixed(e.ms, 1), String(e.diagnostics)]),
  );
}

export function verdict(bar: Bar): { line: string; pass: boolean } {
  const pass = bar.atLeast ? bar.value >= bar.bar : bar.value <= bar.bar;
  const digits = bar.unit === 'ms' ? 1 : 2;
  const shown = `${fixed(bar.value, digits)}${bar.unit === 'ms' ? ' ms' : ''}`;
  const wanted = `${bar.atLeast ? '≥' : '≤'} ${bar.bar}${bar.unit === 'ms' ? ' ms' : ''}`;
  const line = `${bar.label} = ${shown} (bar ${wanted}) ${pass ? 'PASS' : '*** FAIL ***'}`;
  return { line, pass };
}

export function machine(): Record<string, unknown> {
  const cpus = os.cpus();
  return { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpu: cpus[0]?.model, cores: cpus.length, memoryGb: Math.round(os.totalmem() / 2 ** 30) };
}

export function writeJson(path: string, value: unknown): void {
  fs.writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}
