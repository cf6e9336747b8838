import { call } from '../../../api/call';
import { Resource } from '../../../lib/resource';

/** 工作台: every section the caller's role may act on, drawn by one call (workbench.get). */
export const workbench = new Resource(() => call('workbench.get', {}));
