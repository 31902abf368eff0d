// `exchange-log check <files...> [--format text|json] [--slow-response-seconds N] [--severity code=level]`:
// every problem of each log as `file:line:col: severity code message`; exit 1 when any is an error.
import { readLog } from './readLog';
import { analyzeLog } from '../core/analyze';
import { allCodes } from '../core/codes';
import type { Problem, Severity } from '../core/model';
import { applySeverity, type SeverityOverrides } from '../core/severity';
import { LineIndex } from '../core/text/lineIndex';
import { standardCheckers } from '../core/validation/standardCheckers';

export const checkUsage = `  exchange-log check <files...> [--format text|json] [--slow-response-seconds N]
                     [--severity CODE=error|warning|information|hint|off]...
                                          validate every payload and the conversation; exit 1 on errors
`;

export interface CheckedProblem {
  readonly file: string;
  /** 1-based, as editors show them. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
}

interface CheckOptions {
  readonly files: string[];
  readonly format: 'text' | 'json';
  readonly slowResponseMs?: number;
  readonly severity: Record<string, Severity | 'off'>;
}

const severities = new Set(['error', 'warning', 'information', 'hint', 'off']);

function parseArgs(args: readonly string[]): CheckOptions | string {
  const options: CheckOptions = { files: [], format: 'text', severity: {} };
  let slowResponseMs: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => args[++i];
    if (arg === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'json') return format === undefined ? '--format needs a value: text or json' : `--format takes text or json, not ${format}`;
      (options as { format: string }).format = format;
    } else if (arg === '--slow-response-seconds') {
      const seconds = Number(value());
      if (!Number.isFinite(seconds) || seconds <= 0) return '--slow-response-seconds takes a positive number';
      slowResponseMs = seconds * 1000;
    } else if (arg === '--severity') {
      const [code, level] = (value() ?? '').split('=');
      if (!code || !level || !severities.has(level)) return `--severity takes CODE=error|warning|information|hint|off`;
      if (!Object.prototype.hasOwnProperty.call(allCodes, code)) return `unknown code ${code} (known: ${Object.keys(allCodes).join(', ')})`;
      options.severity[code] = level as Severity | 'off';
    } else if (arg.startsWith('--')) {
      return `unknown option ${arg}`;
    } else {
      options.files.push(arg);
    }
  }
  if (options.files.length === 0) return 'check needs at least one file';
  return { ...options, slowResponseMs };
}

function located(file: string, lines: LineIndex, problem: Problem): CheckedProblem {
  const start = lines.positionAt(problem.span.start);
  const end = lines.positionAt(problem.span.end);
  return {
    file,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    severity: problem.severity,
    code: problem.code,
    message: problem.message,
  };
}

export async function checkFile(file: string, text: string, options: { slowResponseMs?: number; severity?: SeverityOverrides } = {}): Promise<CheckedProblem[]> {
  const analysis = analyzeLog(text, { checkers: standardCheckers({ slowResponseMs: options.slowResponseMs }) });
  const lines = new LineIndex(text);
  return applySeverity(analysis.problems, options.severity ?? {})
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
    .map((problem) => located(file, lines, problem));
}

export async function checkCommand(args: readonly string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`exchange-log check: ${options}\n${checkUsage}`);
    return 2;
  }
  const all: CheckedProblem[] = [];
  let unreadable = false;
  for (const file of options.files) {
    let text: string;
    try {
      text = readLog(file);
    } catch (error) {
      process.stderr.write(`exchange-log: cannot read ${file}: ${(error as Error).message}\n`);
      unreadable = true;
      continue;
    }
    const problems = await checkFile(file, text, options);
    for (const problem of problems) all.push(problem);
    if (options.format === 'text') {
      for (const p of problems) process.stdout.write(`${p.file}:${p.line}:${p.column}: ${p.severity} ${p.code} ${p.message}\n`);
    }
  }
  if (options.format === 'json') process.stdout.write(`${JSON.stringify({ problems: all }, null, 2)}\n`);
  const errors = all.filter((p) => p.severity === 'error').length;
  if (options.format === 'text') {
    const warnings = all.filter((p) => p.severity === 'warning').length;
    process.stderr.write(`${options.files.length} file(s): ${errors} error(s), ${warnings} warning(s), ${all.length - errors - warnings} other\n`);
  }
  if (unreadable) return 2;
  return errors > 0 ? 1 : 0;
}
