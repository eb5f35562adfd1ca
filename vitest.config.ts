import { defineConfig } from 'vitest/config';

/** Shared by `npm test` and `npm run test:corpus` (vitest.corpus.config.ts). */
export const baseTest = {
  setupFiles: ['test/setup/no-network.ts'],
  testTimeout: 60_000,
  hookTimeout: 60_000,
  pool: 'forks' as const,
};

/**
 * The QA corpus suites and the other measurements of many real encodes and QA passes (the codec
 * drift behind the background tolerance, the same verdict in generate and `shotlist qa`): minutes
 * of image work, run by `npm run test:corpus` (CI runs both).
 */
export const CORPUS_TESTS = [
  'test/qa-corpus/**/*.test.ts',
  'src/images/qa/background-tolerance.test.ts',
  'test/qa-same-verdict.test.ts',
];

export default defineConfig({
  test: {
    ...baseTest,
    include: ['src/**/*.test.ts', 'action/src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...CORPUS_TESTS],
  },
});
