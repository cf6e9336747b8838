import { call } from '../../api/call';
import { RemoteValue } from '../../lib/remote-value';

/** 场地管理: the venues a worker runs, stopped ones included. */
export const managedVenues = new RemoteValue(() => call('venues.managed', {}));
