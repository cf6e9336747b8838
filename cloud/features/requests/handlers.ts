import type { requestsActions } from '../../../types/requests';
import type { HandlersOf } from '../../core/handler';
import { getCategories, setCategories } from './services/categories';
import { getRequest } from './services/detail';
import { revealPhone } from './services/phone';
import { dispatchRequest, poolRequest, dispatchPage } from './services/dispatch';
import { acceptRequest, claimRequest, completeRequest, declineRequest } from './services/handling';
import { myRequests, queue, requestsHome, tasks } from './services/lists';
import { contactPhone, createRequest, withdrawRequest } from './services/order';
import { fileFor, fileForPage } from './services/file-for';
import { rateByPhone, rateRequest } from './services/rating';
import { reviewHeldText } from './services/review';
import { statsOverview } from './services/stats';

/** 暖心事: each action of the contract → the service that does it. */
export const requestsHandlers: HandlersOf<typeof requestsActions> = {
  'requests.categories': getCategories,
  'requests.create': createRequest,
  'requests.contactPhone': contactPhone,
  'requests.mine': myRequests,
  'requests.home': requestsHome,
  'requests.get': getRequest,
  'requests.withdraw': withdrawRequest,
  'requests.rate': rateRequest,
  'requests.fileForPage': fileForPage,
  'requests.fileFor': fileFor,
  'requests.rateByPhone': rateByPhone,
  'requests.queue': queue,
  'requests.revealPhone': revealPhone,
  'requests.dispatchPage': dispatchPage,
  'requests.dispatch': dispatchRequest,
  'requests.pool': poolRequest,
  'requests.review': reviewHeldText,
  'requests.setCategories': setCategories,
  'requests.tasks': tasks,
  'requests.claim': claimRequest,
  'requests.accept': acceptRequest,
  'requests.decline': declineRequest,
  'requests.complete': completeRequest,
  'stats.overview': statsOverview,
};
