/**
 * How the app reaches the API: weapp calls the cloud function; H5 (and weapp with NUANXIN_TRANSPORT=http) the local
 * host. The identity switcher exists only in local builds, never in a cloud weapp build.
 */
export const transport = process.env.NUANXIN_TRANSPORT ?? (process.env.TARO_ENV === 'h5' ? 'http' : 'cloud');
export const devIdentity = transport === 'http';
