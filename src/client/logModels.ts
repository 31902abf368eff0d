// Client-side cache of what the server computed for each open log, refreshed when the server says
// a new version was analysed. The tree view, the status bar and the commands all read from here.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  ExchangeDetailRequest,
  LocateRequest,
  ModelChangedNotification,
  SessionExchangesRequest,
  SummaryRequest,
  type ExchangeDetail,
  type ExchangeView,
  type Location,
  type LogSummary,
} from '../shared/protocol';
import { KeyedDebounce } from './keyedDebounce';

/**
 * The summary of a 50 MB log takes the server a few hundred milliseconds: asking for it after every
 * keystroke would keep the server busy while the next keystroke waits. Ask once typing pauses.
 */
const REFRESH_AFTER_TYPING_MS = 250;

export class LogModels implements vscode.Disposable {
  private readonly summaries = new Map<string, LogSummary>();
  private readonly exchanges = new Map<string, Promise<readonly ExchangeView[]>>();
  private readonly changed = new vscode.EventEmitter<{ uri: string; summary: LogSummary }>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  private client!: LanguageClient;
  private readonly refreshes = new KeyedDebounce<string>(REFRESH_AFTER_TYPING_MS, (uri) => void this.refresh(uri).catch(() => undefined));

  constructor(private readonly startClient: () => Promise<LanguageClient>) {}

  /** Called once by the owner when the client is up. */
  attach(client: LanguageClient): void {
    this.client = client;
    this.disposables.push(
      client.onNotification(ModelChangedNotification.method, (params: ModelChangedNotification.Params) => this.refreshes.schedule(params.uri)),
    );
  }

  private async request<R>(method: string, params: object): Promise<R> {
    await this.startClient();
    return this.client.sendRequest<R>(method, params);
  }

  summary(uri: string): LogSummary | undefined {
    return this.summaries.get(uri);
  }

  async refresh(uri: string): Promise<LogSummary | undefined> {
    const summary = await this.request<SummaryRequest.Result>(SummaryRequest.method, { uri });
    for (const key of [...this.exchanges.keys()]) if (key.startsWith(`${uri}\n`)) this.exchanges.delete(key);
    if (!summary) {
      this.summaries.delete(uri);
      return undefined;
    }
    this.summaries.set(uri, summary);
    this.changed.fire({ uri, summary });
    return summary;
  }

  forget(uri: string): void {
    this.summaries.delete(uri);
  }

  exchangesOf(uri: string, sessionId: string): Promise<readonly ExchangeView[]> {
    const key = `${uri}\n${sessionId}`;
    let pending = this.exchanges.get(key);
    if (!pending) {
      pending = this
        .request<SessionExchangesRequest.Result>(SessionExchangesRequest.method, { uri, sessionId })
        .then((result) => result ?? []);
      this.exchanges.set(key, pending);
    }
    return pending;
  }

  locate(uri: string, position: vscode.Position): Promise<Location | null> {
    return this.request<LocateRequest.Result>(LocateRequest.method, { uri, position: { line: position.line, character: position.character } });
  }

  detail(uri: string, target: { exchangeId?: string; position?: vscode.Position }): Promise<ExchangeDetail | null> {
    const position = target.position ? { line: target.position.line, character: target.position.character } : undefined;
    return this.request<ExchangeDetailRequest.Result>(ExchangeDetailRequest.method, { uri, exchangeId: target.exchangeId, position });
  }

  dispose(): void {
    this.refreshes.cancelAll();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
