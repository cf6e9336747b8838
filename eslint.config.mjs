import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Syntax refused everywhere (a block that adds its own no-restricted-syntax repeats these: flat config replaces). */
const EVERYWHERE = [
  { selector: "CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name='only']", message: 'no .only in committed tests' },
  { selector: "CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name='skip']", message: 'no skipped tests left behind' },
  {
    selector: ':matches(ForStatement, WhileStatement, DoWhileStatement) CallExpression[callee.name=/^(addDays|addMonths|shiftMonth)$/]',
    message: 'loop over dates with eachDay(first, last): a counted run with a bound, never a comparison of date strings',
  },
];

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'dist-h5/', 'var/', 'coverage/', 'cloudfunctions/api/index.js', '.taro-cache/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.jest } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...EVERYWHERE],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Two imports of @tarojs/taro in one file build for weapp but break the H5 app at run time.
      'no-duplicate-imports': ['error', { allowSeparateTypeImports: true }],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/cloud/**', 'kysely', 'better-sqlite3', 'mysql2'], message: 'pages talk to the API through src/api/call, never to the database' }] },
      ],
      'no-restricted-syntax': [
        'error',
        ...EVERYWHERE,
        {
          // A double tap once approved a booking and then reported the second tap's refusal as the outcome.
          selector: "JSXOpeningElement[name.name='Button'] > JSXAttribute[name.name='loading']",
          message: 'a button that sends is <BusyButton onPress> (src/components/busy-button): busy until answered, sends once, and no Taro <Button loading> (an H5 page error)',
        },
      ],
    },
  },
  {
    files: ['cloud/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/**', '@tarojs/*'], message: 'the cloud function does not import client code' }] }],
    },
  },
  {
    // One way to the content check, so that no feature forgets it or treats a failed verdict its own way.
    files: ['cloud/features/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...EVERYWHERE,
        { selector: "MemberExpression[property.name='contentCheck']", message: 'check text with checkTexts() or screenText() from cloud/lib/text-check.ts' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
