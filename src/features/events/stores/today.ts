import { call } from '../../../api/call';
import { Resource } from '../../../lib/resource';

/** 工作台 · 今日活动: today's events of the communities I serve and how many have checked in. */
export const todayEvents = new Resource(() => call('events.today', {}));
