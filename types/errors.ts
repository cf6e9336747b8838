/** Error codes of the envelope (DESIGN.md "One path for every request"). */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  code: ErrorCode;
  /** Chinese, written for the resident. */
  message: string;
  /** Dot path of the offending input field, for INVALID_INPUT. */
  field?: string;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody };

/** What the transport sends as `callFunction({ name: 'api', data })`. */
export interface CallData {
  action: string;
  payload?: unknown;
  requestId?: string;
}
