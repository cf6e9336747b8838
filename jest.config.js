// Test tiers (DESIGN.md "Tests"). scripts/test.mjs runs them in order, with the builds that simulate and e2e need.
const nodeTs = [
  'babel-jest',
  { configFile: false, babelrc: false, presets: [['@babel/preset-env', { targets: { node: 'current' } }], '@babel/preset-typescript'] },
];

const constants = {
  NUANXIN_TRANSPORT: 'http',
  NUANXIN_API_BASE: '',
  NUANXIN_CLOUD_ENV: '',
  NUANXIN_DEV_IDENTITY: true,
  NUANXIN_SUBSCRIBE_TMPL_IDS: {},
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      // .mjs: the test runner's own decisions (scripts/test-env.mjs) are unit-tested too.
      transform: { '\\.(ts|mjs)$': nodeTs },
    },
    {
      displayName: 'api',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/api/**/*.test.ts'],
      transform: { '\\.ts$': nodeTs },
      setupFilesAfterEnv: ['<rootDir>/test/support/api-timeout.ts'],
    },
    {
      displayName: 'fuzz',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/fuzz/**/*.test.ts'],
      transform: { '\\.ts$': nodeTs },
    },
    {
      displayName: 'components',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/components/**/*.test.tsx'],
      globals: constants,
      setupFiles: ['<rootDir>/test/components/setup.ts'],
      moduleNameMapper: {
        '^@tarojs/taro$': '<rootDir>/test/components/mocks/taro.ts',
        '^@tarojs/components$': '<rootDir>/test/components/mocks/components.tsx',
        '\\.(scss|css)$': '<rootDir>/test/components/mocks/style.ts',
      },
    },
    {
      displayName: 'simulate',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/simulate/**/*.test.js'],
      transform: {},
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      transform: { '\\.ts$': nodeTs },
    },
  ],
};
