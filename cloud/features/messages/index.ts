import { defineFeature } from '../../core/feature';
import { messagesHandlers } from './handlers';

/** 消息通知: every notification a person was sent, kept in the app whether or not WeChat delivered it. */
export const messages = defineFeature({ name: 'messages', handlers: messagesHandlers });
