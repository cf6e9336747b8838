import { call } from '../../../api/call';
import { Resource } from '../../../lib/resource';

/** 工作台 · 场地预约: requests waiting for approval, then today's bookings, across the venues the worker runs. */
export const venueWorkbench = new Resource(() => call('bookings.workbench', {}));
