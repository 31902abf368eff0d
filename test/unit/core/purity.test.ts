import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '../../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : name.endsWith('.ts') ? [full] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

describe('layering', () => {
  it('keeps the core pure: no editor, language-server or Node modules', () => {
    const allowed = new Set(['jsonc-parser', 'ajv', 'ajv/dist/2020', 'ajv-formats']);
    const offenders = sources(path.join(repoRoot, 'src/core')).flatMap((file) =>
      imports(file)
        .filter((spec) => !spec.startsWith('.') && !allowed.has(spec))
        .map((spec) => `${path.relative(repoRoot, file)} imports ${spec}`));
    assert.deepEqual(offenders, []);
  });

  it('keeps vscode out of the server, the CLI, the shared contract and src/node', () => {
    for (const dir of ['src/server', 'src/cli', 'src/shared', 'src/node']) {
      const offenders = sources(path.join(repoRoot, dir)).filter((file) => imports(file).some((spec) => spec === 'vscode' || spec.startsWith('vscode-languageclient')));
      assert.deepEqual(offenders.map((f) => path.relative(repoRoot, f)), [], dir);
    }
  });

  it('keeps the language server packages out of the client and the CLI', () => {
    for (const dir of ['src/client', 'src/cli']) {
      const offenders = sources(path.join(repoRoot, dir)).filter((file) => imports(file).some((spec) => /^vscode-languageserver(\/|$)/.test(spec)));
      assert.deepEqual(offenders.map((f) => path.relative(repoRoot, f)), [], dir);
    }
  });
});
