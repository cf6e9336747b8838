/** What other features may use of messages: asking to send a follow-up as a WeChat subscribe message. */
export { askToSubscribe } from './stores/subscribe';
