import { makeAutoObservable, runInAction } from 'mobx';
import type { QueueFilter } from '../../../types/requests';
import { call } from '../../api/call';
import { PagedList } from './paged-list';

/** The worker's queue of one community: a tab per status, optionally one category. */
export class QueueStore {
  communityId: number | null = null;
  category = '';
  categories: string[] = [];
  readonly list: PagedList<QueueFilter>;

  constructor(filter: QueueFilter = 'pending') {
    this.list = new PagedList<QueueFilter>(
      (f, cursor) => call('requests.queue', { communityId: this.communityId!, filter: f, category: this.category || undefined, cursor }),
      filter,
    );
    makeAutoObservable(this, { list: false });
  }

  async open(communityId: number): Promise<void> {
    if (communityId !== this.communityId) {
      this.communityId = communityId;
      this.category = '';
      void call('requests.categories', { communityId }).then((r) => runInAction(() => (this.categories = r.categories)), () => undefined);
    }
    await this.list.refresh();
  }

  setCategory(category: string): Promise<boolean> {
    this.category = category;
    return this.list.refresh();
  }
}
