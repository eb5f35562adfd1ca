#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

const code = await main(process.argv.slice(2));
// A library worker (e.g. the OCR pool) or a keep-alive socket must never keep a finished CLI alive in CI:
// end explicitly once stdout and stderr have drained.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
