import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';
import { devIdentity, transport } from './transport';

const env = process.env;
const isH5 = env.TARO_ENV === 'h5';

/** The contract lives outside src/ and must go through the same compile step. */
const contractDir = path.resolve(__dirname, '..', 'types');

/** Build-time switches, read by src/api and the dev identity switcher (config/transport.ts). */
const constants = {
  NUANXIN_TRANSPORT: JSON.stringify(transport),
  NUANXIN_API_BASE: JSON.stringify(env.NUANXIN_API_BASE ?? (isH5 ? '' : 'http://127.0.0.1:10086')),
  NUANXIN_CLOUD_ENV: JSON.stringify(env.NUANXIN_CLOUD_ENV ?? ''),
  NUANXIN_DEV_IDENTITY: JSON.stringify(devIdentity),
  NUANXIN_SUBSCRIBE_TMPL_IDS: env.NUANXIN_SUBSCRIBE_TMPL_IDS ?? '{}',
};

// https://docs.taro.zone/docs/config
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'nuanxin-community',
    date: '2026-11-25',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // weapp and H5 would overwrite each other's dist/ (TOOLCHAIN.md).
    outputRoot: isH5 ? 'dist-h5' : 'dist',
    // Screen-reader labels in the weapp templates (config/aria-plugin.cjs).
    plugins: [path.resolve(__dirname, 'aria-plugin.cjs')],
    defineConstants: constants,
    // The weapp's sitemap.json (app.config.ts sitemapLocation); H5 has none.
    copy: { patterns: isH5 ? [] : [{ from: 'src/sitemap.json', to: 'dist/sitemap.json' }], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    // Taro invalidates the cache when config/index or src/app.config changes, but not when a module app.config imports
    // does: the page lists come from src/features/index.ts, and a stale cache built routes without a new page.
    cache: { enable: true, buildDependencies: { features: [path.resolve(__dirname, '../src/features/index.ts'), path.resolve(__dirname, '../src/features/mine-links.ts')] } },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      optimizeMainPackage: { enable: true },
      compile: { include: [contractDir] },
      // Styles are BEM-namespaced per component, so their order across chunks does not matter (as for H5 below).
      miniCssExtractPluginOption: { ignoreOrder: true },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [contractDir] },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig);
});
