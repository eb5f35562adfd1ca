import { writeFileSync } from 'node:fs';
import { GENERATED_FILE, validatorsSource } from './validators-source.js';

// `npm run gen:validators`: rewrites src/config/validators.generated.ts from schemas/.
writeFileSync(GENERATED_FILE, await validatorsSource());
console.log(`wrote ${GENERATED_FILE}`);
