import { REQUEST_STATUS_LABELS, type RequestStatus, type StepKind } from '../../../types/requests/models';
import type { Tone } from '../../components/status-tag';

/** Status words with their colour (UI.md: green done, orange waiting, grey closed, red refused or late). */
export const STATUS_TONES: Record<RequestStatus, Tone> = {
  reviewing: 'wait',
  pending: 'wait',
  pooled: 'wait',
  dispatched: 'wait',
  accepted: 'brand',
  completed: 'ok',
  rated: 'ok',
  withdrawn: 'closed',
  rejected: 'danger',
};

export const statusTag = (status: RequestStatus) => ({ tone: STATUS_TONES[status], label: REQUEST_STATUS_LABELS[status] });

/** The timeline's titles: 已点单 → 已派单 → 已接单 → 已办结 → 已评价. */
export const STEP_TITLES: Record<StepKind, string> = {
  created: '已点单',
  release: '审核通过',
  reject: '未通过审核',
  dispatch: '已派单',
  pool: '已发布到认领池',
  claim: '已认领',
  accept: '已接单',
  decline: '已退回社区',
  complete: '已办结',
  rate: '已评价',
  reopen: '反馈未解决，已退回社区',
  withdraw: '已撤回',
  overdue: '超时提醒',
};

/** 45分钟 · 2.5小时 · 1.8天 */
export function formatDuration(minutes: number | null): string {
  if (minutes === null) return '—';
  if (minutes < 60) return `${minutes}分钟`;
  if (minutes < 48 * 60) return `${trim(minutes / 60)}小时`;
  return `${trim(minutes / 1440)}天`;
}

const trim = (n: number) => (Math.round(n * 10) / 10).toString();

export const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);
