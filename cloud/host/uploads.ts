import { isUniqueViolation } from '../db/dialect';
import { inTransaction, type Db } from '../db/tx';
import { localDate } from '../lib/time';

/** What one person may store through the local host per local (Asia/Shanghai) day. */
export const UPLOAD_QUOTA = { files: 50, bytes: 50 * 1024 * 1024 };

/**
 * The id of the person with this openid, or null. Only a read: the host registers nobody (a person becomes known
 * on their first API call, through the router).
 */
export async function knownUserId(db: Db, openid: string): Promise<number | null> {
  const row = await db.selectFrom('users').select('id').where('openid', '=', openid).executeTakeFirst();
  return row ? row.id : null;
}

/**
 * Counts one file of `bytes` against the person's quota for the local day of `at`, records it as theirs, and
 * `write`s it, in one transaction: a refused upload writes nothing, a failed write counts nothing.
 * Returns false when the file would take the person over the day's quota.
 *
 * The gate is one conditional UPDATE of the person's row for the day (DESIGN.md "Rules that keep data right"),
 * so simultaneous uploads cannot all pass a count read before any of them was written.
 */
export async function recordUpload(
  db: Db,
  upload: { userId: number; name: string; bytes: number; at: Date },
  write: () => void,
): Promise<boolean> {
  const day = localDate(upload.at);
  try {
    await db.insertInto('upload_days').values({ user_id: upload.userId, local_date: day, files: 0, bytes: 0 }).execute();
  } catch (err) {
    if (!isUniqueViolation(err)) throw err; // the day's row is there already
  }
  return inTransaction(db, async (trx) => {
    const gate = await trx
      .updateTable('upload_days')
      .set((eb) => ({ files: eb('files', '+', 1), bytes: eb('bytes', '+', upload.bytes) }))
      .where('user_id', '=', upload.userId)
      .where('local_date', '=', day)
      .where('files', '<', UPLOAD_QUOTA.files)
      .where((eb) => eb(eb('bytes', '+', upload.bytes), '<=', UPLOAD_QUOTA.bytes))
      .executeTakeFirst();
    if (Number(gate.numUpdatedRows) !== 1) return false;
    await trx
      .insertInto('uploads')
      .values({ name: upload.name, user_id: upload.userId, bytes: upload.bytes, local_date: day, created_at: upload.at.toISOString() })
      .execute();
    write();
    return true;
  });
}
