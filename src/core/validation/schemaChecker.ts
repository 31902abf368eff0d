// Every payload against the schema of its type and direction, with the protocol its shop's HELLO named.
import type { Checker } from '../analyze';
import type { Problem } from '../model';
import { shiftSpan } from '../model';
import { checkProtocolVersion } from '../schema/protocolVersion';
import type { RelativeProblem, SchemaValidator } from '../schema/types';

const cancelCheckEvery = 1024;

export function createSchemaChecker(validator: SchemaValidator): Checker {
  return (parsed, sessions, cancel) => {
    const protocolOfShop = new Map<string, string | undefined>();
    for (const shop of sessions.shops) protocolOfShop.set(shop.id, shop.protocol);
    const problems: Problem[] = [];
    const place = (relative: readonly RelativeProblem[], offset: number, entry: number) => {
      for (const problem of relative) problems.push({ ...problem, span: shiftSpan(problem.span, offset), entry });
    };
    const entries = parsed.entries;
    for (let i = 0; i < entries.length; i++) {
      if (i % cancelCheckEvery === 0 && cancel?.isCancellationRequested) break;
      const entry = entries[i]!;
      const json = entry.payload.json;
      if (!json) continue;
      const relative = validator.validate(entry.type.text, entry.direction, json, protocolOfShop.get(entry.shop.text));
      if (relative.length > 0) place(relative, entry.payload.jsonOffset, entry.index);
      if (entry.type.text === 'HELLO' && entry.direction === 'response') {
        const unknown = checkProtocolVersion(json);
        if (unknown) place([unknown], entry.payload.jsonOffset, entry.index);
      }
    }
    return problems;
  };
}
