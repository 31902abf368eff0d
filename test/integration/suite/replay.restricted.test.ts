// In Restricted Mode replay refuses with an explanation and contacts nothing; exports stay available.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReplayCommandResult } from '../../../src/client/replay/types';
import { type FakeProtocolServer, startFakeProtocolServer } from '../../support/fakeProtocolServer';
import { api, closeAll, openLog, workspaceFile } from './helpers';

describe('replay in Restricted Mode', function () {
  this.timeout(60_000);
  let server: FakeProtocolServer;

  before(async () => {
    server = await startFakeProtocolServer();
  });
  after(async () => {
    await closeAll();
    await server.close();
  });

  it('refuses to replay, says why, and sends nothing', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    const uri = workspaceFile('exchange-sample.log');
    await openLog(uri);
    const ext = await api();
    await ext.summary(uri);
    const asked: unknown[] = [];
    ext.replay!.setPromptForTests(async (question) => {
      asked.push(question);
      return true;
    });
    // Even an endpoint in the user's own settings (which Restricted Mode keeps) is not contacted.
    await vscode.workspace.getConfiguration('exchangeLog').update('replay.endpoints', [{ name: 'fake', baseUrl: server.url, confirmStateChanging: false }], vscode.ConfigurationTarget.Global);
    try {
      for (const line of [185, 39]) {
        const result = await vscode.commands.executeCommand<ReplayCommandResult>('exchangeLog.replay.request', { uri: uri.toString(), line, endpoint: 'fake', confirm: true, show: false });
        assert.equal(result.ok, false);
        assert.equal(result.failure?.kind, 'untrusted');
        assert.match(result.failure!.message, /Restricted Mode/);
        assert.match(result.failure!.message, /Trust the workspace/);
      }
      const compared = await vscode.commands.executeCommand<{ ok: boolean }>('exchangeLog.replay.compare', { uri: uri.toString(), line: 185, endpoint: 'fake', show: false });
      assert.equal(compared.ok, false);
      assert.equal(server.requests.length, 0, 'nothing was sent');
      assert.equal(asked.length, 0);
      assert.equal(ext.replay!.records().length, 0);
      assert.equal(ext.replay!.endpointStatus().visible, false);

      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
      assert.ok(!lenses.some((lens) => lens.command?.command === 'exchangeLog.replay.request'), 'no "▶ Replay" lens');
    } finally {
      ext.replay!.setPromptForTests(undefined);
      await vscode.workspace.getConfiguration('exchangeLog').update('replay.endpoints', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
