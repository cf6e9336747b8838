// babel-preset-taro: https://docs.taro.zone/docs/next/babel-config
// targets: the JavaScript WeChat's base library 3.x runs (WeChat 8 on iOS ≥ 12's JavaScriptCore, Android's V8 / XWeb,
// Chromium ≥ 66). Without them the preset compiles for iOS 9 / Android 5, and every async function becomes a
// regenerator state machine with its runtime in the main package. Jest (NODE_ENV=test) keeps targeting its own Node.
const taro = require('babel-preset-taro');
const presetEnv = require('@babel/preset-env');

const targets = process.env.NODE_ENV === 'test' ? undefined : { ios: '12', chrome: '66' };
const options = { framework: 'react', ts: true, compiler: 'webpack5', targets };

/**
 * The project's own code (not node_modules, which Taro compiles as it always does) in preset-env's `bugfixes` mode,
 * which babel-preset-taro does not pass on: iOS 12 runs template literals, default parameters and destructuring; only
 * Safari's bugs in a few forms of them need compiling (the tagged-template cache, a parameter named like its
 * function …), and bugfixes compiles just those, where otherwise every `${}` becomes `.concat()` and every
 * destructuring a helper call (issue 12: the main package's size).
 */
function taroWithBugfixes(api, opts) {
  const config = taro(api, opts);
  const envs = (config.overrides ?? []).flatMap((o) => o.presets ?? []).filter((p) => Array.isArray(p) && p[0] === presetEnv);
  if (envs.length === 0) throw new Error('babel.config.js: babel-preset-taro no longer lists @babel/preset-env where expected');
  for (const [, envOptions] of envs) envOptions.bugfixes = true;
  return config;
}

module.exports = {
  overrides: [
    { test: /[\\/]node_modules[\\/]/, presets: [[taro, options]] },
    { exclude: /[\\/]node_modules[\\/]/, presets: [[taroWithBugfixes, options]] },
  ],
};
