// The test module VS Code loads in the extension host (`extensionTestsPath`), under the VS Code server
// (scripts/run-integration.mjs) and under desktop VS Code (runElectron.ts) alike. It runs mocha over the compiled
// *.test.js files beside it. The pass comes from EXLOG_TEST_PASS: `restricted` runs only *.restricted.test.js
// (the workspace is open in Restricted Mode), anything else runs all the others.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

const RESTRICTED_SUFFIX = '.restricted.test.js';

export function run(): Promise<void> {
  const pass = process.env.EXLOG_TEST_PASS === 'restricted' ? 'restricted' : 'main';
  const grep = process.env.EXLOG_TEST_GREP ?? process.env.INTEGRATION_GREP;
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, reporter: 'spec', color: false, ...(grep ? { grep } : {}) });
  const files = fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .filter((name) => name.endsWith(RESTRICTED_SUFFIX) === (pass === 'restricted'))
    .sort();
  for (const name of files) mocha.addFile(path.join(__dirname, name));
  console.log(`integration suite, pass ${pass}: ${files.length} file(s)${grep ? `, grep ${grep}` : ''}`);

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const stats = runner.stats ?? { passes: 0, failures };
        // Read by scripts/run-integration.mjs to add the counts up.
        console.log(`__result__:${JSON.stringify({ passed: stats.passes, failed: stats.failures })}`);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
    } catch (error) {
      reject(error);
    }
  });
}
