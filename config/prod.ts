import type { UserConfigExport } from '@tarojs/cli';
import { minifyProjectChunks } from './minify-js';
import { MinifyWxmlPlugin } from './minify-wxml';

export default {
  logger: { quiet: true, stats: false },
  // WeChat's code-quality check wants WXML compressed (not Taro's minifyXML: see minify-wxml.ts).
  mini: {
    webpackChain(chain) {
      chain.plugin('minifyWxml').use(MinifyWxmlPlugin);
      minifyProjectChunks(chain);
    },
  },
  h5: {},
} satisfies UserConfigExport<'webpack5'>;
