import type { peopleActions } from '../../../types';
import type { HandlersOf } from '../../core/handler';
import { getMe, listCommunities, updateMe } from './services/profile';
import { listResidents, setRole } from './services/residents';

export const peopleHandlers: HandlersOf<typeof peopleActions> = {
  'me.get': getMe,
  'me.update': updateMe,
  'communities.list': listCommunities,
  'people.residents': listResidents,
  'people.setRole': setRole,
};
