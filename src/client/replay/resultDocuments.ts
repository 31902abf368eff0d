// Read-only virtual documents of the `exchange-log-replay:` scheme: one result per replay, the two sides
// of "Compare with Logged Response", and dry runs. Their text is rendered from redacted records only.
import * as vscode from 'vscode';
import type { Problem } from '../../core/model';
import { prettyNormalized } from '../../core/replay/compare';
import { LineIndex } from '../../core/text/lineIndex';
import { diagnosticSource } from '../../shared/protocol';
import type { ReplayStore } from './replayStore';
import type { ReplayRecord } from './types';

export const replayScheme = 'exchange-log-replay';
const maxListedDifferences = 40;

export const replayUris = {
  result: (record: ReplayRecord) => vscode.Uri.from({ scheme: replayScheme, path: `/replay-${record.id}/${record.type}-result.${record.prettyBody !== undefined || !record.response?.bodyText ? 'jsonc' : 'txt'}` }),
  logged: (record: ReplayRecord) => vscode.Uri.from({ scheme: replayScheme, path: `/replay-${record.id}/${record.type}-logged.json` }),
  replayed: (record: ReplayRecord) => vscode.Uri.from({ scheme: replayScheme, path: `/replay-${record.id}/${record.type}-replayed.json` }),
  dryRun: (n: number, type: string) => vscode.Uri.from({ scheme: replayScheme, path: `/dry-run-${n}/${type}.http` }),
};

export class ReplayDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('exchange-log-replay');
  private dryRuns = 0;

  constructor(private readonly store: ReplayStore) {}

  /** Renders a new replay's documents and puts its schema problems on its result document. */
  addRecord(record: ReplayRecord): void {
    const result = renderResult(record);
    const resultUri = replayUris.result(record);
    this.texts.set(resultUri.toString(), result.text);
    this.texts.set(replayUris.logged(record).toString(), record.logged.status === 'json' ? prettyNormalized(record.logged.value) : '');
    this.texts.set(replayUris.replayed(record).toString(), replayedText(record));
    if (result.bodyOffset !== undefined && record.problems.length > 0) {
      this.diagnostics.set(resultUri, toDiagnostics(record.problems, result.text, result.bodyOffset));
    }
  }

  /** Drops every replay's documents and diagnostics. */
  clear(): void {
    for (const key of [...this.texts.keys()]) {
      if (/^\/replay-\d+\//.test(vscode.Uri.parse(key).path)) this.texts.delete(key);
    }
    this.diagnostics.clear();
  }

  addDryRun(type: string, text: string): vscode.Uri {
    const uri = replayUris.dryRun(++this.dryRuns, type);
    this.texts.set(uri.toString(), text);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const known = this.texts.get(uri.toString());
    if (known !== undefined) return known;
    const id = /^\/replay-(\d+)\//.exec(uri.path)?.[1];
    const record = id === undefined ? undefined : this.store.get(id);
    if (record) {
      this.addRecord(record);
      return this.texts.get(uri.toString()) ?? '';
    }
    return vscode.l10n.t('// This replay is no longer available.');
  }

  dispose(): void {
    this.changed.dispose();
    this.diagnostics.dispose();
  }
}

function replayedText(record: ReplayRecord): string {
  if (record.response?.bodyJson !== undefined) return prettyNormalized(record.response.bodyJson);
  return record.response?.bodyText ?? '';
}

function toDiagnostics(problems: readonly Problem[], text: string, bodyOffset: number): vscode.Diagnostic[] {
  const lines = new LineIndex(text);
  return problems.map((problem) => {
    const start = lines.positionAt(bodyOffset + problem.span.start);
    const end = lines.positionAt(bodyOffset + problem.span.end);
    const diagnostic = new vscode.Diagnostic(new vscode.Range(start.line, start.character, end.line, end.character), problem.message, severityOf(problem.severity));
    diagnostic.code = problem.code;
    diagnostic.source = diagnosticSource;
    return diagnostic;
  });
}

function severityOf(severity: Problem['severity']): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error': return vscode.DiagnosticSeverity.Error;
    case 'warning': return vscode.DiagnosticSeverity.Warning;
    case 'information': return vscode.DiagnosticSeverity.Information;
    default: return vscode.DiagnosticSeverity.Hint;
  }
}

/** The result document: a comment block of facts, then the body. */
export function renderResult(record: ReplayRecord): { text: string; bodyOffset?: number } {
  const t = vscode.l10n.t;
  const head: string[] = [
    t('Replay #{0} of {1} · shop {2} · logged {3} (Moscow)', record.id, record.type, record.shop, record.loggedAt),
    t('Endpoint "{0}": {1} {2}', record.endpoint, record.request.method, record.request.url),
    t('Replayed at {0} · {1} ms', record.startedAt.toISOString(), record.durationMs),
  ];
  const { response, failure, differences } = record;
  if (response) head.push(`HTTP ${response.status} ${response.statusText}`.trimEnd());
  if (failure) head.push(t('Failed ({0}): {1}', failure.kind, failure.message));
  head.push(t('Compared with the logged response: {0}', record.comparison));
  if (differences && !differences.equal) for (const line of differenceLines(record)) head.push(line);
  if (record.problems.length > 0) head.push(t('Schema: {0} problem(s), shown in the Problems view', record.problems.length));
  else if (record.prettyBody !== undefined) head.push(t('Schema: the answer is valid'));
  for (const url of response?.redirects ?? []) head.push(t('Redirected to {0}', url));
  if (response) {
    head.push(t('Response headers:'));
    for (const [name, value] of Object.entries(response.headers)) head.push(`  ${name}: ${value}`);
  }
  const comment = head.map((line) => `// ${line.replace(/\r?\n/g, ' ')}`).join('\n');
  const body = record.prettyBody ?? response?.bodyText ?? '';
  if (body === '') return { text: `${comment}\n` };
  return { text: `${comment}\n\n${body}\n`, bodyOffset: comment.length + 2 };
}

function differenceLines(record: ReplayRecord): string[] {
  const diff = record.differences!;
  const lines = [
    ...diff.changed.map((c) => `  ${vscode.l10n.t('changed')} ${c.path || '(root)'}: ${short(c.logged)} → ${short(c.replayed)}`),
    ...diff.added.map((a) => `  ${vscode.l10n.t('added')} ${a.path}: ${short(a.value)}`),
    ...diff.removed.map((r) => `  ${vscode.l10n.t('removed')} ${r.path}: ${short(r.value)}`),
  ];
  if (lines.length <= maxListedDifferences) return lines;
  return [...lines.slice(0, maxListedDifferences), `  ${vscode.l10n.t('… and {0} more', lines.length - maxListedDifferences)}`];
}

function short(value: unknown): string {
  const text = value === undefined ? '(none)' : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
