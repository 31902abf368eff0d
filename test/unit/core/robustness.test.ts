// Inputs found by trying to break the analysis: each must end in a result, never an exception.
import * as assert from 'node:assert/strict';
import { analyzeLog } from '../../../src/core/analyze';
import { standardCheckers } from '../../../src/core/validation/standardCheckers';

const check = (text: string) => analyzeLog(text, { checkers: standardCheckers() });
const row = (time: string, shop: string, event: string, payload: string) => `| ${time} | ${shop} | ${event} | ${payload} |`;
const helloRequest = '{\n"get": {\n"q": "/api/v2/hello"\n},\n"body": null,\n"post": [],\n"headers": {\n"vary": [\n"Accept"\n]\n}\n}';

describe('analysis of hostile logs', () => {
  it('survives payloads nested 100 000 deep in every message type', () => {
    const deepArray = '['.repeat(100_000) + ']'.repeat(100_000);
    const deepBody = `{"get": {"q": "/api/v2/receipts"}, "body": ${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}, "post": []}`;
    const text = [
      row('2025-12-13 19:16:32', '1', 'Ответ (BILL)', deepArray),
      row('2025-12-13 19:16:31', '1', 'Запрос (RECEIPT)', deepBody),
      row('2025-12-13 19:16:30', '1', 'Ответ (HELLO)', `{"system": "x", "protocol": ${deepArray}}`),
    ].join('\n');
    const analysis = check(text);
    assert.equal(analysis.parsed.entries.length, 3);
    assert.ok(analysis.problems.some((p) => p.code.startsWith('schema.')), 'the wrong shapes are still reported');
    for (const problem of analysis.problems) assert.ok(problem.span.start >= 0 && problem.span.end <= text.length);
  });

  it('reports 150 000 problems without running out of arguments', () => {
    const rows: string[] = [];
    for (let i = 0; i < 150_000; i++) rows.push(row('2025-12-13 19:16:30', String(i % 7), 'Ответ (LIST)', '[]'));
    const analysis = check(rows.join('\n'));
    assert.equal(analysis.problems.filter((p) => p.code === 'exchange.orphan').length, 150_000);
  });

  it('pairs a request and its answer logged in the same second (order not decidable from times)', () => {
    const text = [row('2025-12-13 19:16:30', '131', 'Ответ (HELLO)', '{\n"system": "x",\n"protocol": "0.1.0"\n}'), row('2025-12-13 19:16:30', '131', 'Запрос (HELLO)', helloRequest)].join('\n');
    const analysis = check(text);
    const exchanges = analysis.sessions.shops[0]!.sessions.flatMap((s) => s.exchanges);
    assert.deepEqual(exchanges.map((x) => x.state), ['answered']);
    assert.deepEqual(analysis.problems.map((p) => p.code), []);
  });

  it('gives sessions that start in the same second different ids', () => {
    const text = [0, 1, 2].map(() => row('2025-12-13 19:16:30', '131', 'Запрос (HELLO)', helloRequest)).join('\n');
    const ids = check(text).sessions.shops[0]!.sessions.map((s) => s.id);
    assert.equal(ids.length, 3);
    assert.equal(new Set(ids).size, 3);
  });

  it('says so when a file with text holds no row at all (another file, another encoding)', () => {
    const cp1251AsUtf8 = Buffer.from([0x7c, 0x20, 0xc7, 0xe0, 0xef, 0xf0, 0xee, 0xf1, 0x0a]).toString('utf8');
    for (const text of ['root:x:0:0:root:/root:/bin/bash\n', cp1251AsUtf8, '\u0000\u0001binary']) {
      const codes = check(text).problems.map((p) => p.code);
      assert.deepEqual(codes, ['log.no-rows'], JSON.stringify(text));
    }
    assert.deepEqual(check('').problems, []);
    assert.deepEqual(check('  \n\n').problems, []);
  });
});
