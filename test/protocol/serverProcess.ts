// Starts the real bundled language server over stdio and speaks LSP to it, as an editor would.
import { spawn, type ChildProcess } from 'node:child_process';
import { serverNodeFlags } from '../../src/shared/serverFlags';
import * as path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const repoRoot = path.resolve(__dirname, '../../..');

export interface ServerUnderTest {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  /** Resolves with the next diagnostics for `uri` that satisfy `accept`. */
  diagnostics(uri: string, accept?: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  /** Resolves when the server says it analysed `uri` at `version` or later. */
  modelChanged(uri: string, version: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startServer(settings: unknown = {}): Promise<ServerUnderTest> {
  const child = spawn(process.execPath, [...serverNodeFlags, path.join(repoRoot, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiting: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const latest = new Map<string, PublishDiagnosticsParams>();
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    latest.set(params.uri, params);
    for (const waiter of [...waiting]) {
      if (waiter.uri === params.uri && waiter.accept(params)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  const models: { uri: string; version: number; resolve: () => void }[] = [];
  connection.onNotification('exchangeLog/modelChanged', (params: { uri: string; version: number }) => {
    for (const waiter of [...models]) {
      if (waiter.uri === params.uri && params.version >= waiter.version) {
        models.splice(models.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
    locale: 'en',
    workspaceFolders: null,
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    diagnostics: (uri, accept = () => true) => new Promise((resolve) => {
      const known = latest.get(uri);
      if (known && accept(known)) {
        resolve(known);
        return;
      }
      waiting.push({ uri, accept, resolve });
    }),
    modelChanged: (uri, version) => new Promise((resolve) => models.push({ uri, version, resolve })),
    async stop() {
      await connection.sendRequest('shutdown').catch(() => undefined);
      await connection.sendNotification('exit').catch(() => undefined);
      connection.dispose();
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
