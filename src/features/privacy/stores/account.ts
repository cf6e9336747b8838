import { makeAutoObservable, runInAction } from 'mobx';
import type { AccountDeleted } from '../../../../types';
import { call } from '../../../api/call';
import { messageOf } from '../../../lib/errors';
import { withdrawPrivacyConsent } from '../../../lib/privacy';

/** 隐私与数据: deleting one's account (the page confirms first), and what it did. */
export class AccountStore {
  deleting = false;
  error: string | null = null;
  result: AccountDeleted | null = null;

  constructor() {
    makeAutoObservable(this);
  }

  /** Sends the deletion once; on success the device forgets the consent too. */
  async deleteAccount(): Promise<boolean> {
    if (this.deleting) return false;
    this.deleting = true;
    this.error = null;
    try {
      const result = await call('privacy.deleteAccount', { confirm: true });
      withdrawPrivacyConsent();
      runInAction(() => {
        this.result = result;
      });
      return true;
    } catch (err) {
      runInAction(() => {
        this.error = messageOf(err);
      });
      return false;
    } finally {
      runInAction(() => {
        this.deleting = false;
      });
    }
  }

  reset(): void {
    this.deleting = false;
    this.error = null;
    this.result = null;
  }
}

export const account = new AccountStore();
