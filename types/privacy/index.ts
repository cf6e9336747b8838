import { action } from '../contract';
import type { Role } from '../roles';
import type { AccountDeleted } from './models';
import { DeleteAccountInput } from './schemas';

export * from './models';
export * from './schemas';

/** Workers and admins hold a community's duties: an admin makes them residents first (people.setRole). */
export const SELF_SERVICE_DELETION: readonly Role[] = ['resident', 'handler'];

export const privacyActions = {
  /** PIPL: a person deletes their own account and personal data (docs/PRIVACY.md "Deleting your account"). */
  'privacy.deleteAccount': action<AccountDeleted>()({ input: DeleteAccountInput, roles: SELF_SERVICE_DELETION }),
};
