import * as assert from 'node:assert/strict';
import { formatKopecks, formatMoney, includedTaxKopecks, lineKopecks, sameMoney, toKopecks } from '../../../src/core/money';

describe('money: toKopecks', () => {
  it('rounds half up where binary floating point sits just below the half', () => {
    assert.equal(1.005 * 100, 100.49999999999999); // the trap
    assert.equal(toKopecks(1.005), 101);
    assert.equal(toKopecks(0.285), 29);
    assert.equal(toKopecks(1.115), 112);
    assert.equal(toKopecks(2.675), 268);
    assert.equal(toKopecks(8.345), 835);
    assert.equal(toKopecks(12345678.905), 1234567891);
  });

  it('rounds the protocol\u2019s products and quotients exactly', () => {
    assert.equal(18.88 * 24, 453.12);
    assert.equal(toKopecks(18.88 * 24), 45312);
    assert.equal(toKopecks(4543.5 * 4), 1817400);
    assert.equal(toKopecks(99.99 * 3), 29997); // 299.96999999999997
    assert.equal(toKopecks((41800 * 5) / 105), 199048); // 1990.476…
    assert.equal(toKopecks((18174 * 5) / 105), 86543); // 865.428…
    assert.equal(toKopecks(0.1 + 0.2), 30);
  });

  it('does not round up what is really below the half', () => {
    assert.equal(toKopecks(1.0049), 100);
    assert.equal(toKopecks(1.00499), 100);
    assert.equal(toKopecks(0.00499), 0);
    assert.equal(toKopecks(1.994999), 199);
    assert.equal(toKopecks(41790.004), 4179000);
  });

  it('rounds negative amounts half away from zero and never returns -0', () => {
    assert.equal(toKopecks(-1.005), -101);
    assert.equal(toKopecks(-0.004), 0);
    assert.ok(Object.is(toKopecks(-0), 0));
    assert.ok(Object.is(toKopecks(-0.001), 0));
    assert.equal(toKopecks(-41800), -4180000);
  });

  it('keeps whole kopecks exact for every amount up to 2000.00 and common quantities', () => {
    for (let cents = 0; cents <= 200_000; cents++) {
      const value = cents / 100;
      if (toKopecks(value) !== cents) assert.fail(`toKopecks(${value})`);
      for (const quantity of [3, 7, 24, 1000]) {
        if (lineKopecks(value, quantity) !== cents * quantity) assert.fail(`${value} × ${quantity}`);
      }
      if (toKopecks((cents + 0.5) / 100) !== cents + 1) assert.fail(`half up of ${(cents + 0.5) / 100}`);
    }
  });

  it('is NaN for non-finite values', () => {
    assert.ok(Number.isNaN(toKopecks(Number.NaN)));
    assert.ok(Number.isNaN(toKopecks(Number.POSITIVE_INFINITY)));
  });
});

describe('money: helpers', () => {
  it('includedTaxKopecks: VAT inside the amount, 0 for 0 %', () => {
    assert.equal(includedTaxKopecks(41800, 5), 199048);
    assert.equal(includedTaxKopecks(453.12, 22), 8171);
    assert.equal(includedTaxKopecks(299.97, 7), 1962);
    assert.equal(includedTaxKopecks(350, 0), 0);
  });

  it('sameMoney compares in kopecks', () => {
    assert.ok(sameMoney(0.1 + 0.2, 0.3));
    assert.ok(sameMoney(453.12, 18.88 * 24));
    assert.ok(sameMoney(1.005, 1.01));
    assert.ok(!sameMoney(41800, 41799.99));
  });

  it('formatKopecks / formatMoney: two decimals, digit groups with spaces', () => {
    assert.equal(formatKopecks(4179000), '41 790.00');
    assert.equal(formatKopecks(5), '0.05');
    assert.equal(formatKopecks(0), '0.00');
    assert.equal(formatKopecks(-12345), '-123.45');
    assert.equal(formatKopecks(100000000), '1 000 000.00');
    assert.equal(formatMoney(1.005), '1.01');
    assert.equal(formatMoney(1234567.8), '1 234 567.80');
    assert.equal(formatMoney(18.88 * 24), '453.12');
    assert.equal(formatMoney(Number.NaN), 'NaN');
  });
});
