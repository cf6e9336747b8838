import { action } from '../contract';
import { ANYONE } from '../roles';
import { NO_INPUT } from '../schema';
import type { Workbench } from './models';

export * from './models';

/** 工作台: today's work across events, rooms and 暖心事 for the caller's role, drawn by one call. */
export const workbenchActions = {
  /** Anyone may ask; a resident's answer is empty (the page tells them it is for staff and handlers). */
  'workbench.get': action<Workbench>()({ input: NO_INPUT, roles: ANYONE }),
};
