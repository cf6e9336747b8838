import type Chain from 'webpack-chain';

/**
 * The production weapp's JavaScript, minified for the main package's budget (issue 12; scripts/budget.mjs):
 *
 * - Taro's own chunks (its runtime in taro.js, React's reconciler in app.js, the webpack runtime) stay minified as Taro
 *   minifies them, with its cautious terser options — as in the empty app the budget compares against.
 * - What the project adds — its pages, components and stores, and the libraries in vendors.js — is minified with
 *   terser's defaults instead. Taro's options also write every Chinese character as a six-byte `\uXXXX` escape
 *   (`ascii_only`) where UTF-8 takes three; WeChat reads its JavaScript as UTF-8, and the base library runs the ES2017
 *   that babel.config.js targets.
 * - mobx comes as its own production build: its ES module keeps the development checks and their messages behind a
 *   module constant that terser does not inline into the hoisted functions reading it (≈ 16 KB more).
 */
const TARO_OWN = /^(taro|app|runtime|comp|custom-wrapper)\.js$/;

interface TerserPluginOptions {
  terserOptions?: unknown;
  include?: RegExp;
  exclude?: RegExp;
}

interface MinimizerEntry {
  get(key: 'plugin'): new (options: TerserPluginOptions) => unknown;
  get(key: 'args'): [TerserPluginOptions];
  tap(f: (args: [TerserPluginOptions]) => [TerserPluginOptions]): void;
}

export function minifyProjectChunks(chain: Chain): void {
  chain.resolve.alias.set('mobx$', require.resolve('mobx/dist/mobx.esm.production.min.js'));
  // webpack-chain keeps the minimizers in a map its types do not declare; Taro names its terser 'terserPlugin'.
  const { minimizers } = chain.optimization as unknown as { minimizers: { get(name: string): MinimizerEntry | undefined } };
  const taroTerser = minimizers.get('terserPlugin');
  if (!taroTerser) return;
  const [taroOptions] = taroTerser.get('args');
  const { terserOptions: _cautious, ...pluginOptions } = taroOptions;
  taroTerser.tap(([options]) => [{ ...options, include: TARO_OWN }]);
  chain.optimization
    .minimizer('terserProject')
    .use(taroTerser.get('plugin'), [{ ...pluginOptions, exclude: TARO_OWN, terserOptions: { ecma: 2017, compress: { passes: 2 }, format: { comments: false } } }]);
}
