/** What the 工作台 (cloud/features/workbench) reads of 暖心事: the queues' counts and the caller's own tasks. */
export { requestsWorkbench } from './services/lists';
