import { action, computed, makeObservable, observable, runInAction } from 'mobx';
import type { RequestSummary } from '../../../../types/requests';
import { messageOf } from '../../../lib/errors';
import { Resource } from '../../../lib/resource';

export interface Page<F extends string> {
  items: RequestSummary[];
  counts: Record<F, number>;
  hasMore: boolean;
}

/**
 * A tabbed list of requests (the worker's queue, a handler's tasks): one tab at a time, a page at a time. The tab's
 * first page is the Resource (loading the first time, refreshing quietly behind what is shown); `more()` adds the
 * next pages to it.
 */
export class PagedList<F extends string, P extends Page<F> = Page<F>> extends Resource<P> {
  filter: F;
  /** Every tab's count, as the latest first page told them: kept while another tab loads. */
  counts: Partial<Record<F, number>> = {};
  loadingMore = false;
  /** A page beyond the first was loaded: the end of the list is then worth saying. */
  pagedOn = false;
  moreError: string | null = null;

  constructor(
    private readonly fetchPage: (filter: F, cursor?: number) => Promise<P>,
    initial: F,
  ) {
    super(() => this.firstPage());
    this.filter = initial;
    makeObservable(this, {
      filter: observable,
      counts: observable,
      loadingMore: observable,
      pagedOn: observable,
      moreError: observable,
      items: computed,
      hasMore: computed,
      select: action,
      reset: action,
      setFilter: action,
      more: action,
    });
  }

  get items(): RequestSummary[] {
    return this.data?.items ?? [];
  }

  get hasMore(): boolean {
    return this.data?.hasMore ?? false;
  }

  /** The first page of the tab shown; if the person switched tabs while it was on its way, their new tab's. */
  private async firstPage(): Promise<P> {
    const filter = this.filter;
    const page = await this.fetchPage(filter);
    if (filter !== this.filter) return this.firstPage();
    runInAction(() => {
      this.counts = page.counts;
    });
    return page;
  }

  /** Picks a tab without loading it (a page does when it shows): another tab starts empty. */
  select(filter: F): void {
    if (filter === this.filter) return;
    this.filter = filter;
    this.clear();
    this.pagedOn = false;
  }

  /** Forgets what the list showed, counts included (it is about to show another community or category). */
  reset(): void {
    this.clear();
    this.counts = {};
    this.pagedOn = false;
  }

  setFilter(filter: F): Promise<boolean> {
    if (filter === this.filter && this.state.loaded) return Promise.resolve(true);
    this.select(filter);
    return this.load();
  }

  async more(): Promise<void> {
    const shown = this.data;
    if (!shown?.hasMore || this.loadingMore || shown.items.length === 0) return;
    const filter = this.filter;
    this.loadingMore = true;
    this.moreError = null;
    try {
      const page = await this.fetchPage(filter, shown.items[shown.items.length - 1].id);
      runInAction(() => {
        if (filter !== this.filter || !this.data) return;
        this.set({ ...this.data, items: [...this.data.items, ...page.items], hasMore: page.hasMore });
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
