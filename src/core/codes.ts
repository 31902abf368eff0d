// Every diagnostic code the extension reports, with its default severity and what it means.
// The severity setting, the README and the package manifest are checked against this list.
import type { Severity } from './model';
import { logCodes } from './logCodes';
import { parseCodes } from './parse/codes';
import { ruleCodes } from './rules/codes';
import { schemaCodes } from './schema/codes';

export interface CodeInfo {
  readonly severity: Severity;
  readonly description: string;
}

export const allCodes: Readonly<Record<string, CodeInfo>> = { ...logCodes, ...parseCodes, ...schemaCodes, ...ruleCodes };
