import Taro from '@tarojs/taro';
import { action, computed, makeObservable, observable, runInAction } from 'mobx';
import type { Message, MessagePage } from '../../../../types';
import { call } from '../../../api/call';
import { Resource } from '../../../lib/resource';

const ME_TAB_INDEX = 3;

/** 消息通知: what the app told me (waitlist promoted, booking approved, request dispatched …), newest first. */
export class MessagesStore extends Resource<MessagePage> {
  /** The count another screen's answer carried (me.get), before or without this list. */
  private knownUnread = 0;

  constructor() {
    super(() => call('messages.list', {}));
    makeObservable<MessagesStore, 'knownUnread'>(this, { items: computed, unread: computed, knownUnread: observable, noteUnread: action });
  }

  get items(): Message[] {
    return this.data?.items ?? [];
  }

  get unread(): number {
    return this.data?.unread ?? this.knownUnread;
  }

  /** 我的 learns the count from its one call (me.get) and shows it, and the tab's badge, without fetching the list. */
  noteUnread(count: number): void {
    this.knownUnread = count;
    if (this.data) this.data.unread = count;
    this.showBadge();
  }

  /** The first page again (and the tab's badge). */
  override async load(): Promise<boolean> {
    const ok = await super.load();
    if (ok) this.showBadge();
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
        if (res && this.data) this.data.unread = res.unread;
      });
      this.showBadge();
    }
    if (message.page) await Taro.navigateTo({ url: message.page }).catch(() => Taro.switchTab({ url: message.page! }));
  }

  async readAll(): Promise<void> {
    const res = await call('messages.read', { all: true });
    runInAction(() => {
      this.items.forEach((m) => (m.read = true));
      if (this.data) this.data.unread = res.unread;
    });
    this.showBadge();
  }

  /** The red count on the 我的 tab. */
  showBadge(): void {
    const done = () => undefined;
    if (this.unread > 0) Taro.setTabBarBadge({ index: ME_TAB_INDEX, text: this.unread > 99 ? '99+' : String(this.unread) }).catch(done);
    else Taro.removeTabBarBadge({ index: ME_TAB_INDEX }).catch(done);
  }
}

export const messages = new MessagesStore();
