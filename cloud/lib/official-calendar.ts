import { getDayDetail } from 'chinese-days';

/**
 * Whether the State Council's holiday and 调休 arrangement for a year is in the packaged official calendar
 * (`chinese-days`). 元旦 is a statutory holiday every year, so a year whose 1 January is an ordinary day has not been
 * published yet, or was published after the package was: updating the package is all it takes.
 */
export function arrangementPublished(year: number): boolean {
  return getDayDetail(`${year}-01-01`).name.includes(',');
}

/** What residents are told about days of a year whose arrangement is not known yet. */
export const unpublishedNotice = (year: number) => `${year}年法定节假日和调休安排尚未公布，暂按普通工作日和周末显示`;

/** The notice for a run of dates, when any of them falls in a year not yet published. */
export function noticeFor(dates: string[]): string | null {
  const year = [...new Set(dates.map((d) => Number(d.slice(0, 4))))].find((y) => !arrangementPublished(y));
  return year === undefined ? null : unpublishedNotice(year);
}
