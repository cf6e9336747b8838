/**
 * Every page of the app, read from src/app.config.ts itself (and the feature registry it imports), not from a list kept
 * by hand: a page added to a subpackage is rendered by all-pages.test.js without anyone touching the test.
 */
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const ts = require('typescript');

const SRC = path.resolve(__dirname, '../../src');

/** Loads a TypeScript module of src/ as CommonJS, with `defineAppConfig` as Taro's build provides it. */
function load(file) {
  const source = fs.readFileSync(file, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } });
  const module = { exports: {} };
  const localRequire = (spec) => {
    const base = path.resolve(path.dirname(file), spec);
    const found = [`${base}.ts`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f));
    if (!found) throw new Error(`app-pages: cannot load ${spec} from ${file}`);
    return load(found);
  };
  vm.runInNewContext(outputText, { module, exports: module.exports, require: localRequire, defineAppConfig: (c) => c });
  return module.exports;
}

function appPages() {
  const config = load(path.join(SRC, 'app.config.ts')).default;
  return [...config.pages, ...config.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
}

module.exports = { appPages };
