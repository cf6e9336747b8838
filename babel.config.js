// babel-preset-taro: https://docs.taro.zone/docs/next/babel-config
// targets: the JavaScript WeChat's base library 3.x runs (WeChat 8 on iOS ≥ 12's JavaScriptCore, Android's V8 / XWeb,
// Chromium ≥ 66). Without them the preset compiles for iOS 9 / Android 5, and every async function becomes a
// regenerator state machine with its runtime in the main package. Jest (NODE_ENV=test) keeps targeting its own Node.
const targets = process.env.NODE_ENV === 'test' ? undefined : { ios: '12', chrome: '66' };

module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', targets }]],
};
