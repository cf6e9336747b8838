import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The house's rules (.dependency-cruiser.cjs, run by `npm run lint`) refuse each wrong import the layout forbids, and
// let the right ones through. A small tree in a temp folder holds one of each.
const repo = path.resolve(__dirname, '../..');

const tree: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx' } }),
  'types/index.ts': 'export type Id = number;\n',
  // The database layer reaches into a feature.
  'cloud/db/leak.ts': "import { rows } from '../features/events/data/rows';\nexport const n = rows;\n",
  'cloud/features/events/data/rows.ts': 'export const rows = 1;\n',
  // A feature reaches into another feature's inside, and through a seam not declared for it; events through the venues
  // seam, the 工作台 and an account deletion through any feature's seam (allowed); events through another seam (refused).
  'cloud/features/requests/services/borrow.ts': "import { hold } from '../../venues/data/lock';\nimport { seamHold } from '../../venues/seam';\nexport const both = [hold, seamHold];\n",
  'cloud/features/venues/data/lock.ts': 'export const hold = 1;\n',
  'cloud/features/venues/seam.ts': 'export const seamHold = 2;\n',
  'cloud/features/requests/seam.ts': 'export const tasks = 3;\n',
  'cloud/features/events/services/hold.ts': "import { seamHold } from '../../venues/seam';\nimport { tasks } from '../../requests/seam';\nexport const e = [seamHold, tasks];\n",
  'cloud/features/workbench/services/read.ts': "import { seamHold } from '../../venues/seam';\nimport { tasks } from '../../requests/seam';\nexport const w = [seamHold, tasks];\n",
  'cloud/features/privacy/services/forget.ts': "import { seamHold } from '../../venues/seam';\nimport { tasks } from '../../requests/seam';\nexport const p = [seamHold, tasks];\n",
  // The router imports a feature.
  'cloud/router/router.ts': "import { rows } from '../features/events/data/rows';\nexport const r = rows;\n",
  // Two core files that need each other's types only: still a circle.
  'cloud/core/a.ts': "import type { B } from './b';\nexport interface A { b?: B }\n",
  'cloud/core/b.ts': "import type { A } from './a';\nexport interface B { a?: A }\n",
  // A page talks to the transport; a component reads a feature's store; a page reads a store (allowed).
  'src/api/call.ts': 'export const call = () => 1;\n',
  'src/packages/events/detail/index.tsx': "import { call } from '../../../api/call';\nimport { detail } from '../../../features/events/stores/detail';\nexport const page = [call, detail];\n",
  'src/features/events/stores/detail.ts': "import { call } from '../../../api/call';\nexport const detail = call;\n",
  'src/components/page-shell/index.tsx': "import { detail } from '../../features/events/stores/detail';\nexport const shell = detail;\n",
};

describe('the import rules of the house', () => {
  let violations: [string, string, string][] = [];

  beforeAll(() => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nx-boundaries-'));
    for (const [file, text] of Object.entries(tree)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    const bin = path.join(repo, 'node_modules', '.bin', 'depcruise');
    let out = '';
    try {
      out = execFileSync(bin, ['cloud', 'src', 'types', '--config', path.join(repo, '.dependency-cruiser.cjs'), '--output-type', 'json'], { cwd: dir, encoding: 'utf8' });
    } catch (err) {
      out = (err as { stdout: string }).stdout; // exits non-zero when it finds violations
    }
    const result = JSON.parse(out) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
    violations = result.summary.violations.map((v) => [v.rule.name, v.from, v.to] as [string, string, string]).sort();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('refuses each forbidden import and nothing else', () => {
    expect(violations).toEqual(
      [
        ['components-know-no-feature', 'src/components/page-shell/index.tsx', 'src/features/events/stores/detail.ts'],
        ['db-knows-no-feature', 'cloud/db/leak.ts', 'cloud/features/events/data/rows.ts'],
        ['events-reach-only-the-venues-seam', 'cloud/features/events/services/hold.ts', 'cloud/features/requests/seam.ts'],
        ['feature-to-feature-only-through-a-seam', 'cloud/features/requests/services/borrow.ts', 'cloud/features/venues/data/lock.ts'],
        ['only-the-workbench-and-privacy-reach-across-features', 'cloud/features/requests/services/borrow.ts', 'cloud/features/venues/seam.ts'],
        ['no-circular', 'cloud/core/a.ts', 'cloud/core/b.ts'],
        ['pages-never-touch-the-transport', 'src/packages/events/detail/index.tsx', 'src/api/call.ts'],
        ['router-knows-no-feature', 'cloud/router/router.ts', 'cloud/features/events/data/rows.ts'],
      ].sort(),
    );
  });
});
