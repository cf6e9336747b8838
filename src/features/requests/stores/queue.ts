import { makeAutoObservable, runInAction } from 'mobx';
import type { QueueFilter, QueueResult } from '../../../../types/requests';
import { call } from '../../../api/call';
import { PagedList } from './paged-list';

/** The worker's queue of one community: a tab per status, optionally one category; each page is one call. */
export class QueueStore {
  communityId: number | null = null;
  category = '';
  categories: string[] = [];
  readonly list = new PagedList<QueueFilter, QueueResult>(
    async (filter, cursor) => {
      const page = await call('requests.queue', { communityId: this.communityId!, filter, category: this.category || undefined, cursor });
      runInAction(() => (this.categories = page.categories)); // the filter's choices come with the page: one call
      return page;
    },
    'pending',
  );

  constructor() {
    makeAutoObservable(this, { list: false });
  }

  /** The page opens on the tab it was asked for (工作台 opens 超时, 待审核 …), all categories. */
  visit(filter: QueueFilter): void {
    this.list.select(filter);
    if (this.category) {
      this.category = '';
      this.list.reset();
    }
  }

  /** Shows a community's queue: another community's starts empty, with its own categories. */
  async open(communityId: number): Promise<void> {
    if (communityId !== this.communityId) {
      this.communityId = communityId;
      this.category = '';
      this.categories = [];
      this.list.reset();
    }
    await this.list.load();
  }

  setCategory(category: string): Promise<boolean> {
    this.category = category;
    return this.list.load();
  }
}

/** The one queue screen. */
export const workQueue = new QueueStore();
