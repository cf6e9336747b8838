import { makeAutoObservable, runInAction } from 'mobx';
import * as v from 'valibot';
import type { BookingStatus, Me } from '../../../../types';
import { describeIssue } from '../../../../types/schema';
import { BookingCreateInput, BookingForInput, ReserveInput } from '../../../../types/venues/schemas';
import { call, newRequestId } from '../../../api/call';
import { ApiError, messageOf } from '../../../lib/errors';
import { askToSubscribe } from '../../messages/seam';
import { ensureBookingConsent } from '../privacy';

/** resident: book for myself; behalf: a worker books for a resident without a smartphone; reserve: community use. */
export type BookMode = 'resident' | 'behalf' | 'reserve';

export interface BookTarget {
  mode: BookMode;
  venueId: number;
  date: string;
  start: number;
  end: number;
}

type Field = 'purpose' | 'headcount' | 'contactName' | 'contactPhone' | 'personName' | 'personPhone' | 'reason';

/**
 * The booking form. It keeps one requestId until the booking goes through, so a retry or a double tap is the same
 * request (the API answers it once); fields are checked with the contract's own schemas before anything is sent.
 */
export class BookingFormStore {
  target: BookTarget | null = null;
  values: Record<Field, string> = { purpose: '', headcount: '', contactName: '', contactPhone: '', personName: '', personPhone: '', reason: '' };
  error: { field?: string; message: string } | null = null;
  submitting = false;
  result: { status: BookingStatus; kind: 'booking' | 'reserved' } | null = null;
  private requestId = newRequestId();

  constructor() {
    makeAutoObservable(this);
  }

  /**
   * Starts the form for a target. The same target keeps everything (coming back from another page); other slots of the
   * same room, booked the same way, keep what was typed (the person went back to re-pick) as a new request; another
   * room, another mode or a booking that went through starts afresh.
   */
  begin(target: BookTarget, me: Me | null): void {
    const prev = this.target;
    const same = prev && JSON.stringify(prev) === JSON.stringify(target);
    if (same && !this.result) return;
    const repick = prev && !this.result && prev.venueId === target.venueId && prev.mode === target.mode;
    this.target = target;
    if (!repick) {
      this.values = { purpose: '', headcount: '', contactName: me?.name ?? '', contactPhone: me?.phone ?? '', personName: '', personPhone: '', reason: '' };
    }
    this.error = null;
    this.result = null;
    this.requestId = newRequestId();
  }

  set(field: Field, value: string): void {
    this.values[field] = value;
    if (this.error?.field === field) this.error = null;
  }

  /** Sends the form; `capacity` is the venue's, checked here too so the resident learns it before waiting. */
  async submit(capacity: number): Promise<boolean> {
    const t = this.target;
    if (!t || this.submitting) return false;
    this.submitting = true;
    if (t.mode === 'resident') await askToSubscribe(['booking']);
    runInAction(() => {
      this.error = null;
    });
    try {
      const result = await this.send(t, capacity);
      runInAction(() => {
        this.result = result;
        this.requestId = newRequestId();
      });
      return true;
    } catch (err) {
      runInAction(() => {
        this.error = err instanceof Invalid ? err.body : { message: messageOf(err), field: err instanceof ApiError ? err.field : undefined };
      });
      return false;
    } finally {
      runInAction(() => {
        this.submitting = false;
      });
    }
  }

  private async send(t: BookTarget, capacity: number): Promise<BookingFormStore['result']> {
    const opts = { requestId: this.requestId };
    const range = { venueId: t.venueId, date: t.date, start: t.start, end: t.end };
    const { purpose, headcount, contactName, contactPhone, personName, personPhone, reason } = this.values;
    const count = headcount.trim() === '' ? undefined : Number(headcount);
    if (t.mode !== 'reserve' && count !== undefined && count > capacity) {
      throw new Invalid({ field: 'headcount', message: `人数不能超过场地容纳人数（${capacity}人）` });
    }
    if (t.mode === 'reserve') {
      const input = check(ReserveInput, { ...range, reason });
      return { status: (await call('venues.reserve', input, opts)).status, kind: 'reserved' };
    }
    if (t.mode === 'behalf') {
      const input = check(BookingForInput, { ...range, purpose, headcount: count, personName, personPhone });
      return { status: (await call('bookings.createFor', input, opts)).status, kind: 'booking' };
    }
    const input = check(BookingCreateInput, { ...range, purpose, headcount: count, contactName, contactPhone });
    if (!(await ensureBookingConsent())) throw new Invalid({ message: '需要您同意个人信息使用说明后才能提交预约' });
    return { status: (await call('bookings.create', input, opts)).status, kind: 'booking' };
  }
}

/** A field the form can point at, found before anything is sent. */
class Invalid extends Error {
  constructor(readonly body: { field?: string; message: string }) {
    super(body.message);
  }
}

function check<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> {
  const parsed = v.safeParse(schema, value);
  if (!parsed.success) throw new Invalid(describeIssue(parsed.issues[0]));
  return parsed.output;
}

export const bookingForm = new BookingFormStore();
