/** 工作台 section of the requests feature: 待派单与超时的暖心事. Filled in by the requests issue. */
export function RequestsWorkbench() {
  return null;
}
