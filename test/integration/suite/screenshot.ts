// Asks the runner (scripts/run-integration.mjs) for a screenshot of the workbench as the user sees it. The runner
// watches the extension host's console for `__screenshot__:<name>`, saves test-results/<name>.png and then writes
// test-results/<name>.done ("ok" or "error: …"). Where no runner takes screenshots (desktop VS Code under
// @vscode/test-electron), it resolves with '' at once.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const resultsDir = process.env.EXLOG_TEST_RESULTS_DIR ?? path.resolve(__dirname, '..', '..', '..', '..', 'test-results');

export async function screenshot(name: string, timeoutMs = 30_000): Promise<string> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot name must be letters, digits, '.', '_' or '-': ${name}`);
  if (process.env.EXLOG_SCREENSHOTS !== '1') return '';
  fs.mkdirSync(resultsDir, { recursive: true });
  const png = path.join(resultsDir, `${name}.png`);
  const done = path.join(resultsDir, `${name}.done`);
  fs.rmSync(done, { force: true });
  // Notifications left by earlier tests would cover what this picture is about.
  await vscode.commands.executeCommand('notifications.clearAll');

  const status = await new Promise<string>((resolve, reject) => {
    const check = (): void => {
      if (!fs.existsSync(done)) return;
      finish();
      resolve(fs.readFileSync(done, 'utf8').trim());
    };
    const watcher = fs.watch(resultsDir, check);
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`no screenshot '${name}' within ${timeoutMs} ms (is the runner scripts/run-integration.mjs?)`));
    }, timeoutMs);
    const finish = (): void => {
      watcher.close();
      clearTimeout(timer);
    };
    console.log(`__screenshot__:${name}`);
    check();
  });
  if (status !== 'ok') throw new Error(`screenshot '${name}' failed: ${status}`);
  return png;
}
