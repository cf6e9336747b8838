import type { Logger, Notifier, PushMessage } from '../types';

/** Writes pushes to the log and keeps them for whoever wants to look (tests, the dev console). */
export class LoggingNotifier implements Notifier {
  readonly pushed: PushMessage[] = [];
  constructor(private readonly log: Logger) {}
  async push(message: PushMessage): Promise<void> {
    this.pushed.push(message);
    if (this.pushed.length > 1000) this.pushed.shift();
    this.log.info(`push ${message.templateId} to ${message.openid}`, { data: message.data });
  }
}
