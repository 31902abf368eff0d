// Problems → LSP diagnostics.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { LogDocument } from './logDocument';
import type { Problem, Severity } from '../core/model';
import { diagnosticSource } from '../shared/protocol';
import { toRange } from './positions';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostics(document: LogDocument, problems: readonly Problem[]): Diagnostic[] {
  return problems.map((problem) => ({
    range: toRange(document, problem.span),
    severity: severities[problem.severity],
    code: problem.code,
    source: diagnosticSource,
    message: problem.message,
    relatedInformation: problem.related?.map((related) => ({
      location: { uri: document.uri, range: toRange(document, related.span) },
      message: related.message,
    })),
  }));
}
