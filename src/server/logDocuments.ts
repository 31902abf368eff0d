// Open exchange-log documents, kept in sync incrementally, each with its analysis computed once per
// version and re-used (and re-parsed only where edited) for the next one.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { Analysis, AnalyzeOptions, TextChange } from '../core/analyze';
import { analyzeLog } from '../core/analyze';
import { mergeChanges } from '../core/edits';

interface OpenLog {
  document: TextDocument;
  analysis?: Analysis;
  /** Edits since `analysis` was computed, in LSP's sequential coordinates. */
  pending: TextChange[];
}

export class LogDocuments {
  private readonly logs = new Map<string, OpenLog>();

  constructor(private readonly options: () => AnalyzeOptions) {}

  open(uri: string, version: number, text: string): void {
    const document = TextDocument.create(uri, 'exchange-log', version, text);
    // The document indexes its lines on first use (a scan of the whole text, 100+ ms for 50 MB): do it
    // while opening, which reads the whole text anyway, not in the first edit.
    document.positionAt(0);
    this.logs.set(uri, { document, pending: [] });
  }

  change(uri: string, version: number, changes: readonly TextDocumentContentChangeEvent[]): void {
    const log = this.logs.get(uri);
    if (!log) return;
    for (const change of changes) {
      if ('range' in change) {
        const rangeOffset = log.document.offsetAt(change.range.start);
        const rangeLength = log.document.offsetAt(change.range.end) - rangeOffset;
        log.pending.push({ rangeOffset, rangeLength, text: change.text });
      } else {
        log.analysis = undefined;
        log.pending = [];
      }
      log.document = TextDocument.update(log.document, [change], version);
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

  document(uri: string): TextDocument | undefined {
    return this.logs.get(uri)?.document;
  }

  analysis(uri: string): { document: TextDocument; analysis: Analysis } | undefined {
    const log = this.logs.get(uri);
    if (!log) return undefined;
    if (!log.analysis || log.pending.length > 0) {
      const text = log.document.getText();
      const merged = log.analysis ? mergeChanges(log.pending, text) : undefined;
      const previous = log.analysis && merged ? { analysis: log.analysis, changes: [merged] } : undefined;
      log.analysis = analyzeLog(text, this.options(), previous);
      log.pending = [];
    }
    return { document: log.document, analysis: log.analysis };
  }
}
