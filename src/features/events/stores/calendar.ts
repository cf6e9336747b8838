import { makeAutoObservable, runInAction } from 'mobx';
import type { EventSummary, MonthView } from '../../../../types/events';
import { call } from '../../../api/call';
import { LoadState } from '../../../lib/load-state';
import { localDateOf, shiftMonth } from '../../../lib/time';
import type { CategoryFilter } from '../labels';

/** 活动日历: one month of my community (one API call per month), the chosen day and the category filter. */
export class CalendarStore {
  view: MonthView | null = null;
  selected: string | null = null;
  category: CategoryFilter = 'all';
  readonly state = new LoadState();

  constructor() {
    makeAutoObservable(this, { state: false });
  }

  /** Loads a month; without one, the server's current month (its clock decides what "today" is). */
  load(month?: string): Promise<boolean> {
    return this.state.run(async () => {
      const view = await call('events.month', month ? { month } : {});
      runInAction(() => {
        this.view = view;
        if (!this.selected || !this.selected.startsWith(view.month)) this.selected = this.defaultDay(view);
      });
    });
  }

  reload(): Promise<boolean> {
    return this.load(this.view?.month);
  }

  prev(): Promise<boolean> {
    return this.load(shiftMonth(this.view?.month ?? '', -1));
  }

  next(): Promise<boolean> {
    return this.load(shiftMonth(this.view?.month ?? '', 1));
  }

  backToToday(): Promise<boolean> {
    this.selected = null;
    return this.load();
  }

  select(date: string): void {
    this.selected = date;
  }

  setCategory(c: CategoryFilter): void {
    this.category = c;
  }

  get events(): EventSummary[] {
    const all = this.view?.events ?? [];
    return this.category === 'all' ? all : all.filter((e) => e.category === this.category);
  }

  /** Events per local date under the current filter (the server's counts when nothing is filtered). */
  get counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    if (this.category === 'all') {
      for (const d of this.view?.days ?? []) if (d.count) counts[d.date] = d.count;
      return counts;
    }
    for (const e of this.events) {
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
    this.view = null;
    this.selected = null;
    this.category = 'all';
  }

  private defaultDay(view: MonthView): string {
    if (view.today.startsWith(view.month)) return view.today;
    return view.days.find((d) => d.count > 0)?.date ?? view.days[0].date;
  }
}

export const calendar = new CalendarStore();
