import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The folders of src/ form a layered graph: each may import only the folders listed for it (and
 * itself). `action/` sits beside the CLI as the second shell. docs/architecture.md explains the
 * layers; a change here is a change there.
 */
export const LAYERS = {
  domain: [],
  config: ['domain'],
  plan: ['domain', 'config'],
  images: ['domain'],
  providers: ['domain', 'images'],
  store: ['domain'],
  run: ['domain', 'config', 'plan', 'images', 'providers', 'store'],
  report: ['domain', 'plan', 'run'],
  core: ['domain', 'config', 'plan', 'images', 'providers', 'store', 'run', 'report'],
  cli: ['domain', 'config', 'plan', 'images', 'providers', 'store', 'run', 'report', 'core'],
};
const FOLDERS = Object.keys(LAYERS);
const SHELLS = ['cli'];

function layerRule(folder) {
  const forbidden = FOLDERS.filter((f) => f !== folder && !LAYERS[folder].includes(f));
  const patterns = [];
  if (forbidden.length > 0)
    patterns.push({
      regex: `^(\\.\\./)+(${forbidden.join('|')})/`,
      message: `src/${folder}/ may import only ${LAYERS[folder].join(', ') || 'nothing else from src/'} (layers: eslint.config.js, docs/architecture.md)`,
    });
  if (!SHELLS.includes(folder))
    patterns.push({
      regex: '^@actions/',
      message: 'only the shells (src/cli, action/) talk to the Actions runtime; pass what the core needs in',
    });
  return {
    files: [`src/${folder}/**/*.ts`],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns }],
      ...(SHELLS.includes(folder)
        ? {}
        : {
            'no-console': 'error',
            'no-restricted-properties': [
              'error',
              { object: 'process', property: 'exit', message: 'only a shell ends the process' },
              {
                object: 'process',
                property: 'env',
                message: 'the host passes the environment in (Host.env)',
              },
              { object: 'process', property: 'stdout', message: 'the core returns data; a shell prints it' },
              { object: 'process', property: 'stderr', message: 'the core returns data; a shell prints it' },
            ],
          }),
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'action/dist/**',
      'node_modules/**',
      'coverage/**',
      'generated/**',
      'bench/out/**',
      // Written by scripts/gen-validators.mjs; CI checks it is current instead.
      'src/config/validators.generated.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...FOLDERS.map(layerRule),
  { files: ['**/*.js'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
);
