// The checks every consumer runs (server, CLI, benchmark): schemas, then cross-message rules.
import type { Checker } from '../analyze';
import { createRulesChecker } from '../rules';
import type { SchemaValidator } from '../schema/types';
import { createSchemaValidator } from '../schema/validator';
import { createSchemaChecker } from './schemaChecker';

export interface StandardCheckOptions {
  readonly validator?: SchemaValidator;
  readonly slowResponseMs?: number;
}

export function standardCheckers(options: StandardCheckOptions = {}): Checker[] {
  return [
    createSchemaChecker(options.validator ?? createSchemaValidator()),
    createRulesChecker({ slowResponseMs: options.slowResponseMs }),
  ];
}
