import { CompiledQuery } from 'kysely';
import { dropKeyIn, keepResultIn } from '../../../db/kept-result';

/**
 * A newcomer's sign-up on MySQL as one round trip that ends in COMMIT (cloud/db/batch.ts `batchAndCommit`): the seat
 * gate, else the end of the line, the sign-up numbered with the arrival number given out, its audit row and the
 * idempotency result, each decided in SQL from what the statements before it did. The event row is locked by the
 * first UPDATE and released by the COMMIT in the same trip: no round trip and no turn of the host's event loop while
 * it is held. When neither the seats nor the line took the caller (gone since the read, or the event cancelled), the
 * batch changes nothing and drops the idempotency key, as a rollback would have.
 * Session variables carry the decisions from statement to statement; every one is set in the batch before it is read.
 */

export interface SignUpTrip {
  eventId: number;
  userId: number;
  partySize: number;
  communityId: number;
  at: string;
  /** The event as read had room: try the seat gate first. */
  trySeat: boolean;
  /** The caller asked to wait if there is no seat. */
  waitlist: boolean;
  key: { userId: number; requestId: string };
}

/** What the trip did, read back under the lock before COMMIT. */
export interface SignUpTripRow {
  signup_id: number | string | null;
  seat: number | string;
  seq: number | string;
  waiting: number | string;
  taken: number | string;
  status: string;
}

const TAKEN_AS = `if(@nx_seat = 1, 'confirmed', 'waitlisted')`;
const statement = (sql: string, ...parameters: unknown[]) => CompiledQuery.raw(sql, parameters);

export function signUpTrip(t: SignUpTrip): CompiledQuery[] {
  const p = t.partySize;
  return [
    ...(t.trySeat
      ? [
          statement(`update events set taken = taken + ?, seq = seq + 1 where id = ? and status = 'active' and waiting = 0 and taken + ? <= capacity`, p, t.eventId, p),
          statement('set @nx_seat = row_count()'),
        ]
      : [statement('set @nx_seat = 0')]),
    ...(t.waitlist
      ? [statement(`update events set waiting = waiting + 1, seq = seq + 1 where id = ? and status = 'active' and @nx_seat = 0`, t.eventId), statement('set @nx_line = row_count()')]
      : [statement('set @nx_line = 0')]),
    statement(
      `insert into event_signups (event_id, user_id, party_size, status, seq, created_at, updated_at) select id, ?, ?, ${TAKEN_AS}, seq, ?, ? from events where id = ? and @nx_seat + @nx_line = 1`,
      t.userId,
      p,
      t.at,
      t.at,
      t.eventId,
    ),
    statement('set @nx_signup = if(row_count() = 1, last_insert_id(), null)'),
    statement(
      `insert into audit_log (entity, entity_id, action, from_state, to_state, actor_id, community_id, note, at) select 'event_signup', @nx_signup, 'signUp', null, ${TAKEN_AS}, ?, ?, concat('arrival ', seq, ', party ', ?), ? from events where id = ? and @nx_signup is not null`,
      t.userId,
      t.communityId,
      p,
      t.at,
      t.eventId,
    ),
    keepResultIn(
      t.key,
      statement(`select json_object('signupId', cast(@nx_signup as signed), 'status', ${TAKEN_AS}, 'position', if(@nx_seat = 1, null, waiting), 'arrival', seq) from events where id = ?`, t.eventId),
      '@nx_signup is not null',
    ),
    dropKeyIn(t.key, '@nx_signup is null'),
    statement('select @nx_signup as signup_id, @nx_seat as seat, seq, waiting, taken, status from events where id = ?', t.eventId),
  ];
}
