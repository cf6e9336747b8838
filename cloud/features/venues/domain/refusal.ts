import type { ErrorCode } from '../../../../types/errors';

/** Why a rule says no: a code for the envelope and a sentence for the resident. */
export interface Refusal {
  code: Extract<ErrorCode, 'INVALID_INPUT' | 'CONFLICT' | 'FORBIDDEN'>;
  message: string;
  field?: string;
}

export const refuse = (code: Refusal['code'], message: string, field?: string): Refusal => (field ? { code, message, field } : { code, message });
