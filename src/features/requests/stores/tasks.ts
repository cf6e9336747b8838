import type { TaskFilter, TasksResult } from '../../../../types/requests';
import type { MyUnit } from '../../../../types/requests/units';
import { call } from '../../../api/call';
import { PagedList } from './paged-list';

/** A handler's 我的任务: a tab per kind of task (待接单, 处理中, 认领池, 已完成); each page names the units they serve in. */
export class TasksStore extends PagedList<TaskFilter, TasksResult> {
  constructor() {
    super((filter, cursor) => call('requests.tasks', { filter, cursor }), 'todo');
  }

  /** The units the caller belongs to, with their categories, as the list last said; null before it has. */
  get units(): MyUnit[] | null {
    return this.data?.units ?? null;
  }

}

/** The one 我的任务 screen. */
export const myTasks = new TasksStore();
