import { call } from '../../../api/call';
import { Resource } from '../../../lib/resource';

/** 工作台 · 暖心事: for workers what waits to be dispatched, overdue or reviewed; for handlers their tasks. */
export const requestsWorkbench = new Resource(() => call('requests.workbench', {}));
