import type { ApiErrorBody, ErrorCode } from '../../types';

/** A failure meant for the caller: it becomes `{ ok: false, error }` with this code and Chinese message. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
  toBody(): ApiErrorBody {
    return this.field ? { code: this.code, message: this.message, field: this.field } : { code: this.code, message: this.message };
  }
}

export const invalid = (message: string, field?: string) => new AppError('INVALID_INPUT', message, field);
/** Always names the input field that referred to the missing thing, so the client can point at it. */
export const notFound = (message: string, field: string) => new AppError('NOT_FOUND', message, field);
export const conflict = (message: string) => new AppError('CONFLICT', message);
export const forbidden = (message = '没有权限进行此操作') => new AppError('FORBIDDEN', message);
export const rateLimited = (message: string) => new AppError('RATE_LIMITED', message);
