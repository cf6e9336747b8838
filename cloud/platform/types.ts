import type { Clock, Deadline } from './clock';

/** What the caller's transport knows about them. Only the local host sets `devOpenId`. */
export interface CallContext {
  devOpenId?: string;
  /** When the caller stops waiting (the function's time limit): the database waits no longer (cloud/db/deadline.ts). */
  deadline?: Deadline;
}

export interface IdentitySource {
  /** The trusted openid of the caller, or null when there is none. */
  openid(call: CallContext): string | null;
  /**
   * True only when the platform itself invoked the function through its timer trigger. Nothing the caller sends can
   * make it true: a client's callFunction data arrives as fields of `event`, so `event.Type` proves nothing.
   */
  invokedByTimer(): boolean;
  /**
   * True only when no person is behind this invocation and it did not come from a mini-program: the operator's own
   * test run in the console or DevTools (云端测试), the CLI, the HTTP API with the app's access token. The deploy step
   * (migrations, seed) is accepted only then; the same event from a client is an ordinary call.
   */
  invokedByOperator(): boolean;
}

export interface OutgoingMessage {
  openid: string;
  kind: string;
  title: string;
  body: string;
  page: string | null;
  createdAt: string;
}

export interface Notifier {
  deliver(message: OutgoingMessage): Promise<void>;
}

export interface ContentVerdict {
  pass: boolean;
  /** Why it was held, for the reviewer. */
  label?: string;
}

export interface ContentCheck {
  check(text: string, openid: string): Promise<ContentVerdict>;
}

export interface FileStorage {
  /** Whether a file id names a file this storage holds (uploaded by the client beforehand). */
  exists(fileId: string): Promise<boolean>;
  /** A URL the client can show. */
  url(fileId: string): Promise<string>;
}

/** WeChat's getPhoneNumber button gives the client a one-time code; only the server can turn it into the number. */
export interface PhoneNumberSource {
  /** The mainland number without country code, or null when the code cannot be exchanged. */
  fromCode(code: string): Promise<string | null>;
}

export interface Logger {
  info(message: string, extra?: Record<string, unknown>): void;
  error(message: string, extra?: Record<string, unknown>): void;
}

export interface Platform {
  name: 'local' | 'wechat';
  clock: Clock;
  identity: IdentitySource;
  notifier: Notifier;
  contentCheck: ContentCheck;
  storage: FileStorage;
  phoneNumber: PhoneNumberSource;
  log: Logger;
}
