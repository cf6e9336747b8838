import Taro from '@tarojs/taro';
import { action, makeObservable, observable } from 'mobx';

const ME_TAB_INDEX = 3;

/**
 * How many messages wait unread: 我的 shows the count and the tab its badge. It comes with 我的's one call (me.get), and
 * from the message list when that loads or changes (stores/messages.ts, in the messages subpackage) — so 我的 carries
 * this counter in the main package, not the list.
 */
export class UnreadMessages {
  count = 0;

  constructor() {
    makeObservable(this, { count: observable, note: action });
  }

  note(count: number): void {
    this.count = count;
    this.showBadge();
  }

  /** The red count on the 我的 tab. */
  showBadge(): void {
    const done = () => undefined;
    if (this.count > 0) Taro.setTabBarBadge({ index: ME_TAB_INDEX, text: this.count > 99 ? '99+' : String(this.count) }).catch(done);
    else Taro.removeTabBarBadge({ index: ME_TAB_INDEX }).catch(done);
  }
}

export const unreadMessages = new UnreadMessages();
