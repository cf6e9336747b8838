/**
 * One cloud function instance for prod-boot.test.ts, in its own process: the real cloud entry on DATABASE_URL (empty
 * when the test starts), WeChat identity from a fake context. Prints `ready` once loaded, waits for `go` on stdin so
 * that every instance makes its first call at the same moment, then prints one JSON line with what it got and exits.
 * BOOT_MODE=migrate-on-boot: the first call migrates and seeds (the local host's way, and the cloud entry outside the
 * cloud). BOOT_MODE=deploy-step: the operator's deploy event first, then the client's call (the cloud's way).
 */
import { cloudEntry, DEPLOY_EVENT } from '../../cloud/main';
import { systemClock } from '../../cloud/platform/clock';
import type { Logger } from '../../cloud/platform/types';
import { createWechatPlatform } from '../../cloud/platform/wechat';
import type { WxSdk } from '../../cloud/platform/wechat/sdk';

const mode = process.env.BOOT_MODE === 'deploy-step' ? 'deploy-step' : 'migrate-on-boot';
let context: { OPENID?: string; SOURCE?: string } = {};
const refuse = () => Promise.reject(new Error('no WeChat here'));
const sdk: WxSdk = {
  getWXContext: () => context,
  openapi: { subscribeMessage: { send: refuse }, security: { msgSecCheck: refuse } },
  getTempFileURL: refuse,
};
const errors: string[] = [];
const log: Logger = { info: () => {}, error: (message, extra) => errors.push(`${message} ${JSON.stringify(extra ?? {})}`) };

const main = cloudEntry(() => ({
  databaseUrl: process.env.DATABASE_URL,
  platform: createWechatPlatform({ clock: systemClock, log, sdk: () => sdk }),
  seedDemo: true,
  poolSize: 2,
  schema: mode,
}));

async function firstCalls(): Promise<unknown> {
  const started = performance.now();
  let deploy: unknown;
  if (mode === 'deploy-step') {
    context = {}; // the operator's 云端测试: nobody signed in, no mini-program
    deploy = await main(DEPLOY_EVENT, { time_limit_in_ms: 60_000 });
  }
  context = { OPENID: 'demo-resident', SOURCE: 'wx_client' };
  const me = await main({ action: 'me.get', payload: {} }, { time_limit_in_ms: 3_000 });
  return { deploy, me, ms: Math.round(performance.now() - started), errors };
}

process.stdin.once('data', () => {
  firstCalls()
    .then((out) => process.stdout.write(`${JSON.stringify(out)}\n`))
    .catch((err) => process.stdout.write(`${JSON.stringify({ crashed: String(err?.stack ?? err), errors })}\n`))
    .finally(() => process.exit(0));
});
process.stdout.write('ready\n');
