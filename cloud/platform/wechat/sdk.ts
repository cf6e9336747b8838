/** The few wx-server-sdk calls we make; tests pass a fake with this shape. */
export interface WxSdk {
  getWXContext(): { OPENID?: string; APPID?: string; UNIONID?: string; FROM_OPENID?: string; SOURCE?: string };
  openapi: {
    subscribeMessage: {
      send(args: {
        touser: string;
        templateId: string;
        page?: string;
        data: Record<string, { value: string }>;
        miniprogramState?: 'developer' | 'trial' | 'formal';
      }): Promise<{ errCode?: number; errMsg?: string }>;
    };
    security: {
      msgSecCheck(args: { openid: string; scene: number; version: 2; content: string }): Promise<{
        errCode?: number;
        result?: { suggest: 'pass' | 'review' | 'risky'; label: number };
      }>;
      /** Optional in this interface so that fakes for other tests need not carry it. */
      mediaCheckAsync?(args: { mediaUrl: string; mediaType: 1 | 2; version: 2; openid: string; scene: number }): Promise<{ errCode?: number; traceId?: string }>;
    };
    /** Optional in this interface so that fakes for other tests need not carry it. */
    phonenumber?: {
      getPhoneNumber(args: { code: string }): Promise<{ errCode?: number; phoneInfo?: { purePhoneNumber?: string; countryCode?: string } }>;
    };
  };
  /** At most 50 files a call (Cloud.deleteFile); optional so that fakes for other tests need not carry it. */
  deleteFile?(args: { fileList: string[] }): Promise<{ fileList: { fileID: string; status: number; errMsg?: string }[] }>;
  getTempFileURL(args: { fileList: string[] }): Promise<{
    fileList: { fileID: string; tempFileURL: string; status: number }[];
  }>;
}

let loaded: WxSdk | null = null;

/**
 * Loads wx-server-sdk on first use, only in the cloud: it costs ~270 ms to require and outside SCF every call leaves
 * an unhandled rejection behind (TOOLCHAIN.md).
 */
export function loadWxSdk(): WxSdk {
  if (loaded) return loaded;
  if (process.env.TENCENTCLOUD_RUNENV !== 'SCF') throw new Error('wx-server-sdk is only available in the cloud');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk');
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
  loaded = cloud as WxSdk;
  return loaded;
}
