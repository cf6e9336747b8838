import type { Logger, Notifier, OutgoingMessage } from '../types';

/** Writes messages to the log and keeps them for whoever wants to look (tests, the dev console). */
export class LoggingNotifier implements Notifier {
  readonly delivered: OutgoingMessage[] = [];
  constructor(private readonly log: Logger) {}
  async deliver(message: OutgoingMessage): Promise<void> {
    this.delivered.push(message);
    if (this.delivered.length > 1000) this.delivered.shift();
    this.log.info(`notify ${message.openid}: ${message.title} — ${message.body}`);
  }
}
