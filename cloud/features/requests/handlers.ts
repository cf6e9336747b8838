import type { requestsActions } from '../../../types/requests';
import type { HandlersOf } from '../../core/handler';
import { getCategories, setCategories } from './categories';
import { contactPhone } from './contact-phone';
import { createRequest } from './create';
import { getRequest } from './detail';
import { acceptRequest, claimRequest, completeRequest, declineRequest } from './handler-steps';
import { myRequests } from './mine';
import { queue } from './queue';
import { rateRequest, withdrawRequest } from './resident-steps';
import { statsOverview } from './stats';
import { tasks } from './tasks';
import { unitsForRequest } from './units';
import { workbench } from './workbench';
import { dispatchRequest, poolRequest, reviewHeldText } from './worker-steps';

export const requestsHandlers: HandlersOf<typeof requestsActions> = {
  'requests.categories': getCategories,
  'requests.create': createRequest,
  'requests.contactPhone': contactPhone,
  'requests.mine': (db, ctx) => myRequests(db, ctx),
  'requests.get': getRequest,
  'requests.withdraw': withdrawRequest,
  'requests.rate': rateRequest,
  'requests.queue': queue,
  'requests.units': unitsForRequest,
  'requests.dispatch': dispatchRequest,
  'requests.pool': poolRequest,
  'requests.review': reviewHeldText,
  'requests.setCategories': setCategories,
  'requests.tasks': tasks,
  'requests.claim': claimRequest,
  'requests.accept': acceptRequest,
  'requests.decline': declineRequest,
  'requests.complete': completeRequest,
  'requests.workbench': (db, ctx) => workbench(db, ctx),
  'stats.overview': statsOverview,
};
