import * as assert from 'node:assert/strict';
import type { ParsedLog } from '../../../src/core/model';
import { parseCodes } from '../../../src/core/parse/codes';
import { parseLog } from '../../../src/core/parse/parseLog';

const PREFIX = '| 2025-12-13 19:06:57 | 146 | Ответ (BILL) | ';

function parseRow(payload: string): { text: string; parsed: ParsedLog } {
  const text = `${PREFIX}${payload} |\n| 2025-12-13 19:06:56 | 146 | Запрос (BILL) | |`;
  return { text, parsed: parseLog(text) };
}

/** code → the text its span covers. */
function problemsOf({ text, parsed }: { text: string; parsed: ParsedLog }): [string, string][] {
  return parsed.problems.map((p) => [p.code, text.slice(p.span.start, p.span.end)]);
}

describe('payloads', () => {
  it('parses any JSON value, with the native parser', () => {
    for (const json of ['{"a": [1, 2]}', '[]', 'true', 'null', '42', '-1.5e3', '"ok"']) {
      const { parsed } = parseRow(json);
      assert.equal(parsed.entries[0]!.payload.status, 'json', json);
      assert.deepEqual(parsed.entries[0]!.payload.json!.value, JSON.parse(json));
      assert.deepEqual(parsed.problems, []);
    }
  });

  it('truncated values: the span is where the text stops', () => {
    assert.deepEqual(problemsOf(parseRow('{\n"a": tru')), [['payload.truncated', 'tru']]);
    assert.deepEqual(problemsOf(parseRow('{\n"a": "cut')), [['payload.truncated', '"cut']]);
    assert.deepEqual(problemsOf(parseRow('[\n{\n"id": 1\n}')), [['payload.truncated', '}']]);
    assert.deepEqual(problemsOf(parseRow('{')), [['payload.truncated', '{']]);
  });

  it('every prefix of a JSON payload of the sample is reported as truncated, at its end', () => {
    const json = JSON.stringify({ id: 3192, summ: 418.5, ok: true, none: null, name: 'Пётр \\"Т" ', list: [1, { a: [] }] }, null, 1);
    for (let cut = 1; cut < json.length; cut++) {
      const prefix = json.slice(0, cut).trimEnd();
      const row = parseRow(prefix);
      const problems = row.parsed.problems;
      assert.deepEqual(
        problems.map((p) => p.code),
        ['payload.truncated'],
        `cut at ${cut}: ${JSON.stringify(prefix.slice(-20))}`,
      );
      assert.equal(problems[0]!.span.end, row.text.indexOf(prefix) + prefix.length);
    }
  });

  it('invalid JSON: the span is on the offending token', () => {
    assert.deepEqual(problemsOf(parseRow('{"a": 1,\n"b": x}')), [['payload.invalid-json', 'x']]);
    assert.deepEqual(problemsOf(parseRow('{"a": 1,}')), [['payload.invalid-json', '}']]);
    assert.deepEqual(problemsOf(parseRow('{"a": 1 /* c */}')), [['payload.invalid-json', '/* c */']]);
    assert.deepEqual(problemsOf(parseRow('OK')), [['payload.invalid-json', 'OK']]);
  });

  it('a complete value followed by text: a warning, the value is used', () => {
    const row = parseRow('{"a": 1}\n<b>Warning</b>: headers already sent');
    assert.deepEqual(problemsOf(row), [['payload.trailing-text', '<b>Warning</b>: headers already sent']]);
    assert.deepEqual(row.parsed.entries[0]!.payload.json!.value, { a: 1 });
    assert.equal(row.parsed.entries[0]!.payload.json!.text, '{"a": 1}');
  });

  it('leading notices in the forms PHP prints them', () => {
    const forms = [
      'Notice: Undefined index: id in /var/www/api.php on line 12\n{"a": 1}',
      'PHP Warning:  Undefined array key "x" in /app/index.php on line 3{"a": 1}',
      '[13-Dec-2025 19:06:57 UTC] PHP Notice:  Undefined variable $x\n{"a": 1}',
      '<br />\n<b>Deprecated</b>: Function x() is deprecated<br />{"a": 1}',
    ];
    for (const payload of forms) {
      const row = parseRow(payload);
      const entry = row.parsed.entries[0]!;
      assert.equal(entry.payload.status, 'json', payload);
      assert.deepEqual(entry.payload.json!.value, { a: 1 });
      assert.equal(row.text.slice(entry.payload.jsonOffset, entry.payload.jsonOffset + 8), '{"a": 1}');
      const [[code, covered]] = problemsOf(row) as [[string, string]];
      assert.equal(code, 'payload.leading-text');
      assert.equal(covered, payload.slice(0, payload.indexOf('{"a"')).trimEnd());
    }
  });

  it('a notice before truncated JSON: both are reported', () => {
    assert.deepEqual(problemsOf(parseRow('Notice: x in /a.php on line 1\n{\n"a": 1,')), [
      ['payload.leading-text', 'Notice: x in /a.php on line 1'],
      ['payload.truncated', '"a": 1,'],
    ]);
  });

  it('an HTML page with braces in its style is still an HTML page', () => {
    const page = '<!DOCTYPE html>\n<html><head><title>Error 500</title>\n<style>\nbody {\ncolor: red;\n}\n</style></head></html>';
    const { parsed } = parseRow(page);
    assert.deepEqual(
      parsed.problems.map((p) => p.code),
      ['payload.html'],
    );
    assert.match(parsed.problems[0]!.message, /Error 500/);
  });

  it('a BOM alone is an empty cell, with the BOM reported', () => {
    const { parsed } = parseRow('\uFEFF');
    assert.equal(parsed.entries[0]!.payload.status, 'empty');
    assert.deepEqual(
      parsed.problems.map((p) => p.code),
      ['payload.bom'],
    );
  });

  it('nesting too deep for any tree does not throw', () => {
    const deep = '['.repeat(100_000);
    const { parsed } = parseRow(deep);
    assert.equal(parsed.entries[0]!.payload.status, 'invalid');
    assert.equal(parsed.problems.length, 1);
  });

  it('every problem code has a severity and a description', () => {
    for (const [code, info] of Object.entries(parseCodes)) {
      assert.match(code, /^(row|payload)\.[a-z-]+$/);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(info.severity));
      assert.ok(info.description.length > 10);
    }
  });

  it('problems carry the default severity of their code and the entry index', () => {
    const { parsed } = parseRow('{');
    assert.equal(parsed.problems[0]!.severity, parseCodes['payload.truncated'].severity);
    assert.equal(parsed.problems[0]!.entry, 0);
  });
});
