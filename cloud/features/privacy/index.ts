import { defineFeature } from '../../core/feature';
import { privacyHandlers } from './handlers';
import { retentionJob } from './jobs';

/** 隐私与数据: a person deletes their own account (each feature forgets them through its seam); kept data expires. */
export const privacy = defineFeature({ name: 'privacy', handlers: privacyHandlers, jobs: [retentionJob] });
