/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.jpg';
declare module '*.svg';
declare module '*.scss';

/** Build-time constants from config/index.ts. */
declare const NUANXIN_TRANSPORT: 'cloud' | 'http';
declare const NUANXIN_API_BASE: string;
declare const NUANXIN_CLOUD_ENV: string;
declare const NUANXIN_DEV_IDENTITY: boolean;
/** Subscribe-message template id per message kind, e.g. { "event.promoted": "…" }. */
declare const NUANXIN_SUBSCRIBE_TMPL_IDS: Record<string, string>;

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV?: 'development' | 'production' | 'test';
    TARO_ENV?: 'weapp' | 'h5' | string;
  }
}
