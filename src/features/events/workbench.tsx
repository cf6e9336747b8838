/** 工作台 section of the events feature: 今日活动与签到. Filled in by the events issue. */
export function EventsWorkbench() {
  return null;
}
