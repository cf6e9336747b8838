import { defineFeature } from '../../core/feature';
import { workbenchHandlers } from './handlers';

/**
 * 工作台: today's work across events, rooms and 暖心事 in one call. It owns no tables; it is the one feature that reads
 * other features, each through its seam.ts (.dependency-cruiser.cjs: `only-the-workbench-reads-across-features`).
 */
export const workbench = defineFeature({ name: 'workbench', handlers: workbenchHandlers });
