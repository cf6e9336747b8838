import type { Generated } from 'kysely';

/** Tables every feature shares: the audit log, idempotency keys, the notification outbox and the app's own settings. */

export interface AuditLogTable {
  id: Generated<number>;
  entity: string;
  entity_id: number;
  action: string;
  from_state: string | null;
  to_state: string | null;
  actor_id: number | null;
  community_id: number | null;
  note: string | null;
  at: string;
}

export interface IdempotencyKeyTable {
  user_id: number;
  request_id: string;
  action: string;
  /** JSON of the first result; null only while the first call is in flight. */
  result: string | null;
  created_at: string;
}

export interface NotificationTable {
  id: Generated<number>;
  user_id: number;
  kind: string;
  title: string;
  body: string;
  /** Mini-program page the message opens. */
  page: string | null;
  /** JSON of the message's facts for a subscribe template's fields (cloud/platform/subscribe/fields.ts). */
  facts: string | null;
  /** `sent`: pushed as a subscribe message; `in_app`: no template or no subscription, kept in 消息通知 only. */
  status: 'pending' | 'sending' | 'sent' | 'in_app' | 'failed';
  /** While `sending`: when the sender's claim runs out and another tick may take the row (cloud/scheduler/deliver-outbox.ts). */
  lease_until: string | null;
  attempts: number;
  error: string | null;
  created_at: string;
  sent_at: string | null;
  /** When the person opened it in 消息通知. */
  read_at: string | null;
}

/** A file stored by the local host's POST /upload, and whose it is: the per-person daily quota counts these. */
export interface UploadTable {
  /** The stored file's name (its file id is `local:<name>`). */
  name: string;
  user_id: number;
  bytes: number;
  /** The uploader's local day (Asia/Shanghai), 'YYYY-MM-DD'. */
  local_date: string;
  created_at: string;
}

/** What one person uploaded on one local day: the quota's gate row (one conditional UPDATE decides). */
export interface UploadDayTable {
  user_id: number;
  local_date: string;
  files: number;
  bytes: number;
}

/** A value the app made for itself and keeps (one row per name), e.g. the check-in code key. */
export interface AppSettingTable {
  name: string;
  value: string;
}

export interface CoreTables {
  audit_log: AuditLogTable;
  idempotency_keys: IdempotencyKeyTable;
  notifications: NotificationTable;
  uploads: UploadTable;
  upload_days: UploadDayTable;
  app_settings: AppSettingTable;
}
