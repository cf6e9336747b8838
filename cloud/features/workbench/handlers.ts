import type { workbenchActions } from '../../../types';
import type { HandlersOf } from '../../core/handler';
import { getWorkbench } from './services/workbench';

export const workbenchHandlers: HandlersOf<typeof workbenchActions> = {
  'workbench.get': getWorkbench,
};
