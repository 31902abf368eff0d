// Starts the VS Code server (code-server from npm, installed by scripts/setup-vscode-server.sh) on loopback.
// Used by the integration test runner and by `npm start` on machines without desktop VS Code.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const toolsDir = path.join(repoRoot, '.tools', 'code-server');
const entry = path.join(toolsDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const READY_TIMEOUT_MS = 60_000;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** True when scripts/setup-vscode-server.sh has finished in this checkout. */
export function isServerInstalled() {
  return existsSync(path.join(toolsDir, '.installed')) && existsSync(entry);
}

/**
 * @param {{ port?: number, userDataDir: string, extensionsDir: string, trust: boolean,
 *           env?: Record<string, string>, settings?: Record<string, unknown>, onOutput?: (line: string) => void }} options
 *   trust: true disables Workspace Trust (every folder trusted); false keeps it enabled, so a folder never trusted
 *   before opens in Restricted Mode (the startup prompt is switched off in the user settings).
 * @returns {Promise<{ port: number, url: (folder: string, payload?: Array<[string, string]>) => string,
 *           remoteUri: (absPath: string) => string, stop: () => Promise<void> }>}
 */
export async function startServer(options) {
  if (!isServerInstalled()) {
    throw new Error('VS Code server is not installed: run `bash scripts/setup-vscode-server.sh`');
  }
  const { userDataDir, extensionsDir, trust } = options;
  writeUserSettings(userDataDir, trust, options.settings);
  mkdirSync(extensionsDir, { recursive: true });
  // An empty config file of our own, so code-server does not write one with a password into ~/.config.
  const configFile = path.join(userDataDir, 'code-server.yaml');
  writeFileSync(configFile, '');

  const args = [
    entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${options.port ?? 0}`,
    '--config', configFile,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    ...(trust ? ['--disable-workspace-trust'] : []),
  ];
  const child = spawn(process.execPath, args, {
    cwd: userDataDir,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stop() can end the extension hosts and pty hosts too
  });
  const killTree = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  // The server is in its own process group, so Ctrl+C does not reach it: end it when this process ends.
  const onExit = () => killTree('SIGKILL');
  const onSignal = (signal) => {
    killTree('SIGKILL');
    forget();
    // Nobody else handles the signal: die of it as Node would have.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const forget = () => {
    process.off('exit', onExit);
    for (const signal of SIGNALS) process.off(signal, onSignal);
  };
  process.on('exit', onExit);
  for (const signal of SIGNALS) process.on(signal, onSignal);

  const port = await waitForListening(child, options.onOutput).catch((error) => {
    killTree('SIGKILL');
    forget();
    throw error;
  });

  // The same host as the page's URL: the workbench resolves files through the authority it was served from.
  const remoteUri = (absPath) => `vscode-remote://127.0.0.1:${port}${toPosix(absPath)}`;
  const url = (folder, payload = []) => {
    const query = new URLSearchParams();
    if (folder) query.set('folder', toPosix(folder));
    if (payload.length) query.set('payload', JSON.stringify(payload));
    return `http://127.0.0.1:${port}/?${query}`;
  };
  const stop = async () => {
    forget();
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    killTree('SIGTERM');
    const timer = setTimeout(() => killTree('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    killTree('SIGKILL'); // children that outlived the parent
  };
  return { port, url, remoteUri, stop };
}

function writeUserSettings(userDataDir, trust, extra = {}) {
  const userDir = path.join(userDataDir, 'User');
  mkdirSync(userDir, { recursive: true });
  const settings = {
    'security.workspace.trust.enabled': !trust,
    'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.banner': 'always',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    ...extra,
  };
  writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify(settings, null, 2));
}

/** Resolves with the port once code-server prints that it listens; rejects when it exits first. */
function waitForListening(child, onOutput) {
  return new Promise((resolve, reject) => {
    let settled = false;
    let tail = '';
    const timer = setTimeout(() => finish(new Error(`VS Code server not ready after ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
    const finish = (error, port) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(port);
    };
    let partial = '';
    const onData = (chunk) => {
      const text = chunk.toString();
      tail = (tail + text).slice(-4000);
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        if (line.trim()) onOutput?.(line);
        const match = /HTTP server listening on https?:\/\/[^:]+:(\d+)/.exec(line);
        if (match) finish(null, Number(match[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', (error) => finish(error));
    child.once('exit', (code, signal) =>
      finish(new Error(`VS Code server exited (${signal ?? code}) before listening:\n${tail}`)),
    );
  });
}

function toPosix(p) {
  return p.split(path.sep).join('/');
}
