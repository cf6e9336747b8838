import { defineFeature } from '../../core/feature';
import { pushCredits } from './data/credits';
import { messagesMigration } from './data/migrations';
import { messagesHandlers } from './handlers';

/**
 * 消息通知: every notification a person was sent, kept in the app whether or not WeChat delivered it; and the
 * subscribe-message credits that decide whether it is also pushed through WeChat.
 */
export const messages = defineFeature({
  name: 'messages',
  handlers: messagesHandlers,
  migrations: { '0009-messages': messagesMigration },
  pushCredits,
});
