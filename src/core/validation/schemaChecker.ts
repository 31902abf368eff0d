// Every payload against the schema of its type and direction, with the protocol its shop's HELLO named.
// Shop by shop: a shop's problems depend on its entries alone (its protocol comes from them), so they
// can be kept until the shop changes.
import { perShopChecker, type Checker, type ShopProblems } from '../analyze';
import type { Problem } from '../model';
import { shiftSpan } from '../model';
import { checkProtocolVersion } from '../schema/protocolVersion';
import type { RelativeProblem, SchemaValidator } from '../schema/types';

const cancelCheckEvery = 1024;

export function createSchemaChecker(validator: SchemaValidator): Checker {
  return perShopChecker({
    begin(_parsed, _sessions, cancel) {
      return {
        shops(scopes) {
          const results: ShopProblems[] = [];
          let seen = 0;
          for (const scope of scopes) {
            const problems: Problem[] = [];
            results.push({ problems, usesTimeBounds: false });
            if (cancel?.isCancellationRequested) continue;
            const place = (relative: readonly RelativeProblem[], offset: number, entry: number) => {
              for (const problem of relative) problems.push({ ...problem, span: shiftSpan(problem.span, offset), entry });
            };
            const protocol = scope.shop.protocol;
            const entries = scope.entries;
            for (let i = 0; i < entries.length; i++) {
              if (seen++ % cancelCheckEvery === 0 && cancel?.isCancellationRequested) break;
              const entry = entries[i]!;
              const json = entry.payload.json;
              if (!json) continue;
              const relative = validator.validate(entry.type.text, entry.direction, json, protocol);
              if (relative.length > 0) place(relative, entry.payload.jsonOffset, entry.index);
              if (entry.type.text === 'HELLO' && entry.direction === 'response') {
                const unknown = checkProtocolVersion(json);
                if (unknown) place([unknown], entry.payload.jsonOffset, entry.index);
              }
            }
          }
          return results;
        },
        log: () => ({ problems: [] }),
      };
    },
  });
}
