/**
 * 附议's constants, out of models.ts (which the main package's 暖心事 tab imports) so that they cost it nothing.
 * Public-space categories (公共区域) until a worker chooses: their open requests are shown to the community's
 * residents for 附议 (a community's own list marks its own).
 */
export const DEFAULT_PUBLIC_CATEGORIES: readonly string[] = ['环境卫生'];
/** 附议 looks back this many days for the same problem. */
export const SIMILAR_DAYS = 30;
