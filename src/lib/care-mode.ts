import Taro from '@tarojs/taro';
import { makeAutoObservable } from 'mobx';

const CARE_KEY = 'nx.careMode';
const NOTICE_KEY = 'nx.careNotice';

/**
 * WeChat's own 关怀模式 font step: 23.8 px against the standard 17 px on a 375 px screen, a `fontSizeScaleFactor` of
 * 1.4 (微信 小程序适老化设计指南: follow the person's WeChat font size).
 */
export const WECHAT_CARE_SCALE = 1.4;

export interface FontSizeInfo {
  fontSizeScaleFactor?: number;
  /** The WeChat font size in px (17 is the standard). */
  fontSizeSetting?: number;
}

/** True when the person's WeChat font size is at or above WeChat's 关怀模式 step. */
export function wechatAsksForCare(info: FontSizeInfo | null | undefined): boolean {
  const scale = info?.fontSizeScaleFactor ?? (info?.fontSizeSetting ? info.fontSizeSetting / 17 : 1);
  return Number.isFinite(scale) && scale >= WECHAT_CARE_SCALE - 0.01;
}

function fontSizeInfo(): FontSizeInfo | null {
  try {
    return (Taro.getAppBaseInfo?.() as FontSizeInfo | undefined) ?? null;
  } catch {
    return null; // an old base library or H5 without it: no hint from WeChat
  }
}

/**
 * 关怀模式, a device preference: every page's shell reads it, 我的 switches it. Until the person chooses, it follows
 * WeChat's font size on every launch, and when that turned it on, every page says so once with where to switch it.
 */
export class CareMode {
  on = false;
  /** Turned on by WeChat's font size, not by the person, and not acknowledged yet. */
  announce = false;

  constructor() {
    makeAutoObservable(this);
    this.load();
  }

  /** Reads the device: the person's choice, else WeChat's font size (at launch; tests call it again). */
  load(): void {
    const chosen: unknown = Taro.getStorageSync(CARE_KEY);
    this.announce = false;
    if (chosen === true || chosen === false) {
      this.on = chosen;
      return;
    }
    this.on = wechatAsksForCare(fontSizeInfo());
    this.announce = this.on && Taro.getStorageSync(NOTICE_KEY) !== true;
  }

  set(on: boolean): void {
    this.on = on;
    this.announce = false;
    Taro.setStorageSync(CARE_KEY, on);
  }

  /** The notice was read (知道了): it does not come back, and the mode keeps following WeChat until chosen. */
  acknowledge(): void {
    this.announce = false;
    Taro.setStorageSync(NOTICE_KEY, true);
  }
}

export const careMode = new CareMode();
