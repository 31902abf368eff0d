// `npm start` (after `npm run build`): opens a copy of the field sample with the extension loaded from this
// checkout. Desktop VS Code when `code` is on PATH; otherwise the VS Code server on 127.0.0.1, whose URL is
// printed, in the foreground until Ctrl+C. Env: PORT (server port, default a free one).
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isServerInstalled, repoRoot, startServer, toolsDir } from './vscode-server.mjs';

const fixtureDir = path.join(repoRoot, 'test', 'fixtures', 'workspace');
const sample = 'exchange-sample.log';

function onPath(command) {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    try {
      accessSync(path.join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function withDesktop() {
  const workspace = path.join(mkdtempSync(path.join(os.tmpdir(), 'exlog-start-')), 'workspace');
  cpSync(fixtureDir, workspace, { recursive: true });
  console.log(`opening ${workspace} in VS Code with the extension from ${repoRoot}`);
  const result = spawnSync('code', [`--extensionDevelopmentPath=${repoRoot}`, workspace, path.join(workspace, sample)], {
    stdio: 'inherit',
  });
  return result.status ?? 1;
}

async function withServer() {
  if (!isServerInstalled()) {
    const setup = spawnSync('bash', [path.join(repoRoot, 'scripts', 'setup-vscode-server.sh')], { stdio: 'inherit' });
    if (setup.status !== 0) return setup.status ?? 1;
  }
  // Kept between starts (UI state, settings), except the workspace, copied fresh from the fixture each time.
  const home = path.join(path.dirname(toolsDir), 'start');
  const workspace = path.join(home, 'workspace');
  rmSync(workspace, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  cpSync(fixtureDir, workspace, { recursive: true });

  const server = await startServer({
    port: Number(process.env.PORT) || 0,
    userDataDir: path.join(home, 'user-data'),
    extensionsDir: path.join(home, 'extensions'),
    trust: true,
    // The browser workbench saves after a second by default; a log under inspection should not change.
    // The try-out workspace lives inside this checkout: no prompt to open the checkout's git repository.
    settings: { 'files.autoSave': 'off', 'git.enabled': false },
  });
  const url = server.url(workspace, [
    ['extensionDevelopmentPath', server.remoteUri(repoRoot)],
    ['openFile', server.remoteUri(path.join(workspace, sample))],
    ['skipWelcome', 'true'],
  ]);
  console.log(`\nVS Code server with the extension from this checkout, bound to 127.0.0.1:${server.port}. Open:\n\n  ${url}\n`);
  console.log('(rebuild with `npm run build` and reload the window to pick up changes; Ctrl+C to stop)');
  await new Promise((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, resolve);
  });
  console.log('\nstopping the VS Code server');
  await server.stop();
  return 0;
}

process.exitCode = onPath('code') ? withDesktop() : await withServer();
