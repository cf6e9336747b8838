/** Subscribe-message credits: what a person allowed us to push, per template (see cloud/core/push-credits.ts). */
export interface SubscribeCreditTable {
  user_id: number;
  template_id: string;
  /** Pushes left: one per acceptance of a one-time template; 1 while a long-term one is on. */
  remaining: number;
  /** Pushes made against it, for the operator's curiosity (and so a long-term take always changes the row). */
  pushed: number;
  updated_at: string;
}

export interface MessagesTables {
  subscribe_credits: SubscribeCreditTable;
}

declare module '../../../db/schema' {
  // The feature's tables join the one Database type; the database layer imports no feature.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Database extends MessagesTables {}
}
