// The integration suite under desktop VS Code via @vscode/test-electron, for machines that can download VS Code
// (this one cannot: use scripts/run-integration.mjs here). Same two passes as the server runner:
// `main` with Workspace Trust disabled, `restricted` with it enabled and the workspace copy never trusted.
// Env: VSCODE_VERSION (default 1.100.3; 'stable' works too), INTEGRATION_GREP, INTEGRATION_PASS.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const extensionTestsPath = path.join(__dirname, 'suite', 'index');
const fixtureDir = path.join(repoRoot, 'test', 'fixtures', 'workspace');
const passes = [
  { name: 'main', trust: true },
  { name: 'restricted', trust: false },
].filter((p) => !process.env.INTEGRATION_PASS || p.name === process.env.INTEGRATION_PASS);

async function runPass(pass: { name: string; trust: boolean }): Promise<number> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `exlog-electron-${pass.name}-`));
  const workspace = path.join(tmp, 'workspace');
  const userDataDir = path.join(tmp, 'user-data');
  fs.cpSync(fixtureDir, workspace, { recursive: true });
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  const settings = {
    'security.workspace.trust.enabled': !pass.trust,
    'security.workspace.trust.startupPrompt': 'never',
    'workbench.startupEditor': 'none',
  };
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  try {
    return await runTests({
      version: process.env.VSCODE_VERSION ?? '1.100.3',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath,
      extensionTestsEnv: {
        EXLOG_TEST_PASS: pass.name,
        ...(process.env.INTEGRATION_GREP ? { EXLOG_TEST_GREP: process.env.INTEGRATION_GREP } : {}),
      },
      launchArgs: [
        workspace,
        '--disable-extensions', // every other installed extension; the one under development still loads
        `--user-data-dir=${userDataDir}`,
        '--skip-welcome',
        '--skip-release-notes',
        ...(pass.trust ? ['--disable-workspace-trust'] : []),
      ],
    });
  } catch (error) {
    console.error(`pass ${pass.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  let exitCode = 0;
  for (const pass of passes) {
    const code = await runPass(pass);
    if (code !== 0 && exitCode === 0) exitCode = code;
  }
  process.exitCode = exitCode;
}

void main();
