// The replay part of the extension's test API (`activate()`'s `replay` field).
import type * as vscode from 'vscode';
import type { Ctx } from '../ctx';
import { type Prompt, modalPrompt } from './consent';
import type { ReplayFeature } from './feature';
import type { EndpointStatus } from './statusItem';
import type { ReplayRecord } from './types';

export interface ReplayApi {
  /** Replaces the consent question (`undefined` restores the modal dialog), so a test can see and answer it. */
  setPromptForTests(prompt: Prompt | undefined): void;
  /** Every replay of this window, oldest first (redacted). */
  records(): readonly ReplayRecord[];
  /** Aborts the replays in flight, as the progress notification's Cancel does. */
  cancelAll(): number;
  /** The number of replays in flight. */
  running(): number;
  endpointStatus(): { text: string; visible: boolean; command?: string };
  /** What the replay feature wrote to the output channel (the last 500 lines). */
  outputTranscript(): readonly string[];
  readonly onDidAddReplay: vscode.Event<{ readonly uri: string; readonly exchangeId: string }>;
}

const apis = new WeakMap<Ctx, ReplayApi>();

export function createReplayApi(feature: ReplayFeature, status: EndpointStatus): ReplayApi {
  const api: ReplayApi = {
    setPromptForTests: (prompt) => {
      feature.prompt = prompt ?? modalPrompt;
    },
    records: () => feature.store.all(),
    cancelAll: () => {
      const count = feature.running.size;
      for (const controller of feature.running) controller.abort();
      return count;
    },
    running: () => feature.running.size,
    endpointStatus: () => ({ text: status.item.text, visible: status.visible(), command: typeof status.item.command === 'string' ? status.item.command : status.item.command?.command }),
    outputTranscript: () => [...feature.transcript],
    onDidAddReplay: feature.store.onDidChange,
  };
  apis.set(feature.ctx, api);
  return api;
}

export function replayApiOf(ctx: Ctx): ReplayApi | undefined {
  return apis.get(ctx);
}
