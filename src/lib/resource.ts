import { action, computed, makeObservable, observable, runInAction } from 'mobx';
import { LoadState } from './load-state';

/**
 * One screen's remote read, with the cycle every screen shares: the first load shows the loading state; once there is
 * data, a load refreshes quietly behind it (a screen seen a moment ago comes back at once); a failed refresh keeps
 * the data and says so; a mutation that answers with what the screen shows next puts it in with `set`.
 */
export class Resource<T> {
  data: T | null = null;
  readonly state = new LoadState();

  constructor(private readonly fetch: () => Promise<T>) {
    makeObservable<Resource<T>>(this, { data: observable, set: action, clear: action, loading: computed });
  }

  /** Loading with nothing to show yet (a refresh behind shown data is quiet). */
  get loading(): boolean {
    return this.state.loading && this.data === null;
  }

  load(): Promise<boolean> {
    return this.state.run(async () => {
      const data = await this.fetch();
      runInAction(() => {
        this.data = data;
      });
    });
  }

  set(data: T): void {
    this.data = data;
  }

  /** Forget the value (tests start clean; a page opened for someone else). */
  clear(): void {
    this.data = null;
  }
}

/**
 * The one way stores live: at module level, one per key where a screen shows one of many (an event, a request).
 * Opening the same screen again finds its store with what it showed; the oldest are let go past `max`.
 */
export function keyed<K, S>(make: (key: K) => S, max = 12): ((key: K) => S) & { clear(): void } {
  const stores = new Map<K, S>();
  const get = (key: K): S => {
    let store = stores.get(key);
    if (store === undefined) {
      store = make(key);
      if (stores.size >= max) stores.delete(stores.keys().next().value as K);
    } else {
      stores.delete(key); // re-insert: the map's order is the order of use
    }
    stores.set(key, store);
    return store;
  };
  return Object.assign(get, { clear: () => stores.clear() });
}
