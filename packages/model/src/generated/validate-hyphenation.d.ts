// Generated from packages/model/schemas by `pnpm --filter @maatwerk/model generate`. Do not edit.
import type { SchemaValidator } from '../messages.ts';

export declare const validate: SchemaValidator;
