// Wires the language server: documents, settings, analysis per version, diagnostics, custom requests.
import {
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import type { AnalyzeOptions } from '../core/analyze';
import { applySeverity } from '../core/severity';
import type { Problem } from '../core/model';
import { localeOf, type Locale } from '../shared/labels';
import { withDefaults, defaultServerSettings, type ServerSettings } from '../shared/settings';
import {
  ExchangeDetailRequest,
  LocateRequest,
  ModelChangedNotification,
  SessionExchangesRequest,
  SummaryRequest,
} from '../shared/protocol';
import { toDiagnostics } from './diagnostics';
import { foldingRanges } from './folding';
import { LogDocuments } from './logDocuments';
import { documentSymbols } from './symbols';
import { buildViewModel, type ViewModel } from './viewModel';
import { exchangeDetail, locate } from './locate';
import { Checks } from './checks';

export function startServer(connection: Connection): void {
  let settings: ServerSettings = defaultServerSettings;
  let locale: Locale = 'en';
  const checks = new Checks(connection);
  const analyzeOptions = (): AnalyzeOptions => ({
    sessions: { idleGapMs: settings.sessions.idleGapMinutes * 60_000 },
    checkers: settings.validation.enabled ? checks.checkers(settings) : [],
  });
  const documents = new LogDocuments(analyzeOptions);
  const views = new WeakMap<object, { problems: Problem[]; view?: ViewModel }>();

  const current = (uri: string) => {
    const found = documents.analysis(uri);
    if (!found) return undefined;
    let cached = views.get(found.analysis);
    if (!cached) {
      cached = { problems: applySeverity(found.analysis.problems, settings.validation.severity) };
      views.set(found.analysis, cached);
    }
    const entry = cached;
    return {
      ...found,
      problems: entry.problems,
      view: () => (entry.view ??= buildViewModel(uri, found.document, found.analysis, entry.problems)),
    };
  };

  const dirty = new Set<string>();
  let scheduled = false;
  const schedule = (uri: string) => {
    dirty.add(uri);
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      for (const next of [...dirty]) {
        dirty.delete(next);
        guard(`analysing ${next}`, () => publish(next));
      }
    });
  };
  const publish = (uri: string) => {
    const state = current(uri);
    if (!state) return;
    void connection.sendDiagnostics({ uri, version: state.document.version, diagnostics: toDiagnostics(state.document, state.problems) });
    void connection.sendNotification(ModelChangedNotification.method, { uri, version: state.document.version });
  };
  const guard = <T>(what: string, action: () => T): T | null => {
    try {
      return action();
    } catch (error) {
      connection.console.error(`Exchange Log: failed ${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return null;
    }
  };

  const reloadSettings = async () => {
    const raw = await connection.workspace.getConfiguration('exchangeLog').then(undefined, () => undefined);
    settings = withDefaults(raw);
    await checks.configure(settings);
    documents.invalidateAll();
    for (const uri of documents.uris()) schedule(uri);
  };
  checks.onDidChange(() => {
    documents.invalidateAll();
    for (const uri of documents.uris()) schedule(uri);
  });

  connection.onInitialize((params): InitializeResult => {
    locale = localeOf(params.locale);
    checks.setWorkspace(params.workspaceFolders?.map((f) => f.uri) ?? []);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        hoverProvider: true,
        definitionProvider: true,
      },
      serverInfo: { name: 'Exchange Log Language Server' },
    };
  });
  connection.onInitialized(() => void reloadSettings());
  connection.onDidChangeConfiguration(() => void reloadSettings());

  connection.onDidOpenTextDocument(({ textDocument }) => {
    documents.open(textDocument.uri, textDocument.version, textDocument.text);
    schedule(textDocument.uri);
  });
  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    documents.change(textDocument.uri, textDocument.version, contentChanges);
    schedule(textDocument.uri);
  });
  connection.onDidCloseTextDocument(({ textDocument }) => {
    documents.close(textDocument.uri);
    dirty.delete(textDocument.uri);
    void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
  });

  connection.onDocumentSymbol(({ textDocument }) =>
    guard('building the outline', () => {
      const state = current(textDocument.uri);
      return state ? documentSymbols(state.document, state.analysis, locale) : null;
    }));
  connection.onFoldingRanges(({ textDocument }) =>
    guard('computing folding ranges', () => {
      const state = current(textDocument.uri);
      return state ? foldingRanges(state.document, state.analysis) : null;
    }));
  connection.onHover((params) => guard('hovering', () => checks.hover(current(params.textDocument.uri), params.position, locale)));
  connection.onDefinition((params) => guard('finding the definition', () => checks.definition(current(params.textDocument.uri), params.position)));

  connection.onRequest(SummaryRequest.method, (params: SummaryRequest.Params): SummaryRequest.Result =>
    guard('summarising', () => current(params.uri)?.view().summary ?? null));
  connection.onRequest(SessionExchangesRequest.method, (params: SessionExchangesRequest.Params): SessionExchangesRequest.Result =>
    guard('listing exchanges', () => current(params.uri)?.view().exchangesOf(params.sessionId) ?? null));
  connection.onRequest(LocateRequest.method, (params: LocateRequest.Params): LocateRequest.Result =>
    guard('locating', () => {
      const state = current(params.uri);
      return state ? locate(state.document, state.analysis, state.view(), params.position) : null;
    }));
  connection.onRequest(ExchangeDetailRequest.method, (params: ExchangeDetailRequest.Params): ExchangeDetailRequest.Result =>
    guard('reading an exchange', () => {
      const state = current(params.uri);
      return state ? exchangeDetail(state.document, state.analysis, state.view(), params) : null;
    }));

  connection.listen();
}
