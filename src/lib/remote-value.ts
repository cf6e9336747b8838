import { action, makeObservable, observable, runInAction } from 'mobx';
import { LoadState } from './load-state';

/** One remote read kept for a page: the value, and the loading / error state every page shows the same way. */
export class RemoteValue<T> {
  data: T | null = null;
  readonly state = new LoadState();

  constructor(private readonly fetch: () => Promise<T>) {
    makeObservable(this, { data: observable, load: action, clear: action });
  }

  load(): Promise<boolean> {
    return this.state.run(async () => {
      const data = await this.fetch();
      runInAction(() => {
        this.data = data;
      });
    });
  }

  /** Forget the value (tests start clean; a page opened for someone else). */
  clear(): void {
    this.data = null;
  }
}
