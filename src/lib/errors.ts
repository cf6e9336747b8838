import type { ErrorCode } from '../../types';

export type ClientErrorCode = ErrorCode | 'NETWORK';

/** Every failed call becomes one of these: the message is Chinese and can be shown as it is. */
export class ApiError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const networkError = () => new ApiError('NETWORK', '网络不给力，请检查网络后重试');

/** A message for anything thrown, for toasts and error states. */
export function messageOf(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return '出了点问题，请稍后重试';
}
