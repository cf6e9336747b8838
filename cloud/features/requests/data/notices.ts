import { notify } from '../../../db/outbox';
import type { Db } from '../../../db/tx';

/** Where a message about a request opens. */
export const detailPage = (id: number) => `/packages/requests/detail/index?id=${id}`;

interface Message {
  requestId: number;
  kind: string;
  title: string;
  body: string;
  /** For a subscribe template: what the 暖心事 is (its category) and where it stands in a few Chinese characters. */
  subject?: string;
  status?: string;
}

const send = (db: Db, at: Date, userIds: number[], m: Message) =>
  Promise.all(
    [...new Set(userIds)].map((userId) => notify(db, at, { userId, kind: m.kind, title: m.title, body: m.body, page: detailPage(m.requestId), facts: { subject: m.subject, status: m.status } })),
  );

/** One person: the resident who ordered it, or the handler who took it on. */
export async function tellUser(db: Db, at: Date, userId: number, m: Message): Promise<void> {
  await send(db, at, [userId], m);
}

/** Every worker of the community. */
export async function tellWorkers(db: Db, at: Date, communityId: number, m: Message): Promise<void> {
  const rows = await db.selectFrom('staff_communities').select('user_id').where('community_id', '=', communityId).execute();
  await send(db, at, rows.map((r) => r.user_id), m);
}

/** Everyone who added 附议 to it (a public-space problem). */
export async function tellSeconders(db: Db, at: Date, requestId: number, m: Omit<Message, 'requestId'>): Promise<void> {
  const rows = await db.selectFrom('request_seconds').select('user_id').where('request_id', '=', requestId).execute();
  await send(db, at, rows.map((r) => r.user_id), { ...m, requestId });
}

/**
 * A public problem was withdrawn (by its reporter, or with their account): whoever added 附议 is told, so they can
 * report it again if it is still there. Nothing says who withdrew it or why (docs/PRIVACY.md, 附议).
 */
export async function tellSecondersWithdrawn(db: Db, at: Date, req: { id: number; category: string; description: string }): Promise<void> {
  await tellSeconders(db, at, req.id, {
    kind: 'request.withdrawn',
    subject: req.category,
    status: '已撤回',
    title: '您附议的问题已撤回',
    body: `${gist(req.category, req.description)}。如问题仍在，可以重新反映`,
  });
}

/** Every member of the units, except whoever caused the message. */
export async function tellUnits(db: Db, at: Date, unitIds: number[], m: Message, exceptUserId?: number): Promise<void> {
  if (unitIds.length === 0) return;
  const rows = await db.selectFrom('handler_members').select('user_id').where('unit_id', 'in', unitIds).execute();
  await send(db, at, rows.map((r) => r.user_id).filter((id) => id !== exceptUserId), m);
}

/** 「助老助残」家中老人行动不便… — the start of a description for a message body. */
export const gist = (category: string, description: string) => `「${category}」${description.length > 30 ? `${description.slice(0, 30)}…` : description}`;
