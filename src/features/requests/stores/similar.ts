import { action, makeObservable, observable, runInAction } from 'mobx';
import type { PublicRequest, SimilarPage } from '../../../../types/requests';
import { call, newRequestId } from '../../../api/call';
import { messageOf } from '../../../lib/errors';
import { keyed, Resource } from '../../../lib/resource';

/**
 * 附议: open public-space requests of the category chosen on the form, in the resident's 小区 (requests.similar, one
 * call); 附议 one (requests.second) answers with that request, which replaces it in the list.
 */
export class SimilarStore extends Resource<SimilarPage> {
  /** The request being seconded (its button is busy). */
  busyId: number | null = null;
  /** One requestId per request, kept until it succeeds: a retry after a lost reply is the same 附议. */
  private readonly rids = new Map<number, string>();

  constructor(readonly category: string, readonly address: string | undefined) {
    // Opened without a category chosen (a bare link): nothing to match, and nothing to ask the server.
    super(() => (category ? call('requests.similar', address ? { category, address } : { category }) : Promise.resolve({ category, estate: null, isPublic: false, items: [] })));
    makeObservable(this, { busyId: observable, second: action });
  }

  /** Resolves with an error message, or null once the count shows the caller's 附议. */
  async second(id: number): Promise<string | null> {
    if (this.busyId !== null) return null;
    this.busyId = id;
    if (!this.rids.has(id)) this.rids.set(id, newRequestId());
    try {
      const item = await call('requests.second', { id }, { requestId: this.rids.get(id) });
      this.rids.delete(id);
      runInAction(() => this.replace(item));
      return null;
    } catch (err) {
      // Refused (done meanwhile, already seconded): the list was out of date.
      void this.load();
      return messageOf(err);
    } finally {
      runInAction(() => (this.busyId = null));
    }
  }

  private replace(item: PublicRequest): void {
    if (this.data) this.set({ ...this.data, items: this.data.items.map((r) => (r.id === item.id ? item : r)) });
  }
}

/** One store per category and address typed on the form. */
export const similarRequests = keyed((key: string) => {
  const [category, address] = key.split('\n');
  return new SimilarStore(category, address || undefined);
});
export const similarKey = (category: string, address?: string) => `${category}\n${address ?? ''}`;
