/** What the 工作台 (cloud/features/workbench) reads of events: today's events and their check-ins. */
export { todayEvents } from './services/attendance';
