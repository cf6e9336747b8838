import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** The house rules written as lint rules bite: each forbidden shape is refused where it is forbidden. */
const root = path.resolve(__dirname, '../..');
// ESLint's flat config is an ES module, which jest's VM cannot import: run the CLI on the text instead.
const messagesOf = async (file: string, code: string): Promise<string[]> => {
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', file, '--format', 'json'], { cwd: root, input: code, encoding: 'utf8' });
  return (JSON.parse(run.stdout) as { messages: { message: string }[] }[])[0].messages.map((m) => m.message);
};

jest.setTimeout(60_000);

describe('lint rules', () => {
  it('refuses Taro’s <Button loading> in the client: a button that sends is a BusyButton', async () => {
    const code = "import { Button } from '@tarojs/components';\nexport const X = (p: { busy: boolean }) => <Button loading={p.busy}>通过</Button>;\n";
    expect(await messagesOf('src/features/venues/components/x.tsx', code)).toEqual([expect.stringContaining('<BusyButton onPress>')]);
    const busy = "import { BusyButton } from '../../../components/busy-button';\nexport const X = (p: { busy: boolean }) => <BusyButton busy={p.busy} onPress={() => 1}>通过</BusyButton>;\n";
    expect(await messagesOf('src/features/venues/components/x.tsx', busy)).toEqual([]);
  });

  it('refuses a loop that steps over dates, in features as elsewhere', async () => {
    const code = "import { addDays } from '../../lib/time';\nexport function f(d: string) {\n  for (let x = d; x < '2027'; x = addDays(x, 1)) void x;\n}\n";
    expect(await messagesOf('cloud/features/venues/x.ts', code)).toEqual([expect.stringContaining('eachDay')]);
    expect(await messagesOf('src/lib/x.ts', code)).toEqual([expect.stringContaining('eachDay')]);
  });
});
