import fs from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '../../src');

function stylesheets(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return stylesheets(p);
    return /\.(scss|css)$/.test(e.name) ? [p] : [];
  });
}

// 关怀模式 enlarges text by swapping the type scale; a raw font size anywhere would stay small.
describe('every font size comes from the type scale', () => {
  const files = stylesheets(SRC).filter((f) => !f.endsWith(path.join('theme', 'tokens.scss')));

  it('finds the stylesheets', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files.map((f) => [path.relative(SRC, f), f]))('%s', (_rel, file) => {
    const raw = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({ line: line.trim(), n: i + 1 }))
      .filter(({ line }) => /(^|[\s;{])font(-size)?\s*:/.test(line) && !/font-(family|weight|style)/.test(line))
      // `inherit` takes the size of the text around (a typed field in its row), which the scale already set.
      .filter(({ line }) => !/:\s*\$font-(xs|sm|md|lg|xl|xxl)\b/.test(line) && !/:\s*var\(--nx-font-/.test(line) && !/:\s*inherit;/.test(line));
    expect(raw).toEqual([]);
  });

  it('the care scale is larger at every step', () => {
    const tokens = fs.readFileSync(path.join(SRC, 'theme/tokens.scss'), 'utf8');
    const scale = (mixin: string) => {
      const body = tokens.split(`@mixin ${mixin} {`)[1].split('}')[0];
      return Object.fromEntries([...body.matchAll(/--nx-font-(\w+):\s*(\d+)px/g)].map((m) => [m[1], Number(m[2])]));
    };
    const normal = scale('type-scale');
    const care = scale('type-scale-care');
    expect(Object.keys(normal)).toEqual(['xs', 'sm', 'md', 'lg', 'xl', 'xxl']);
    for (const k of Object.keys(normal)) expect(care[k]).toBeGreaterThanOrEqual(normal[k] * 1.2);
  });

  // MIIT 适老化规范: main text ≥ 18 px on a 375 px screen (36 design px); xs is kept for marks beside main text.
  it('in 关怀模式 every step but the smallest is at least 18 px at 375 px', () => {
    const tokens = fs.readFileSync(path.join(SRC, 'theme/tokens.scss'), 'utf8');
    const body = tokens.split('@mixin type-scale-care {')[1].split('}')[0];
    const care = Object.fromEntries([...body.matchAll(/--nx-font-(\w+):\s*(\d+)px/g)].map((m) => [m[1], Number(m[2])]));
    for (const k of ['sm', 'md', 'lg', 'xl', 'xxl']) expect(care[k] / 2).toBeGreaterThanOrEqual(18);
    expect(Number(/--nx-tap:\s*(\d+)px/.exec(body)?.[1]) / 2).toBeGreaterThanOrEqual(60);
  });
});
