/* global process, console */
// validate's core without the CLI around it: core validate and the same output, for telling apart the
// cost of validating from the cost of loading every command of the CLI.
import { validate } from '../../dist/core/validate.js';
import { formatFinding } from '../../dist/domain/findings.js';

const { findings } = await validate({ dir: process.argv[2] });
for (const f of findings) console.log(formatFinding(f));
console.log(
  findings.length === 0 ? 'configuration is valid: no errors, no warnings' : `${findings.length} findings`,
);
process.exitCode = findings.some((f) => f.severity === 'error') ? 1 : 0;
