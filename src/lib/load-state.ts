import { makeAutoObservable, runInAction } from 'mobx';
import { messageOf } from './errors';

/** Loading / error bookkeeping for one remote read, so every page shows the same loading, error and retry. */
export class LoadState {
  loading = false;
  loaded = false;
  error: string | null = null;

  constructor() {
    makeAutoObservable(this);
  }

  /** Runs `load`; a failure is kept as a message for the error state instead of being thrown. */
  async run(load: () => Promise<void>): Promise<boolean> {
    this.loading = true;
    this.error = null;
    try {
      await load();
      runInAction(() => {
        this.loaded = true;
      });
      return true;
    } catch (err) {
      runInAction(() => {
        this.error = messageOf(err);
      });
      return false;
    } finally {
      runInAction(() => {
        this.loading = false;
      });
    }
  }
}
