import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { BusyButton } from '../../../components/busy-button';
import './review-box.scss';

const REJECT_REASONS = ['与社区服务无关', '含有不当或违规内容', '信息不实或重复提交'];

/**
 * Text the content check held: the worker reads it (only workers and its author ever do), then releases it or
 * rejects it with a reason the resident receives.
 */
export function ReviewBox(props: {
  what: '诉求内容' | '评价留言';
  label: string | null;
  busy: boolean;
  onDecide: (decision: 'release' | 'reject', reason: string) => void;
}) {
  const reject = async () => {
    try {
      const res = await Taro.showActionSheet({ itemList: REJECT_REASONS });
      props.onDecide('reject', REJECT_REASONS[res.tapIndex]);
    } catch {
      // Cancelled.
    }
  };
  return (
    <View className='nx-review'>
      <Text className='nx-review__title'>{props.what}待审核</Text>
      <Text className='nx-review__text'>
        自动检测未通过{props.label ? `：${props.label}` : ''}。请阅读后决定：通过后将正常显示{props.what === '诉求内容' ? '并可以派单' : '给处理人'}；驳回后不会向他人显示。
      </Text>
      <View className='nx-review__actions'>
        <BusyButton className='nx-review__button' busy={props.busy} onPress={reject}>
          驳回
        </BusyButton>
        <BusyButton className='nx-review__button nx-review__button--primary' busy={props.busy} onPress={() => props.onDecide('release', '')}>
          审核通过
        </BusyButton>
      </View>
    </View>
  );
}
