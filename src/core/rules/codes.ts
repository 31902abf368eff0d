// Stable codes of the cross-message rules. Settings (per-code severity) and docs refer to them: never rename.
import type { Severity } from '../model';

export interface RuleCodeInfo {
  readonly severity: Severity;
  readonly description: string;
}

export const ruleCodes = {
  'bill.sum': {
    severity: 'error',
    description: 'A BILL answer whose summ is not the sum of its products (price × quantity), in kopecks.',
  },
  'list.bill-mismatch': {
    severity: 'warning',
    description:
      'A LIST answer describes a bill differently from the BILL answer of the same shop: id, date, summ, number, or customername (the customer name trimmed).',
  },
  'bill.id-echo': {
    severity: 'error',
    description: 'A BILL request whose get.id differs from the last segment of its path, or whose answer has another id.',
  },
  'receipt.item-sum': {
    severity: 'error',
    description: 'A receipt item whose sumPrice is not price × quantity − discount.',
  },
  'receipt.item-tax': {
    severity: 'error',
    description: 'A receipt item whose tax is not the VAT inside its sumPrice: sumPrice × taxPercent / (100 + taxPercent).',
  },
  'receipt.total-tax': {
    severity: 'error',
    description: 'A receipt whose totalTax is not the sum of its items\u2019 tax.',
  },
  'receipt.total-amount': {
    severity: 'error',
    description: 'A receipt whose totalAmount is not the sum of its items\u2019 sumPrice minus totalDiscount.',
  },
  'receipt.post-body': {
    severity: 'error',
    description: 'A RECEIPT request whose post differs from its body (compared structurally; key order does not matter).',
  },
  'receipt.event-id': {
    severity: 'error',
    description: 'A RECEIPT whose receipt id (body.data.id) equals the webhook event id (body.id).',
  },
  'receipt.bill-mismatch': {
    severity: 'warning',
    description:
      'A RECEIPT that disagrees with the bill it was made for (the latest BILL answer of the shop before it): number, date, customer name, totalAmount, or an item\u2019s id, price, quantity or VAT rate. Skipped for bills not in the log; item and amount checks are skipped when the register reports contentModified.',
  },
  'receipt.timestamp': {
    severity: 'warning',
    description:
      'A RECEIPT whose body.timestamp is more than the tolerance (default 5 s) away from the logged second of the request (of the first delivery, for a retry).',
  },
  'exchange.retry': {
    severity: 'information',
    description: 'A request that repeats an earlier one (the same RECEIPT event, or an identical request): which one, and after how long.',
  },
  'exchange.unanswered': {
    severity: 'warning',
    description: 'A request with no answer in the log.',
  },
  'exchange.orphan': {
    severity: 'warning',
    description: 'An answer with no request of its type and shop waiting for it.',
  },
  'exchange.slow': {
    severity: 'warning',
    description: 'An answer logged more than the slow-response threshold (default 5 s) after its request.',
  },
  'log.time-order': {
    severity: 'warning',
    description: 'A row whose time breaks the order of the file (newer than the row above it in a newest-first log, or older in an oldest-first one).',
  },
} as const satisfies Record<string, RuleCodeInfo>;

export type RuleCode = keyof typeof ruleCodes;
