// Shared by the integration tests: the extension's API, the workspace's sample, and waits on events.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ExchangeLogApi } from '../../../src/client/testApi';
import type { SessionsNode } from '../../../src/client/sessionsView/nodes';

export const extensionId = 'exchange-log-debugger.exchange-log-debugger';

export async function api(): Promise<ExchangeLogApi> {
  const extension = vscode.extensions.getExtension<ExchangeLogApi>(extensionId);
  assert.ok(extension, 'extension is installed');
  return extension.activate();
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Resolves when `event` fires with a value `accept` likes (or at once when `ready()` is already true). */
export function waitFor<T>(event: vscode.Event<T>, accept: (value: T) => boolean, ready?: () => boolean, timeoutMs = 20_000, what = 'event'): Promise<void> {
  if (ready?.()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const listener = event((value) => {
      if (accept(value) || ready?.()) {
        clearTimeout(timer);
        listener.dispose();
        resolve();
      }
    });
  });
}

/** Opens a file and waits until it is in the exchange-log language (switched by content if need be). */
export async function openLog(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const isLog = () => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.languageId === 'exchange-log');
  const switched = waitFor(vscode.workspace.onDidOpenTextDocument, (d) => d.uri.toString() === uri.toString() && d.languageId === 'exchange-log', isLog, 20_000, `${uri.path} in exchange-log`);
  await vscode.workspace.openTextDocument(uri);
  await switched;
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === 'exchange-log')!;
  return vscode.window.showTextDocument(document);
}

/** Diagnostics of a document once `accept` likes them. */
export async function diagnosticsOf(uri: vscode.Uri, accept: (d: readonly vscode.Diagnostic[]) => boolean): Promise<readonly vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(uri);
  await waitFor(vscode.languages.onDidChangeDiagnostics, (e) => e.uris.some((u) => u.toString() === uri.toString()) && accept(current()), () => accept(current()), 20_000, `diagnostics of ${uri.path}`);
  return current();
}

export async function labelsOf(api: ExchangeLogApi, node?: SessionsNode): Promise<string[]> {
  const children = await api.sessions.children(node);
  return children.map((child) => String(api.sessions.item(child).label));
}

export async function childNamed(api: ExchangeLogApi, parent: SessionsNode | undefined, label: string | RegExp): Promise<SessionsNode> {
  const children = await api.sessions.children(parent);
  const found = children.find((child) => {
    const text = String(api.sessions.item(child).label);
    return typeof label === 'string' ? text === label : label.test(text);
  });
  assert.ok(found, `no child ${String(label)} among ${children.map((c) => String(api.sessions.item(c).label)).join(' | ')}`);
  return found;
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
