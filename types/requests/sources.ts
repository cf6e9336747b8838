/**
 * 代点单 and 网格上报: where a 暖心事 came from and whom a worker filed it for. Apart from models.ts so that the words
 * stay out of the main package (the 暖心事 tab imports models.ts; only subpackage pages need these).
 */

/**
 * Where a 暖心事 came from: the resident ordered it themselves (居民自报), or a worker or grid worker filed it for
 * someone (代点单): found on patrol (网格员上报), a call to the 96118 hotline (热线), a visit to the counter (来访).
 */
export const REQUEST_SOURCES = ['self', 'grid', 'hotline', 'visit'] as const;
export type RequestSource = (typeof REQUEST_SOURCES)[number];
export const REQUEST_SOURCE_LABELS: Record<RequestSource, string> = { self: '居民自报', grid: '网格员上报', hotline: '热线', visit: '来访' };
/** The sources a worker files under (居民自报 is only ever the resident's own). */
export const FILED_SOURCES = ['grid', 'hotline', 'visit'] as const;
export type FiledSource = (typeof FILED_SOURCES)[number];

/**
 * Whom a worker files for: a registered resident (found by name or phone), a person without the app (a hotline caller,
 * an elder at the counter: name, phone, address), or a public-space problem that has no owner (路灯, 消防通道).
 */
export const FILE_FOR_KINDS = ['resident', 'person', 'public'] as const;
export type FileForKind = (typeof FILE_FOR_KINDS)[number];
export const FILE_FOR_LABELS: Record<FileForKind, string> = { resident: '已注册居民', person: '未用小程序的群众', public: '公共区域问题' };
/** On a request: the resident's own, or one of the above. */
export type RequestSubject = 'self' | FileForKind;
