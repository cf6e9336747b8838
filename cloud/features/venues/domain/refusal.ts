import type { ErrorCode } from '../../../../types/errors';
import { AppError } from '../../../core/errors';

/** Why a rule says no: a code for the envelope and a sentence for the resident. */
export interface Refusal {
  code: Extract<ErrorCode, 'INVALID_INPUT' | 'CONFLICT' | 'FORBIDDEN'>;
  message: string;
  field?: string;
}

export const refuse = (code: Refusal['code'], message: string, field?: string): Refusal => (field ? { code, message, field } : { code, message });

/** Turns a rule's refusal into the envelope's error. */
export function enforce(refusal: Refusal | null): void {
  if (refusal) throw new AppError(refusal.code, refusal.message, refusal.field);
}
