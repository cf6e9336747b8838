import type { MessagePush } from '../core/push';
import type { Runtime } from '../core/runtime';

/**
 * A message push WeChat delivered (the caller checked the invocation context): handed to the feature that receives
 * its `Event`. WeChat expects 'success'; a push nobody handles is logged and acknowledged, so it is not sent again.
 */
export async function receivePush(rt: Runtime, push: MessagePush): Promise<string> {
  const handler = rt.pushes[push.Event];
  if (!handler) {
    rt.platform.log.info('message push without a handler', { event: push.Event });
    return 'success';
  }
  await handler(rt.db, rt.platform, push, rt.platform.clock.now());
  return 'success';
}
