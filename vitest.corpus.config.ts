import { defineConfig } from 'vitest/config';
import { baseTest, CORPUS_TESTS } from './vitest.config.js';

// `npm run test:corpus`: the QA corpus on its two arrangements, apart from `npm test` so the
// everyday suite stays fast; .ci/run runs both and sums them in its closing line.
export default defineConfig({
  test: { ...baseTest, include: CORPUS_TESTS },
});
