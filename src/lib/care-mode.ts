import Taro from '@tarojs/taro';
import { makeAutoObservable } from 'mobx';

const CARE_KEY = 'nx.careMode';

/** 关怀模式, a device preference: every page's shell reads it, 我的 switches it. */
class CareMode {
  on = false;

  constructor() {
    makeAutoObservable(this);
    this.on = Taro.getStorageSync(CARE_KEY) === true;
  }

  set(on: boolean): void {
    this.on = on;
    Taro.setStorageSync(CARE_KEY, on);
  }
}

export const careMode = new CareMode();
