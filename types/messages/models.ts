/** A notification as the person sees it in 消息通知 (the same text WeChat sends as a subscribe message). */
export interface Message {
  id: number;
  kind: string;
  title: string;
  body: string;
  /** Page to open, e.g. '/packages/events/detail/index?id=3'. */
  page: string | null;
  createdAt: string;
  read: boolean;
}

/** How many of my messages are unread, after marking some read. */
export interface UnreadCount {
  unread: number;
}

export interface MessagePage {
  items: Message[];
  unread: number;
  /** Pass as `beforeId` for the next page; null at the end. */
  nextBeforeId: number | null;
}

/** What accepting subscribe templates gave: one more message of each (a long-term template: every message until switched off). */
export interface Subscribed {
  templates: { templateId: string; longTerm: boolean; remaining: number }[];
}
