import type { Clock, Deadline } from './clock';
import type { SubscribeTemplates } from './subscribe/templates';

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
  /**
   * True only when WeChat itself delivered a message push (消息推送, e.g. the asynchronous result of
   * security.mediaCheckAsync) to the function. A client's callFunction data can carry the same fields, so the event
   * proves nothing; only the invocation context does.
   */
  invokedByMessagePush(): boolean;
}

/** A WeChat subscribe message, its fields already in their types (subscribe/fields.ts). */
export interface PushMessage {
  openid: string;
  templateId: string;
  page: string | null;
  data: Record<string, { value: string }>;
}

/**
 * WeChat refused a push. `final`: sending it again cannot help (43101: the person has no subscription for the
 * template — never subscribed, used it up or switched it off; 47003: a field broke its type's rule …).
 */
export class PushRefused extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(`subscribeMessage.send ${code} ${message}`);
  }
  get final(): boolean {
    return FINAL_PUSH_ERRORS.has(this.code);
  }
}

/** 43101 no subscription; 40003 openid invalid; 40037 template id invalid; 47003 argument invalid. */
export const NO_SUBSCRIPTION = 43101;
const FINAL_PUSH_ERRORS = new Set([NO_SUBSCRIPTION, 40003, 40037, 47003]);

/** Pushes a subscribe message; throws PushRefused when WeChat says no, anything else when the call failed. */
export interface Notifier {
  push(message: PushMessage): Promise<void>;
}

export interface ContentVerdict {
  pass: boolean;
  /** Why it was held, for the reviewer. */
  label?: string;
}

export interface ContentCheck {
  check(text: string, openid: string): Promise<ContentVerdict>;
}

/**
 * security.mediaCheckAsync v2: a photo is checked asynchronously; WeChat pushes the result (event wxa_media_check)
 * within 30 minutes, matched by `traceId`. A platform that can tell at once (the local one) answers with the verdict.
 */
export interface MediaCheck {
  submit(fileId: string, openid: string): Promise<{ traceId: string } | { verdict: ContentVerdict }>;
}

export interface FileStorage {
  /** Whether a file id names a file this storage holds (uploaded by the client beforehand). */
  exists(fileId: string): Promise<boolean>;
  /** A URL the client can show. */
  url(fileId: string): Promise<string>;
  /** Deletes files (an account deletion's photos); ids it does not hold are skipped. */
  remove(fileIds: readonly string[]): Promise<void>;
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
  /** The operator's subscribe-message templates (NUANXIN_SUBSCRIBE_TEMPLATES). */
  subscribeTemplates: SubscribeTemplates;
  contentCheck: ContentCheck;
  mediaCheck: MediaCheck;
  storage: FileStorage;
  phoneNumber: PhoneNumberSource;
  log: Logger;
}
