export const ROLES = ['resident', 'worker', 'handler', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Every signed-in person may act as a resident of their own community. */
export const ANYONE: readonly Role[] = ROLES;
export const STAFF: readonly Role[] = ['worker', 'admin'];
/** Handler actions; a worker may also serve in a unit (a 网格员), and the services check unit membership. */
export const HANDLERS: readonly Role[] = ['handler', 'worker', 'admin'];
export const ADMIN: readonly Role[] = ['admin'];

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  worker: '社区工作者',
  handler: '处理人',
  admin: '管理员',
};
