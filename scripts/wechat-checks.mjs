// WeChat's own checks on the production weapp build in dist/ (`NODE_ENV=production npx taro build --type weapp` first):
// - DevTools' code-quality checks (详情 → 代码质量), run by WeChat's published miniprogram-ci exactly as its
//   `checkCodeQuality` runs them: main package size, JS/WXML/WXSS compression declared in project.config.json,
//   lazyCodeLoading, image and audio sizes, code used only by subpackages, unused plugins, components and files;
// - app.json (pages, subpackages, preloadRule, sitemapLocation …) and sitemap.json against WeChat's own JSON schemas,
//   as DevTools validates them before a preview or an upload;
// - every .wxml and .wxss compiles with WeChat's own compilers (wcc / wcsc, from the miniprogram-compiler package);
// - every emitted .wxml minified (config/minify-wxml.ts): the compression flag only asks DevTools to compress on
//   upload, this checks the build itself.
// Prints each check's result and exits 1 when one fails.
//
// Offline: these checks read dist/ and nothing else. miniprogram-ci's Project insists on an AppID and reads a private
// key file when it is made; the key is used only to sign requests to WeChat (upload, preview, project attributes),
// which none of these checks makes — so a placeholder AppID and a placeholder file that is not a key at all suffice.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');

if (!fs.existsSync(path.join(dist, 'app.json')) || !fs.existsSync(path.join(dist, 'project.config.json'))) {
  console.error('dist/ has no weapp build: run NODE_ENV=production npx taro build --type weapp');
  process.exit(1);
}

const PLACEHOLDER_APPID = 'wx0000000000000000';
const keyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nx-wechat-checks-'));
const keyFile = path.join(keyDir, 'private.placeholder.key');
fs.writeFileSync(keyFile, 'placeholder: these checks never sign anything\n');

/** The checks every run must report: a run that silently checked nothing must not pass. */
const REQUIRED = ['PACKAGE_SIZE_LIMIT', 'JS_COMPRESS_OPEN', 'WXML_COMPRESS_OPEN', 'WXSS_COMPRESS_OPEN', 'LAZYCODE_LOADING_OPEN', 'IMAGE_AND_AUDIO_LIMIT', 'CONTAINS_OTHER_PKG_JS', 'CONTAINS_UNUSED_PLUGINS', 'CONTAINS_UNUSED_COMPONENTS', 'CONTAINS_UNUSED_CODES'];

let failed = false;
const report = (ok, name, text, detail) => {
  if (!ok) failed = true;
  console.log(`${ok ? '✔' : '✖'} ${name}: ${text}${detail ? `\n    ${detail}` : ''}`);
};

try {
  const ci = require('miniprogram-ci');
  ci.setLocale?.('zh');
  // Should anything in miniprogram-ci still try to reach WeChat, it goes to a closed port on this machine and fails.
  ci.proxy?.('http://127.0.0.1:9');
  const project = new ci.Project({ appid: PLACEHOLDER_APPID, type: 'miniProgram', projectPath: dist, privateKeyPath: keyFile, ignores: [] });

  console.log('WeChat code quality (miniprogram-ci checkCodeQuality):');
  const results = await ci.checkCodeQuality(project);
  for (const r of results) {
    let detail = '';
    if (r.name === 'PACKAGE_SIZE_LIMIT' && r.detail) {
      detail = Object.entries(r.detail).map(([pkg, bytes]) => `${pkg === '__APP__' ? '主包' : pkg} ${(bytes / 1024).toFixed(1)} KB`).join(', ');
    } else if (Array.isArray(r.detail) && r.detail.length > 0) {
      detail = r.detail.join(', ');
    } else if (r.detail?.files?.length > 0) {
      detail = r.detail.files.join(', ');
    }
    report(r.success, r.name, r.text, detail);
  }
  const missing = REQUIRED.filter((name) => !results.some((r) => r.name === name));
  if (missing.length > 0) report(false, 'ALL_CHECKS_RAN', `miniprogram-ci did not report ${missing.join(', ')}`);

  // The compiler's own readers, which validate against WeChat's schemas. (ci.getAppJSON, the exported one, first asks
  // WeChat's servers for the project's attributes, signing with the private key: not these.)
  const { getAppJSON } = require('miniprogram-ci/dist/modules/corecompiler/original/json/app/appJSON');
  const { getSiteMapJSON } = require('miniprogram-ci/dist/modules/corecompiler/original/json/sitemap');
  console.log('WeChat JSON schemas:');
  for (const [name, read] of [
    ['app.json', () => getAppJSON(project)],
    ['sitemap.json', () => getSiteMapJSON(project)],
  ]) {
    try {
      await read();
      report(true, name, '符合微信的配置规范');
    } catch (err) {
      report(false, name, String(err?.message ?? err));
    }
  }

  console.log('WeChat compilers:');
  const compiler = require('miniprogram-compiler');
  for (const [name, compile] of [
    ['WXML (wcc)', () => compiler.wxmlToJs(dist, { maxBuffer: 64 * 1024 * 1024 })],
    ['WXSS (wcsc)', () => compiler.wxssToJs(dist, { maxBuffer: 64 * 1024 * 1024 })],
  ]) {
    try {
      compile();
      report(true, name, '编译通过');
    } catch (err) {
      report(false, name, String(err?.message ?? err).slice(0, 500));
    }
  }

  console.log('Build output:');
  const wxml = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.wxml')) wxml.push(p);
    }
  };
  walk(dist);
  // Whitespace between two tags is what minification removes; a minified file has none.
  const loose = wxml.filter((f) => />\s*\n\s*</.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(dist, f));
  report(wxml.length > 0 && loose.length === 0, 'WXML_EMITTED_MINIFIED', `${wxml.length} 个 WXML 文件均已压缩`, loose.length ? `未压缩：${loose.join(', ')}` : '');
} finally {
  fs.rmSync(keyDir, { recursive: true, force: true });
}

console.log(failed ? '\n✖ WeChat checks failed' : '\n✔ WeChat checks passed');
// miniprogram-ci leaves a file watcher behind: end explicitly.
process.exit(failed ? 1 : 0);
