import type { UserConfigExport } from '@tarojs/cli';
import { minifyProjectChunks } from './minify-js';
import { MinifyWxmlPlugin } from './minify-wxml';
import { devIdentity } from './transport';

export default {
  logger: { quiet: true, stats: false },
  // WeChat's code-quality check wants WXML compressed (not Taro's minifyXML: see minify-wxml.ts).
  mini: {
    webpackChain(chain, webpack) {
      chain.plugin('minifyWxml').use(MinifyWxmlPlugin);
      minifyProjectChunks(chain);
      // A cloud build ships no identity switcher: neither its code nor its styles reach the main package.
      if (!devIdentity) {
        chain.plugin('noDevIdentity').use(webpack.NormalModuleReplacementPlugin, [
          /\/dev-identity-switcher$/,
          (resource: { request: string }) => {
            resource.request = `${resource.request}.cloud`;
          },
        ]);
      }
    },
  },
  h5: {},
} satisfies UserConfigExport<'webpack5'>;
