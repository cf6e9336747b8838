import type { RequestsHome } from '../../../../types/requests';
import { call } from '../../../api/call';
import { Resource } from '../../../lib/resource';
import { draftStore } from './draft';
import { myRequests } from './mine';

/**
 * The 暖心事 tab, drawn by one call (requests.home): the form gets its categories and the profile's contact, and
 * 我的暖心事 its list (so it comes back at once when opened from here). Until it answers, the cached categories stay.
 */
export class RequestsTabStore extends Resource<RequestsHome> {
  constructor() {
    super(() => call('requests.home', {}));
  }

  async load(): Promise<boolean> {
    const ok = await super.load();
    const home = this.data;
    if (ok && home) {
      draftStore.useCategories(home.categories);
      draftStore.prefill(home.contact);
      myRequests.set(home.mine);
    }
    return ok;
  }

  /** False until the caller has chosen a community (the tab asks them to before they order). */
  get hasCommunity(): boolean {
    // Written without ?. : the main package compiles it for base library 3.x, where it costs 30 bytes more.
    return !this.data || this.data.communityId !== null;
  }
}

export const requestsTab = new RequestsTabStore();
