// Problem codes of the log reader. Codes are never renamed once released: settings and docs refer to them.
import type { Severity } from '../model';

interface CodeInfo {
  readonly severity: Severity;
  readonly description: string;
}

export const parseCodes = {
  'row.malformed': {
    severity: 'error',
    description: 'A row does not have the time, shop, event and payload cells; it is skipped.',
  },
  'row.bad-event': {
    severity: 'error',
    description: 'The event cell is not "Запрос (TYPE)" / "Ответ (TYPE)" (or Request/Response); the row is skipped.',
  },
  'row.bad-time': {
    severity: 'error',
    description: 'The time cell is not a valid "YYYY-MM-DD HH:MM:SS" time.',
  },
  'row.unterminated': {
    severity: 'warning',
    description: 'The last line of the row does not end with " |": the row was cut off.',
  },
  'payload.html': {
    severity: 'error',
    description: 'The payload is an HTML page (a proxy or server error page), not JSON.',
  },
  'payload.leading-text': {
    severity: 'warning',
    description: 'Text (such as a PHP notice) precedes the JSON of the payload; the JSON after it is used.',
  },
  'payload.trailing-text': {
    severity: 'warning',
    description: 'Text follows the complete JSON of the payload; the JSON before it is used.',
  },
  'payload.bom': {
    severity: 'warning',
    description: 'A byte order mark precedes the JSON of the payload; the JSON after it is used.',
  },
  'payload.truncated': {
    severity: 'error',
    description: 'The JSON of the payload stops before the value is complete.',
  },
  'payload.invalid-json': {
    severity: 'error',
    description: 'The payload is not valid JSON.',
  },
} as const satisfies Record<string, CodeInfo>;

export type ParseCode = keyof typeof parseCodes;
