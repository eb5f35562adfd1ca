// Generated from schemas/*.schema.json by `npm run gen:validators`; do not edit.
import type { ValidateFunction } from 'ajv/dist/2020.js';

/** The schema kinds, one validator each. */
export type SchemaKind = 'shotlist' | 'catalog' | 'placements' | 'prompts';
/** Validates a parsed shotlist file against schemas/shotlist.schema.json. */
export declare const shotlist: ValidateFunction;
/** Validates a parsed catalog file against schemas/catalog.schema.json. */
export declare const catalog: ValidateFunction;
/** Validates a parsed placements file against schemas/placements.schema.json. */
export declare const placements: ValidateFunction;
/** Validates a parsed prompts file against schemas/prompts.schema.json. */
export declare const prompts: ValidateFunction;
