// The package manifest and the code must agree: commands, settings, strings, diagnostic codes.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { allCodes } from '../../../src/core/codes';
import { defaultServerSettings } from '../../../src/shared/settings';

const repoRoot = path.resolve(__dirname, '../../../..');
const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');
const manifest = JSON.parse(read('package.json'));
const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
const nlsRu = JSON.parse(read('package.nls.ru.json')) as Record<string, string>;
const bundleRu = JSON.parse(read('l10n/bundle.l10n.ru.json')) as Record<string, string>;
const settings = manifest.contributes.configuration.properties as Record<string, { default?: unknown; properties?: object; markdownDescription?: string; description?: string }>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : name.endsWith('.ts') ? [full] : [];
  });
}
const clientSource = sources(path.join(repoRoot, 'src/client')).map((f) => readFileSync(f, 'utf8')).join('\n');

describe('package manifest ↔ code', () => {
  it('registers a handler for every contributed command, each with a category', () => {
    for (const command of manifest.contributes.commands as { command: string; category?: string }[]) {
      assert.ok(clientSource.includes(`'${command.command}'`), `no handler for ${command.command}`);
      assert.equal(command.category, '%category%', `${command.command} has no category`);
    }
  });

  it('contributes every setting the code reads, each with a description', () => {
    const read = [...clientSource.matchAll(/\bget(?:<[^>]*>)?\('([a-zA-Z.]+)'/g)].map((m) => `exchangeLog.${m[1]}`);
    assert.ok(read.length >= 5);
    for (const key of read) assert.ok(settings[key], `setting ${key} is read but not contributed`);
    for (const key of Object.keys(defaultServerSettings.validation)) assert.ok(settings[`exchangeLog.validation.${key}`], key);
    for (const [key, setting] of Object.entries(settings)) assert.ok(setting.markdownDescription ?? setting.description, `${key} has no description`);
    assert.equal(settings['exchangeLog.validation.slowResponseSeconds']!.default, defaultServerSettings.validation.slowResponseSeconds);
    assert.equal(settings['exchangeLog.sessions.idleGapMinutes']!.default, defaultServerSettings.sessions.idleGapMinutes);
  });

  it('offers a severity setting for exactly the diagnostic codes the core reports', () => {
    const offered = Object.keys(settings['exchangeLog.validation.severity']!.properties ?? {}).sort();
    assert.deepEqual(offered, Object.keys(allCodes).sort());
  });

  it('has every %key% of the manifest in English and Russian', () => {
    const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    for (const key of keys) {
      assert.ok(nls[key], `package.nls.json lacks ${key}`);
      assert.ok(nlsRu[key], `package.nls.ru.json lacks ${key}`);
    }
    assert.deepEqual(Object.keys(nlsRu).sort(), Object.keys(nls).sort());
  });

  it('translates every runtime string of the client into Russian', () => {
    const strings = [...clientSource.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!.replace(/\\'/g, "'"));
    assert.ok(strings.length > 20);
    const missing = [...new Set(strings)].filter((s) => !(s in bundleRu));
    assert.deepEqual(missing, []);
  });

  it('gives every diagnostic code a default severity and a description', () => {
    for (const [code, info] of Object.entries(allCodes)) {
      assert.match(code, /^[a-z]+\.[a-z-]+$/);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(info.severity), code);
      assert.ok(info.description.length > 20, code);
    }
  });
});
