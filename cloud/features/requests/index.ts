import { defineFeature } from '../../core/feature';
import { photoChecksMigration, requestsMigration, sourceMigration } from './data/migrations';
import { requestsHandlers } from './handlers';
import { requestsJobs } from './jobs';
import { seedRequests } from './seed/seed';
import { receiveMediaCheck } from './services/photo-checks';
import { unitsHandlers } from './units/handlers';

/** 暖心事: 群众点单 → 社区派单 → 部门接单 → 群众评单, and the handler units that take them (units/, a part of it). */
export const requests = defineFeature({
  name: 'requests',
  handlers: { ...requestsHandlers, ...unitsHandlers },
  migrations: { '0005-requests': requestsMigration, '0010-requests-photo-checks': photoChecksMigration, '0013-requests-source': sourceMigration },
  jobs: requestsJobs,
  seeders: [{ name: 'requests', run: seedRequests }],
  pushes: { wxa_media_check: receiveMediaCheck },
});
