// Open exchange-log documents, kept in sync incrementally, each with its analysis computed once per
// version and re-used (and re-parsed only where edited) for the next one.
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { Analysis, AnalyzeOptions, TextChange } from '../core/analyze';
import { analyzeLog } from '../core/analyze';
import { mergeChanges } from '../core/edits';
import { LogDocument } from './logDocument';

interface OpenLog {
  document: LogDocument;
  analysis?: Analysis;
  /** Edits since `analysis` was computed, in LSP's sequential coordinates. */
  pending: TextChange[];
}

export class LogDocuments {
  private readonly logs = new Map<string, OpenLog>();

  constructor(private readonly options: () => AnalyzeOptions) {}

  open(uri: string, version: number, text: string): void {
    this.logs.set(uri, { document: LogDocument.create(uri, version, text), pending: [] });
  }

  change(uri: string, version: number, changes: readonly TextDocumentContentChangeEvent[]): void {
    const log = this.logs.get(uri);
    if (!log) return;
    const { document, edits } = log.document.update(changes, version);
    log.document = document;
    for (const edit of edits) {
      if (edit) {
        log.pending.push(edit);
      } else {
        log.analysis = undefined;
        log.pending = [];
      }
    }
  }

  close(uri: string): void {
    this.logs.delete(uri);
  }

  /** Forgets every analysis (settings or schemas changed); the next request recomputes in full. */
  invalidateAll(): void {
    for (const log of this.logs.values()) {
      log.analysis = undefined;
      log.pending = [];
    }
  }

  uris(): string[] {
    return [...this.logs.keys()];
  }

  document(uri: string): LogDocument | undefined {
    return this.logs.get(uri)?.document;
  }

  analysis(uri: string): { document: LogDocument; analysis: Analysis } | undefined {
    const log = this.logs.get(uri);
    if (!log) return undefined;
    if (!log.analysis || log.pending.length > 0) {
      const text = log.document.text;
      const merged = log.analysis ? mergeChanges(log.pending, text) : undefined;
      const previous = log.analysis && merged ? { analysis: log.analysis, changes: [merged] } : undefined;
      log.analysis = analyzeLog(text, this.options(), previous);
      log.pending = [];
    }
    return { document: log.document, analysis: log.analysis };
  }
}
