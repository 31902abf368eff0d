// Owns the language client and everything registered by the extension; starts the server on first need.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { serverNodeFlags } from '../shared/serverFlags';
import { languageId } from '../shared/protocol';
import { LogModels } from './logModels';

export class Ctx implements vscode.Disposable {
  readonly disposables: vscode.Disposable[] = [];
  readonly output: vscode.LogOutputChannel;
  readonly models: LogModels;
  private started: Promise<LanguageClient> | undefined;

  constructor(readonly extension: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel('Exchange Log', { log: true });
    this.models = new LogModels(() => this.client());
    this.disposables.push(this.output, this.models);
  }

  /** The language client, started on first use. */
  client(): Promise<LanguageClient> {
    this.started ??= this.createClient();
    return this.started;
  }

  get isStarted(): boolean {
    return this.started !== undefined;
  }

  private async createClient(): Promise<LanguageClient> {
    const module = this.extension.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc, options: { execArgv: [...serverNodeFlags] } },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: [...serverNodeFlags, '--nolazy', '--inspect=6019'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ language: languageId }],
      synchronize: {
        configurationSection: 'exchangeLog',
        fileEvents: vscode.workspace.createFileSystemWatcher('**/*.json'),
      },
      outputChannel: this.output,
    };
    const client = new LanguageClient('exchangeLog', vscode.l10n.t('Exchange Log Language Server'), serverOptions, clientOptions);
    this.disposables.push({ dispose: () => void client.stop() });
    await client.start();
    this.models.attach(client);
    return client;
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0).reverse()) disposable.dispose();
  }
}
