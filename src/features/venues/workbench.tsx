/** 工作台 section of the venues feature: 待审核的预约. Filled in by the venues issue. */
export function VenuesWorkbench() {
  return null;
}
