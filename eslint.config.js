// Lint rules, including the architecture's boundaries: only src-main/shell (and the Electron
// preload) may import electron; the renderer may import nothing but types from src-preload and
// src-main; the workstation and the reference platform never import each other; UI text in components comes from the translation catalogs, never literals.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const electronImport = {
  paths: [{ name: 'electron', message: 'Only src-main/shell and src-preload/electron.ts may import electron; core reaches OS services through ports.' }],
  patterns: [{ group: ['electron/*'], message: 'Only src-main/shell may import electron.' }],
};

// The workstation and the reference platform are two programs that speak the expert API: neither
// imports the other. What both must compute alike (the audit hash, byte ranges) is in shared/.
const platformImport = {
  group: ['**/platform/**', '**/platform'],
  message: 'The workstation never imports the reference platform; what both need is in shared/.',
};
const workstationImport = {
  group: ['**/src-main/**', '**/src-preload/**', '**/src-renderer/**', '**/contract', '**/contract/**'],
  message: 'The reference platform never imports the workstation; what both need is in shared/.',
};

const noDoubleCast = {
  selector: "TSAsExpression > TSAsExpression[typeAnnotation.type='TSUnknownKeyword']",
  message: 'No `as unknown as`: model the type instead.',
};
const noRowCast = {
  selector: "TSAsExpression[expression.type='CallExpression'][expression.callee.property.name=/^(get|all|iterate)$/]",
  message: 'Type the statement instead of its result: db.prepare<Params, Row>(sql).get(...).',
};

export default tseslint.config(
  {
    ignores: ['out/**', 'node_modules/**', 'native/**', 'test-results/**', 'playwright-report/**', 'bench/results/**', 'dist/**', '.scratch/**'],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      'no-restricted-syntax': ['error', noDoubleCast],
    },
  },
  {
    // The workstation's and the platform's stores: a row's shape is declared where the statement is
    // prepared (`db.prepare<Params, Row>(sql)`), so a read is typed once, with its statement.
    files: ['src-main/**/*.ts', 'platform/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', noDoubleCast, noRowCast] },
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/shell/**'],
    rules: { 'no-restricted-imports': ['error', { paths: electronImport.paths, patterns: [...electronImport.patterns, platformImport] }] },
  },
  {
    files: ['src-preload/**/*.ts', 'contract/**/*.ts'],
    ignores: ['src-preload/electron.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: electronImport.paths, patterns: [...electronImport.patterns, platformImport] }] },
  },
  {
    files: ['src-main/shell/**/*.ts', 'src-preload/electron.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [platformImport] }] },
  },
  {
    files: ['platform/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [workstationImport] }] },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [workstationImport, platformImport] }] },
  },
  {
    files: ['src-renderer/**/*.ts', 'src-renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: electronImport.paths,
          patterns: [
            {
              group: ['**/src-preload/**', '**/src-main/**', '**/contract', '**/contract/**'],
              allowTypeImports: true,
              message: 'The renderer talks to the backend only through window.workstation; import types only.',
            },
            { group: ['node:*'], message: 'The renderer is a sandboxed web page: no Node modules.' },
            platformImport,
          ],
        },
      ],
    },
  },
  {
    // Type-aware: a promise nobody awaits or handles is a failure nobody sees (a lost save, a
    // rejection that takes the process down).
    files: [
      'src-main/**/*.ts',
      'src-preload/**/*.ts',
      'src-renderer/**/*.ts',
      'src-renderer/**/*.tsx',
      'contract/**/*.ts',
      'shared/**/*.ts',
      'platform/**/*.ts',
    ],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error', '@typescript-eslint/no-misused-promises': 'error' },
  },
  {
    // The rules of hooks, and effects that name what they read (a stale value shown is a wrong value shown).
    files: ['src-renderer/**/*.ts', 'src-renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['src-renderer/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/[A-Za-zÀ-ÖØ-öø-ÿ]/]',
          message: 'UI text must come from the translation catalogs (src-renderer/src/i18n), in French and English.',
        },
        {
          selector: 'JSXAttribute[name.name=/^(aria-label|title|placeholder|alt)$/] > Literal',
          message: 'UI text must come from the translation catalogs (src-renderer/src/i18n), in French and English.',
        },
      ],
    },
  },
);
