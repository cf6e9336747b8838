import type { Compiler } from 'webpack';

/**
 * Emits every .wxml minified (WeChat's code-quality check, scripts/wechat-checks.mjs). Taro's own `mini.minifyXML`
 * runs html-minifier, which treats WXML as HTML and drops the closing tag of <input> (a void element in HTML, not in
 * WXML): WeChat's compiler then refuses base.wxml ("expect end-tag `input`"). This removes only what minifying must:
 * the whitespace between two tags that spans a line break, i.e. the template's indentation. Text, attributes and
 * tags stay as written, and a space typed between two tags on one line stays too.
 */
export function minifyWxml(source: string): string {
  return source.replace(/>\s*\n\s*</g, '><').trim();
}

export class MinifyWxmlPlugin {
  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('MinifyWxmlPlugin', (compilation) => {
      // After Taro writes the templates (PROCESS_ASSETS_STAGE_ADDITIONAL).
      compilation.hooks.processAssets.tap({ name: 'MinifyWxmlPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE }, (assets) => {
        for (const name of Object.keys(assets)) {
          if (!name.endsWith('.wxml')) continue;
          compilation.updateAsset(name, new sources.RawSource(minifyWxml(String(assets[name].source()))));
        }
      });
    });
  }
}
