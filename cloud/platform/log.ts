import type { Logger } from './types';

export const consoleLogger: Logger = {
  info: (message, extra) => console.log(`[nuanxin] ${message}`, extra ?? ''),
  error: (message, extra) => console.error(`[nuanxin] ${message}`, extra ?? ''),
};

export const silentLogger: Logger = { info: () => {}, error: () => {} };
