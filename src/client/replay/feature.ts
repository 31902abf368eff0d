// The replay feature's state, shared by its commands, views and test API.
import * as vscode from 'vscode';
import type { Ctx } from '../ctx';
import { config } from '../config';
import { type Prompt, modalPrompt } from './consent';
import { CredentialStore } from './credentials';
import { type ReplayEndpoint, defaultIgnoreFields, parseEndpoints } from './endpoints';
import { ReplayDocuments } from './resultDocuments';
import { ReplayStore } from './replayStore';

/** Where the replay feature writes: the extension's output channel. */
export interface ReplayLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const transcriptLimit = 500;

export class ReplayFeature implements vscode.Disposable {
  readonly store = new ReplayStore();
  readonly documents = new ReplayDocuments(this.store);
  readonly credentials: CredentialStore;
  /** Replaced by tests (test API `replay.setPrompt`) to observe and answer the consent question. */
  prompt: Prompt = modalPrompt;
  /** Abort controllers of the replays in flight. */
  readonly running = new Set<AbortController>();
  private reported = '';
  /** The last lines the feature wrote to the output channel, so tests can check no secret reached it. */
  readonly transcript: string[] = [];
  readonly log: ReplayLog;

  constructor(readonly ctx: Ctx) {
    this.credentials = new CredentialStore(ctx.extension);
    const write = (level: 'info' | 'warn' | 'error') => (message: string) => {
      ctx.output[level](message);
      this.transcript.push(`[${level}] ${message}`);
      if (this.transcript.length > transcriptLimit) this.transcript.shift();
    };
    this.log = { info: write('info'), warn: write('warn'), error: write('error') };
  }

  /** The configured endpoints; problems with the setting go to the output channel once per change. */
  endpoints(): readonly ReplayEndpoint[] {
    const { endpoints, problems } = parseEndpoints(config.replayEndpoints());
    const report = problems.join('\n');
    if (report !== '' && report !== this.reported) this.log.warn(report);
    this.reported = report;
    return endpoints;
  }

  ignoreFields(): readonly string[] {
    const raw = config.replayIgnoreFields();
    return Array.isArray(raw) ? raw.filter((p): p is string => typeof p === 'string') : defaultIgnoreFields;
  }

  dispose(): void {
    for (const controller of this.running) controller.abort();
    this.documents.dispose();
    this.store.dispose();
  }
}
