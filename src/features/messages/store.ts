import Taro from '@tarojs/taro';
import { makeAutoObservable, runInAction } from 'mobx';
import type { Message } from '../../../types';
import { call } from '../../api/call';
import { LoadState } from '../../lib/load-state';

const ME_TAB_INDEX = 3;

/** 消息通知: what the app told me (waitlist promoted, booking approved, request dispatched …). */
export class MessagesStore {
  items: Message[] = [];
  unread = 0;
  nextBeforeId: number | null = null;
  readonly state = new LoadState();

  constructor() {
    makeAutoObservable(this, { state: false });
  }

  load(): Promise<boolean> {
    return this.state.run(async () => {
      const page = await call('messages.list', {});
      runInAction(() => {
        this.items = page.items;
        this.unread = page.unread;
        this.nextBeforeId = page.nextBeforeId;
      });
      this.showBadge();
    });
  }

  async loadMore(): Promise<void> {
    if (!this.nextBeforeId || this.state.loading) return;
    await this.state.run(async () => {
      const page = await call('messages.list', { beforeId: this.nextBeforeId! });
      runInAction(() => {
        this.items = [...this.items, ...page.items];
        this.nextBeforeId = page.nextBeforeId;
      });
    });
  }

  /** Marks one read and opens its page. */
  async open(message: Message): Promise<void> {
    if (!message.read) {
      const res = await call('messages.read', { ids: [message.id] }).catch(() => null);
      runInAction(() => {
        message.read = true;
        if (res) this.unread = res.unread;
      });
      this.showBadge();
    }
    if (message.page) await Taro.navigateTo({ url: message.page }).catch(() => Taro.switchTab({ url: message.page! }));
  }

  async readAll(): Promise<void> {
    const res = await call('messages.read', { all: true });
    runInAction(() => {
      this.items.forEach((m) => (m.read = true));
      this.unread = res.unread;
    });
    this.showBadge();
  }

  /** The red count on the 我的 tab. */
  showBadge(): void {
    const done = () => undefined;
    if (this.unread > 0) Taro.setTabBarBadge({ index: ME_TAB_INDEX, text: this.unread > 99 ? '99+' : String(this.unread) }).catch(done);
    else Taro.removeTabBarBadge({ index: ME_TAB_INDEX }).catch(done);
  }

  reset(): void {
    this.items = [];
    this.unread = 0;
    this.nextBeforeId = null;
  }
}

export const messages = new MessagesStore();
