import { defineFeature } from '../../core/feature';
import { requestsHandlers } from './handlers';
import { requestsMigration } from './migration';
import { seedRequests } from './seed';
import { requestTimeoutsJob } from './timeouts';
import { unitsHandlers } from './unit-handlers';

/** 暖心事: 群众点单 → 社区派单 → 部门接单 → 群众评单, and the handler units that take them. */
export const requests = defineFeature({
  name: 'requests',
  handlers: { ...requestsHandlers, ...unitsHandlers },
  migrations: { '0005-requests': requestsMigration },
  jobs: [requestTimeoutsJob],
  seeders: [{ name: 'requests', run: seedRequests }],
});
