import { call } from '../../../api/call';
import { Resource } from '../../../lib/resource';

/** 场地管理: the venues a worker runs, stopped ones included. */
export const managedVenues = new Resource(() => call('venues.managed', {}));
