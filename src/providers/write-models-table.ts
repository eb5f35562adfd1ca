import { readFileSync, writeFileSync } from 'node:fs';
import { modelsTable, TABLE_END, TABLE_START } from './models-table.js';

// `npm run gen:models-table`: rewrites the README's models x providers table from the registry.
const file = 'README.md';
const text = readFileSync(file, 'utf8');
const start = text.indexOf(TABLE_START);
const end = text.indexOf(TABLE_END);
if (start < 0 || end < 0) throw new Error(`${file} lacks the ${TABLE_START} ... ${TABLE_END} markers`);
writeFileSync(file, text.slice(0, start) + modelsTable() + text.slice(end + TABLE_END.length));
