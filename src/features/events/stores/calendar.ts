import { action, computed, makeObservable, observable, runInAction } from 'mobx';
import type { EventSummary, MonthView } from '../../../../types/events';
import { call } from '../../../api/call';
import { Resource } from '../../../lib/resource';
import { localDateOf, shiftMonth } from '../../../lib/time';
import type { CategoryFilter } from '../labels';

/** 活动日历: one month of my community (one API call per month), the chosen day and the category filter. */
export class CalendarStore extends Resource<MonthView> {
  /** The day tapped (or picked when its month loaded). */
  chosen: string | null = null;
  category: CategoryFilter = 'all';
  /** The month the next load asks for; undefined: the server's current month (its clock decides what "today" is). */
  private month: string | undefined;

  constructor() {
    super(() => call('events.month', this.month ? { month: this.month } : {}));
    makeObservable(this, {
      chosen: observable,
      category: observable,
      select: action,
      setCategory: action,
      reset: action,
      selected: computed,
      events: computed,
      counts: computed,
      dayEvents: computed,
      monthIsEmpty: computed,
    });
  }

  /** Loads a month (the server's current one without it) and keeps the chosen day, or picks the month's default day. */
  async show(month?: string): Promise<boolean> {
    this.month = month;
    const ok = await this.load();
    runInAction(() => {
      if (ok) this.chosen = this.selected;
    });
    return ok;
  }

  reload(): Promise<boolean> {
    return this.show(this.data?.month);
  }

  prev(): Promise<boolean> {
    return this.show(shiftMonth(this.data?.month ?? '', -1));
  }

  next(): Promise<boolean> {
    return this.show(shiftMonth(this.data?.month ?? '', 1));
  }

  /** The current month, with today chosen (a day chosen in another month gives way). */
  backToToday(): Promise<boolean> {
    return this.show();
  }

  select(date: string): void {
    this.chosen = date;
  }

  setCategory(c: CategoryFilter): void {
    this.category = c;
  }

  /** The day whose events are listed: the chosen one in the shown month, else today in the current month, else its first day with events. */
  get selected(): string | null {
    const view = this.data;
    if (!view) return null;
    if (this.chosen?.startsWith(view.month)) return this.chosen;
    if (view.today.startsWith(view.month)) return view.today;
    return view.days.find((d) => d.count > 0)?.date ?? view.days[0].date;
  }

  get events(): EventSummary[] {
    const all = this.data?.events ?? [];
    return this.category === 'all' ? all : all.filter((e) => e.category === this.category);
  }

  /** Events per local date under the current filter (the server's counts when nothing is filtered). */
  get counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    if (this.category === 'all') {
      for (const d of this.data?.days ?? []) if (d.count) counts[d.date] = d.count;
      return counts;
    }
    // As the server counts: a cancelled event stays listed but is not counted.
    for (const e of this.events.filter((x) => x.status !== 'cancelled')) {
      const date = localDateOf(e.startsAt);
      counts[date] = (counts[date] ?? 0) + 1;
    }
    return counts;
  }

  get dayEvents(): EventSummary[] {
    return this.events.filter((e) => localDateOf(e.startsAt) === this.selected);
  }

  get monthIsEmpty(): boolean {
    return this.state.loaded && this.events.length === 0;
  }

  /** Forget the month (a different caller, or a fresh test). */
  reset(): void {
    this.clear();
    this.chosen = null;
    this.category = 'all';
  }
}

export const calendar = new CalendarStore();
