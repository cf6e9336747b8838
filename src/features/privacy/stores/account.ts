import { makeAutoObservable, runInAction } from 'mobx';
import type { AccountDeleted } from '../../../../types';
import { call } from '../../../api/call';
import { LoadState } from '../../../lib/load-state';
import { withdrawPrivacyConsent } from '../../../lib/privacy';

/** 隐私与数据: deleting one's account (the page confirms first), and what it did. */
export class AccountStore {
  /** The deletion's busy state and error, kept as every other call's are. */
  sending = new LoadState();
  result: AccountDeleted | null = null;

  constructor() {
    makeAutoObservable(this);
  }

  get deleting(): boolean {
    return this.sending.loading;
  }

  get error(): string | null {
    return this.sending.error;
  }

  /** Sends the deletion once; on success the device forgets the consent too. */
  async deleteAccount(): Promise<boolean> {
    if (this.deleting) return false;
    return this.sending.run(async () => {
      const result = await call('privacy.deleteAccount', { confirm: true });
      withdrawPrivacyConsent();
      runInAction(() => {
        this.result = result;
      });
    });
  }

  reset(): void {
    this.sending = new LoadState();
    this.result = null;
  }
}

export const account = new AccountStore();
