import type { Role } from '../../../types';

/** The seeded people the 演示身份 switcher offers (local builds only); the first is who the app is by default. */
export const DEV_IDENTITIES: { openid: string; role: Role; label: string }[] = [
  { openid: 'demo-resident', role: 'resident', label: '居民' },
  { openid: 'demo-staff', role: 'worker', label: '社区工作者' },
  { openid: 'demo-handler', role: 'handler', label: '处理人' },
  { openid: 'demo-admin', role: 'admin', label: '管理员' },
];
