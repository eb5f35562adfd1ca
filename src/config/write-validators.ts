import { writeFileSync } from 'node:fs';
import { GENERATED_FILE, validatorsSource } from './validators-source.js';

// `npm run gen:validators`: rewrites src/config/validators.generated.ts from schemas/.
writeFileSync(GENERATED_FILE, await validatorsSource());
// eslint-disable-next-line no-console -- a build script run by npm run gen:validators, not part of the core
console.log(`wrote ${GENERATED_FILE}`);
