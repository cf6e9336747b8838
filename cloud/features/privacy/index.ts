import { defineFeature } from '../../core/feature';
import { privacyHandlers } from './handlers';

/** 隐私与数据: a person deletes their own account; each feature forgets them through its seam. */
export const privacy = defineFeature({ name: 'privacy', handlers: privacyHandlers });
