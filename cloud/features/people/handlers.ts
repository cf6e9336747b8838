import type { peopleActions } from '../../../types';
import type { HandlersOf } from '../../core/handler';
import { communityTree } from './communities';
import { getMe, updateMe } from './me';
import { listResidents, setRole } from './residents';

export const peopleHandlers: HandlersOf<typeof peopleActions> = {
  'me.get': (db, ctx) => getMe(db, ctx),
  'me.update': (db, ctx, input) => updateMe(db, ctx, input),
  'communities.list': (db) => communityTree(db),
  'people.residents': listResidents,
  'people.setRole': setRole,
};
