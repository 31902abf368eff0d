import * as assert from 'node:assert/strict';
import { looksLikeExchangeLog } from '../../../src/core/parse/detect';
import { readSample } from './fixtures';
import { variants } from './variants';

describe('looksLikeExchangeLog', () => {
  it('recognises the sample and every variant of it', () => {
    assert.ok(looksLikeExchangeLog(readSample()));
    for (const [name, build] of Object.entries(variants)) assert.ok(looksLikeExchangeLog(build()), name);
  });

  it('recognises a single row of each form', () => {
    assert.ok(looksLikeExchangeLog('| 2025-12-13 19:06:57 | 146 | Запрос (BILL) | {'));
    assert.ok(looksLikeExchangeLog('2026-03-22 15:27:50\t143\tОтвет (BILL)\t{"id": 1}'));
    assert.ok(looksLikeExchangeLog('Журнал\n2026-03-22 15:27:50 143Ответ (BILL)\n    {'));
    assert.ok(looksLikeExchangeLog('| 2025-12-13 19:06:57 | 146 | Request (hello) | |'));
  });

  it('looks only at the first 64 KB', () => {
    const row = '| 2025-12-13 19:06:57 | 146 | Запрос (BILL) | |';
    assert.ok(!looksLikeExchangeLog('x\n'.repeat(40_000) + row));
    assert.ok(looksLikeExchangeLog('x\n'.repeat(10_000) + row));
  });

  it('is false for ordinary logs, other tables, JSON and nothing', () => {
    const others = [
      '',
      '2025-12-13 19:06:57 INFO Request (GET) /api/v2/hello 200\n2025-12-13 19:06:58 INFO Response (200) 12ms',
      '2025-12-13 19:06:57,123 [main] DEBUG Запрос (BILL) отправлен',
      '2025-12-13 19:06:57\tINFO\tResponse (200)\tok',
      '| Дата | Сумма | Статус |\n|---|---|---|\n| 2025-12-13 | 418 | Оплачен (карта) |',
      '| 2025-12-13 19:06:57 | Иванов | Отпуск (ежегодный) | 14 дней |',
      '{\n"get": {\n"q": "/api/v2/hello"\n},\n"note": "| 2025-12-13 19:06:57 | 146 | Запрос (BILL) | {"\n}',
      '# Notes\n\nQuery (BILL) at 2025-12-13 19:06:57',
    ];
    for (const text of others) assert.ok(!looksLikeExchangeLog(text), text);
  });
});
