import { makeAutoObservable, runInAction } from 'mobx';
import type { RequestSummary } from '../../../types/requests';
import { messageOf } from '../../lib/errors';
import { LoadState } from '../../lib/load-state';

export interface Page<F extends string> {
  items: RequestSummary[];
  counts: Record<F, number>;
  hasMore: boolean;
}

/** A tabbed list of requests (the worker's queue, a handler's tasks): one tab at a time, a page at a time. */
export class PagedList<F extends string> {
  filter: F;
  items: RequestSummary[] = [];
  counts: Partial<Record<F, number>> = {};
  hasMore = false;
  loadingMore = false;
  /** A page beyond the first was loaded: the end of the list is then worth saying. */
  pagedOn = false;
  moreError: string | null = null;
  readonly state = new LoadState();

  constructor(
    private readonly fetch: (filter: F, cursor?: number) => Promise<Page<F>>,
    initial: F,
  ) {
    this.filter = initial;
    makeAutoObservable<this, 'fetch'>(this, { fetch: false, state: false });
  }

  setFilter(filter: F): Promise<boolean> {
    if (filter === this.filter && this.state.loaded) return Promise.resolve(true);
    this.filter = filter;
    this.items = [];
    this.hasMore = false;
    this.pagedOn = false;
    return this.refresh();
  }

  refresh(): Promise<boolean> {
    const filter = this.filter;
    return this.state.run(async () => {
      const page = await this.fetch(filter);
      runInAction(() => {
        if (filter !== this.filter) return; // the person switched tabs meanwhile
        this.items = page.items;
        this.counts = page.counts;
        this.hasMore = page.hasMore;
      });
    });
  }

  async more(): Promise<void> {
    if (!this.hasMore || this.loadingMore || this.items.length === 0) return;
    const filter = this.filter;
    this.loadingMore = true;
    this.moreError = null;
    try {
      const page = await this.fetch(filter, this.items[this.items.length - 1].id);
      runInAction(() => {
        if (filter !== this.filter) return;
        this.items.push(...page.items);
        this.hasMore = page.hasMore;
        this.pagedOn = true;
      });
    } catch (err) {
      runInAction(() => {
        this.moreError = messageOf(err);
      });
    } finally {
      runInAction(() => {
        this.loadingMore = false;
      });
    }
  }
}
