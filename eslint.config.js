import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Import sources are matched as written, so relative imports that climb into a top-level folder
// of src/ are caught by their first segment after the `../` run.
const climbsInto = (folders) => `^(\\.\\./)+(src/)?(${folders.join('|')})(/|$)`;

const MARKDOWN_LIBRARIES = {
  regex: '^(react-markdown|katex|remark-[^/]+|rehype-[^/]+)(/|$)',
  message: 'Markdown and math rendering lives in src/components/ui/markdown*.{ts,tsx} only.',
};
const UI_LIBRARIES = {
  regex: '^(react|react-dom|react-router|@tanstack/[^/]+)(/|$)',
  message: 'Core modules stay framework-free so they can be tested and reused without React.',
};
const APP_LAYERS = {
  regex: climbsInto(['features', 'app', 'components']),
  message: 'Core modules may not depend on the UI layers.',
};
const FEATURES_AND_APP = {
  regex: climbsInto(['features', 'app']),
  message: 'Shared components may not depend on features or the app.',
};
const APP = {
  regex: climbsInto(['app']),
  message: 'Features may not depend on the app; pass what they need in.',
};

const restrictImports = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

const CORE = [
  'src/digest/**',
  'src/catalog/**',
  'src/search/**',
  'src/library/**',
  'src/text/**',
  'src/site/**',
  'src/trends/**',
  'src/related/**',
  'src/archive/**',
];
const MARKDOWN_COMPONENTS = ['src/components/ui/markdown*.{ts,tsx}'];

export default defineConfig(
  { ignores: ['dist', 'node_modules', 'test-artifacts'] },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'vite.config.ts', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
    // Asymmetric matchers such as expect.stringContaining() are typed `any` by design.
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  // Each file gets exactly one of the following, since a later no-restricted-imports replaces an
  // earlier one instead of adding to it.
  { files: ['**/*.{js,ts,tsx}'], rules: restrictImports(MARKDOWN_LIBRARIES) },
  { files: ['src/features/**'], rules: restrictImports(MARKDOWN_LIBRARIES, APP) },
  { files: ['src/components/**'], rules: restrictImports(MARKDOWN_LIBRARIES, FEATURES_AND_APP) },
  { files: MARKDOWN_COMPONENTS, rules: restrictImports(FEATURES_AND_APP) },
  { files: CORE, rules: restrictImports(MARKDOWN_LIBRARIES, UI_LIBRARIES, APP_LAYERS) },
);
