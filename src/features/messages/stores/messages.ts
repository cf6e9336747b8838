import Taro from '@tarojs/taro';
import { computed, makeObservable, runInAction } from 'mobx';
import type { Message, MessagePage } from '../../../../types';
import { call } from '../../../api/call';
import { Resource } from '../../../lib/resource';
import { unreadMessages } from './unread';

/** 消息通知: what the app told me (waitlist promoted, booking approved, request dispatched …), newest first. */
export class MessagesStore extends Resource<MessagePage> {
  constructor() {
    super(() => call('messages.list', {}));
    makeObservable(this, { items: computed, unread: computed });
  }

  get items(): Message[] {
    return this.data?.items ?? [];
  }

  /** One count with 我的 and the tab's badge (stores/unread.ts). */
  get unread(): number {
    return unreadMessages.count;
  }

  /** The first page again (and the count it carries, for 我的 and the tab's badge). */
  override async load(): Promise<boolean> {
    const ok = await super.load();
    if (ok && this.data) unreadMessages.note(this.data.unread);
    return ok;
  }

  /** The next page, appended (the list scrolled to its end). */
  async loadMore(): Promise<void> {
    const beforeId = this.data?.nextBeforeId;
    if (!beforeId || this.state.loading) return;
    await this.state.run(async () => {
      const more = await call('messages.list', { beforeId });
      runInAction(() => {
        if (this.data) this.set({ ...this.data, items: [...this.data.items, ...more.items], nextBeforeId: more.nextBeforeId });
      });
    });
  }

  /** Marks one read and opens its page. */
  async open(message: Message): Promise<void> {
    if (!message.read) {
      const res = await call('messages.read', { ids: [message.id] }).catch(() => null);
      runInAction(() => {
        message.read = true;
      });
      if (res) unreadMessages.note(res.unread);
    }
    if (message.page) await Taro.navigateTo({ url: message.page }).catch(() => Taro.switchTab({ url: message.page! }));
  }

  async readAll(): Promise<void> {
    const res = await call('messages.read', { all: true });
    runInAction(() => {
      this.items.forEach((m) => (m.read = true));
    });
    unreadMessages.note(res.unread);
  }
}

export const messages = new MessagesStore();
