import { Text, View } from '@tarojs/components';
import type { RequestDetail } from '../../../../types/requests';
import { StatusTag } from '../../../components/status-tag';
import { statusTag } from '../labels';
import './detail-header.scss';

/** What the status means for this viewer, in one sentence. */
export function statusHint(d: RequestDetail): string {
  const unit = d.unit?.name ?? '';
  // A neighbour who added 附议 hears it as the reporter does (they are told when it is done, and rate it).
  const resident = d.viewer === 'owner' || d.viewer === 'neighbour';
  switch (d.status) {
    case 'reviewing':
      return resident ? '内容正在由社区审核，通过后会尽快为您派单' : '内容未通过自动检测，请审核后再派单';
    case 'pending':
      return resident ? (d.round > 1 ? '已退回社区重新安排，请耐心等待' : '社区已收到，正在为您安排') : '等待社区派单';
    case 'pooled':
      return resident ? '已发布给服务队和共建单位，等待认领' : '在认领池中，等待服务队认领';
    case 'dispatched':
      return `已派给${unit}，等待接单`;
    case 'accepted':
      return `${unit}${d.handlerName ? ` ${d.handlerName}` : ''}正在办理`;
    case 'completed':
      return resident ? '已办结，请您评价这次服务' : '已办结，等待居民评价';
    case 'rated':
      return resident ? '感谢您的评价' : '居民已评价，本次服务结束';
    case 'withdrawn':
      return resident ? '您已撤回这件暖心事' : '居民已撤回';
    case 'rejected':
      return '内容未通过社区审核，如有需要请重新点单';
  }
}

export function DetailHeader(props: { detail: RequestDetail }) {
  const d = props.detail;
  const tag = statusTag(d.status);
  return (
    <View className={`nx-req-head nx-req-head--${tag.tone}`}>
      <View className='nx-req-head__row'>
        <Text className='nx-req-head__status'>{tag.label}</Text>
        {d.overdue && <StatusTag tone='danger' label='超时' />}
      </View>
      <Text className='nx-req-head__hint'>{statusHint(d)}</Text>
      {d.seconds > 0 && <Text className='nx-req-head__hint nx-req-head__seconds'>{d.viewer !== 'neighbour' ? `${d.seconds}位邻居附议了这件事` : d.seconds > 1 ? `您和另外${d.seconds - 1}位邻居附议了这件事` : '您附议了这件事'}</Text>}
    </View>
  );
}
