// The question asked before a replay changes state on a server (RECEIPT posts the receipt again).
// It goes through a `Prompt` so tests can observe and answer it; nothing else can skip it except the
// endpoint's own setting `confirmStateChanging: false`, or `confirm: true` in the command's arguments
// for an endpoint on this machine (127.0.0.1, ::1, localhost). A caller passing `confirm: true` for any
// other endpoint is still asked: another extension or a keybinding must not post to production silently.
import * as vscode from 'vscode';
import type { ReplayRequest } from '../../core/replay/request';
import { type ReplayEndpoint, isLoopback } from './endpoints';

export interface ConsentQuestion {
  readonly method: string;
  readonly url: string;
  readonly endpoint: string;
  readonly type: string;
  /** The whole question as the user sees it. */
  readonly message: string;
  readonly detail: string;
}

/** Answers true to send. */
export type Prompt = (question: ConsentQuestion) => Promise<boolean>;

export const modalPrompt: Prompt = async (question) => {
  const send = vscode.l10n.t('Send');
  const answer = await vscode.window.showWarningMessage(question.message, { modal: true, detail: question.detail }, send);
  return answer === send;
};

export function needsConsent(request: ReplayRequest, endpoint: ReplayEndpoint, callerConfirmed: boolean): boolean {
  if (!request.stateChanging || !endpoint.confirmStateChanging) return false;
  return !(callerConfirmed && isLoopback(endpoint));
}

export function consentQuestion(request: ReplayRequest, endpoint: ReplayEndpoint): ConsentQuestion {
  return {
    method: request.method,
    url: request.url,
    endpoint: endpoint.name,
    type: request.type,
    message: vscode.l10n.t('Send {0} {1} to endpoint "{2}"?', request.method, request.url, endpoint.name),
    detail: vscode.l10n.t('Replaying {0} changes state on the server: it sends the logged request again. Set "confirmStateChanging": false on the endpoint to stop asking.', request.type),
  };
}
