import { REQUEST_SOURCES, REQUEST_SOURCE_LABELS, type RequestSource, type StatsRow } from '../../../../types/requests';

/** What the statistics need to know about one request: when it was ordered, and its steps in order. */
export interface StatsRequest {
  id: number;
  category: string;
  source: RequestSource;
  createdAt: string;
  steps: { kind: string; at: string; unitId: number | null }[];
}

export interface StatsRating {
  category: string;
  source: RequestSource;
  unitId: number | null;
  stars: number;
  at: string;
}

export interface StatsInputData {
  /** [from, to) instants of the month. */
  from: Date;
  to: Date;
  requests: StatsRequest[];
  ratings: StatsRating[];
  categories: string[];
  units: { id: number; name: string }[];
}

interface Acc {
  created: number;
  accepted: number;
  completed: number;
  stars: number[];
  acceptMinutes: number[];
  completeMinutes: number[];
}

const emptyAcc = (): Acc => ({ created: 0, accepted: 0, completed: 0, stars: [], acceptMinutes: [], completeMinutes: [] });

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return Math.round(s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2);
}

/** Share of 4–5 star ratings. */
export function satisfaction(stars: number[]): number | null {
  return stars.length === 0 ? null : stars.filter((s) => s >= 4).length / stars.length;
}

const minutesBetween = (from: string, to: string) => Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000));

/**
 * The month's figures, in total, per category and per handler unit:
 * - 点单 (created): requests ordered in the month; for a unit, the requests dispatched to it or claimed by it;
 * - 接单用时: from the latest 派单 (or 认领池) to 接单 / 认领, for acceptances in the month;
 * - 办结用时: from 接单 to 办结, for completions in the month, credited to the unit that accepted;
 * - 满意度: share of 4–5 star ratings given in the month.
 * Per source (居民自报 / 网格员上报 / 热线 / 来访) the same figures as in total, every source listed.
 */
export function summarize(data: StatsInputData): { total: StatsRow; byCategory: StatsRow[]; byUnit: StatsRow[]; bySource: StatsRow[] } {
  const inMonth = (at: string) => {
    const t = Date.parse(at);
    return t >= data.from.getTime() && t < data.to.getTime();
  };
  const total = emptyAcc();
  const byCategory = new Map<string, Acc>(data.categories.map((c) => [c, emptyAcc()]));
  const byUnit = new Map<number, Acc>(data.units.map((u) => [u.id, emptyAcc()]));
  const cat = (c: string) => byCategory.get(c) ?? byCategory.set(c, emptyAcc()).get(c)!;
  const unit = (id: number | null) => (id === null ? null : (byUnit.get(id) ?? byUnit.set(id, emptyAcc()).get(id)!));
  const bySource = new Map<RequestSource, Acc>(REQUEST_SOURCES.map((src) => [src, emptyAcc()]));

  for (const r of data.requests) {
    const accs = (unitId: number | null) => [total, cat(r.category), bySource.get(r.source), unit(unitId)].filter((a): a is Acc => !!a);
    if (inMonth(r.createdAt)) {
      total.created++;
      cat(r.category).created++;
      bySource.get(r.source)!.created++;
    }
    let dispatchedAt: string | null = null;
    let acceptedAt: string | null = null;
    let acceptedBy: number | null = null;
    for (const s of r.steps) {
      if (s.kind === 'dispatch' || s.kind === 'pool') {
        dispatchedAt = s.at;
        if (s.kind === 'dispatch' && inMonth(s.at)) unit(s.unitId)!.created++;
      } else if (s.kind === 'accept' || s.kind === 'claim') {
        acceptedAt = s.at;
        acceptedBy = s.unitId;
        if (!inMonth(s.at)) continue;
        if (s.kind === 'claim') unit(s.unitId)!.created++;
        for (const a of accs(s.unitId)) {
          a.accepted++;
          if (dispatchedAt) a.acceptMinutes.push(minutesBetween(dispatchedAt, s.at));
        }
      } else if (s.kind === 'complete' && inMonth(s.at)) {
        for (const a of accs(acceptedBy)) {
          a.completed++;
          if (acceptedAt) a.completeMinutes.push(minutesBetween(acceptedAt, s.at));
        }
      }
    }
  }
  for (const rating of data.ratings) {
    if (!inMonth(rating.at)) continue;
    for (const a of [total, cat(rating.category), bySource.get(rating.source), unit(rating.unitId)]) a?.stars.push(rating.stars);
  }

  const row = (key: string, label: string, a: Acc): StatsRow => ({
    key,
    label,
    created: a.created,
    accepted: a.accepted,
    completed: a.completed,
    ratings: a.stars.length,
    satisfaction: satisfaction(a.stars),
    medianAcceptMinutes: median(a.acceptMinutes),
    medianCompleteMinutes: median(a.completeMinutes),
  });
  const names = new Map(data.units.map((u) => [u.id, u.name]));
  return {
    total: row('total', '全部', total),
    byCategory: [...byCategory].map(([c, a]) => row(c, c, a)),
    byUnit: [...byUnit]
      .map(([id, a]) => row(String(id), names.get(id) ?? `单位${id}`, a))
      .filter((r) => r.created + r.accepted + r.completed + r.ratings > 0),
    bySource: REQUEST_SOURCES.map((src) => row(src, REQUEST_SOURCE_LABELS[src], bySource.get(src)!)),
  };
}
