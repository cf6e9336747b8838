/* A thin @tarojs/taro for jsdom: storage in memory, UI feedback recorded, page hooks run on mount. */
import { useEffect } from 'react';

const storage = new Map<string, unknown>();
let routerParams: Record<string, string> = {};
/** What wx.getAppBaseInfo() answers (the WeChat font size); null: the API is missing (old base library). */
let appBaseInfo: Record<string, unknown> | null = { fontSizeScaleFactor: 1, fontSizeSetting: 17 };

export const feedback = {
  toasts: [] as { title: string; icon?: string }[],
  modals: [] as { title?: string; content?: string }[],
  /** What the next showModal resolves with. */
  nextModalConfirm: true,
  navigations: [] as string[],
  actionSheets: [] as string[][],
  nextActionSheetIndex: 0,
  /** Template ids each requestSubscribeMessage asked for, and what the next one answers. */
  subscribeAsks: [] as string[][],
  nextSubscribe: { ok: true, result: {} } as { ok: true; result: Record<string, string> } | { ok: false; errCode: number },
  /** Files written with the file system manager, and those handed to shareFileMessage. */
  files: [] as { path: string; data: string }[],
  sharedFiles: [] as { filePath: string; fileName?: string }[],
};

export function resetTaroMock(): void {
  storage.clear();
  routerParams = {};
  appBaseInfo = { fontSizeScaleFactor: 1, fontSizeSetting: 17 };
  feedback.toasts = [];
  feedback.modals = [];
  feedback.nextModalConfirm = true;
  feedback.navigations = [];
  feedback.actionSheets = [];
  feedback.nextActionSheetIndex = 0;
  feedback.subscribeAsks = [];
  feedback.nextSubscribe = { ok: true, result: {} };
  feedback.files = [];
  feedback.sharedFiles = [];
}

export function setRouterParams(params: Record<string, string>): void {
  routerParams = params;
}

export function setAppBaseInfo(info: Record<string, unknown> | null): void {
  appBaseInfo = info;
}

const Taro = {
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  showToast: async (opts: { title: string; icon?: string }) => void feedback.toasts.push(opts),
  hideToast: () => {},
  showLoading: async () => {},
  hideLoading: () => {},
  showModal: async (opts: { title?: string; content?: string }) => {
    feedback.modals.push(opts);
    return { confirm: feedback.nextModalConfirm, cancel: !feedback.nextModalConfirm };
  },
  showActionSheet: async (opts: { itemList: string[] }) => {
    feedback.actionSheets.push(opts.itemList);
    return { tapIndex: feedback.nextActionSheetIndex };
  },
  navigateTo: async (opts: { url: string }) => void feedback.navigations.push(opts.url),
  redirectTo: async (opts: { url: string }) => void feedback.navigations.push(opts.url),
  switchTab: async (opts: { url: string }) => void feedback.navigations.push(opts.url),
  reLaunch: async (opts: { url: string }) => void feedback.navigations.push(opts.url),
  navigateBack: async () => void feedback.navigations.push('back'),
  stopPullDownRefresh: () => {},
  setTabBarBadge: async () => {},
  removeTabBarBadge: async () => {},
  setNavigationBarTitle: async () => {},
  getCurrentInstance: () => ({ router: { params: routerParams } }),
  scanCode: async () => ({ result: '' }),
  makePhoneCall: async () => {},
  requirePrivacyAuthorize: (opts: { success?: () => void } = {}) => opts.success?.(),
  addPhoneCalendar: async () => {},
  requestSubscribeMessage: (opts: { tmplIds: string[]; success?: (res: unknown) => void; fail?: (err: unknown) => void }) => {
    feedback.subscribeAsks.push(opts.tmplIds);
    const answer = feedback.nextSubscribe;
    if (answer.ok) opts.success?.({ errMsg: 'requestSubscribeMessage:ok', ...answer.result });
    else opts.fail?.({ errMsg: 'requestSubscribeMessage:fail', errCode: answer.errCode });
  },
  chooseImage: async () => ({ tempFilePaths: [] }),
  previewImage: async () => {},
  uploadFile: async () => ({ data: '{}' }),
  request: async () => {
    throw new Error('network is not available in component tests: use setTransport');
  },
  cloud: { init: () => {}, callFunction: async () => ({ result: null }), uploadFile: async () => ({ fileID: '' }) },
  env: { USER_DATA_PATH: 'wxfile://usr' },
  getFileSystemManager: () => ({ writeFileSync: (path: string, data: string) => void feedback.files.push({ path, data }) }),
  shareFileMessage: async (opts: { filePath: string; fileName?: string }) => void feedback.sharedFiles.push(opts),
  pxTransform: (n: number) => `${n / 2}px`,
  ENV_TYPE: { WEAPP: 'WEAPP', WEB: 'WEB' },
  getEnv: () => 'WEB',
  getAppBaseInfo: () => {
    if (!appBaseInfo) throw new TypeError('getAppBaseInfo is not a function');
    return appBaseInfo;
  },
};

export default Taro;
export const useDidShow = (fn: () => void) => useEffect(() => void fn(), []);
export const useDidHide = () => {};
export const useLoad = (fn: (params: Record<string, string>) => void) => useEffect(() => void fn(routerParams), []);
export const useReady = (fn: () => void) => useEffect(() => void fn(), []);
export const usePullDownRefresh = () => {};
export const useReachBottom = () => {};
export const useShareAppMessage = () => {};
export const useRouter = () => ({ params: routerParams });
export const getCurrentInstance = Taro.getCurrentInstance;
