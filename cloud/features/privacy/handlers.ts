import type { privacyActions } from '../../../types';
import type { HandlersOf } from '../../core/handler';
import { deleteAccount } from './services/delete-account';

export const privacyHandlers: HandlersOf<typeof privacyActions> = {
  'privacy.deleteAccount': deleteAccount,
};
