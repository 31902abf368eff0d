// VS Code gives `.log` files its own "log" language and `.txt` plain text, so an exchange log opened
// under those names is recognised by its content and switched to the exchange-log language.
import * as vscode from 'vscode';
import { looksLikeExchangeLog } from '../core/parse/detect';
import { languageId } from '../shared/protocol';
import { config } from './config';

const candidateLanguages = new Set(['log', 'plaintext', 'markdown']);
const sniffLength = 64 * 1024;

export function isCandidate(document: vscode.TextDocument): boolean {
  return candidateLanguages.has(document.languageId) && (document.uri.scheme === 'file' || document.uri.scheme === 'untitled' || document.uri.scheme === 'vscode-remote');
}

export function sniff(document: vscode.TextDocument): boolean {
  const end = document.positionAt(sniffLength); // clamps to the end of a shorter document
  return looksLikeExchangeLog(document.getText(new vscode.Range(new vscode.Position(0, 0), end)));
}

export async function detectLanguage(document: vscode.TextDocument): Promise<void> {
  if (!isCandidate(document) || !config.detectByContent(document.uri)) return;
  if (sniff(document)) await vscode.languages.setTextDocumentLanguage(document, languageId);
}

export function registerLanguageDetection(disposables: vscode.Disposable[]): void {
  vscode.workspace.onDidOpenTextDocument((document) => void detectLanguage(document), undefined, disposables);
  for (const document of vscode.workspace.textDocuments) void detectLanguage(document);
}
