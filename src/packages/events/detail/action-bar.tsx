import { Button, Text, View } from '@tarojs/components';
import type { EventDetail } from '../../../../types/events';
import { PartyStepper } from './party-stepper';
import { BusyButton } from '../../../components/busy-button';

interface Props {
  e: EventDetail;
  partySize: number;
  busy: boolean;
  onPartySize: (n: number) => void;
  onSignUp: () => void;
  onCancel: () => void;
  onAddToCalendar?: () => void;
}

const inWeChat = process.env.TARO_ENV === 'weapp';

/** The bottom bar: the one thing I can do now (报名 / 加入候补 / 取消报名), or why I cannot; calendar and share beside it. */
export function ActionBar({ e, partySize, busy, onPartySize, onSignUp, onCancel, onAddToCalendar }: Props) {
  const a = e.actions;
  const upcoming = e.status !== 'ended' && e.status !== 'cancelled';
  const primary = a.signUp ? '立即报名' : a.joinWaitlist ? '加入候补' : a.cancel ? (e.my?.status === 'waitlisted' ? '退出候补' : '取消报名') : null;
  if (!primary && !a.hint && !(inWeChat && upcoming)) return null;
  return (
    <View className='nx-bar'>
      {(a.signUp || a.joinWaitlist) && e.partyLimit > 1 && <PartyStepper value={partySize} max={e.partyLimit} onChange={onPartySize} />}
      {a.joinWaitlist && <Text className='nx-bar__hint'>名额已满，加入候补后有人取消会按顺序自动补上</Text>}
      {a.hint && <Text className='nx-bar__hint'>{a.hint}</Text>}
      <View className='nx-bar__row'>
        {inWeChat && upcoming && onAddToCalendar && (
          <Text className='nx-bar__side' onClick={onAddToCalendar}>
            加入日历
          </Text>
        )}
        {inWeChat && upcoming && (
          <Button className='nx-bar__side nx-bar__share' openType='share'>
            分享
          </Button>
        )}
        {primary && (
          <BusyButton
            className={`${a.cancel ? 'nx-button-plain' : 'nx-button-primary'} nx-bar__primary ${busy ? 'nx-button-primary--disabled' : ''}`}
            busy={busy}
            onPress={() => (a.cancel ? onCancel() : onSignUp())}
          >
            {primary}
          </BusyButton>
        )}
      </View>
    </View>
  );
}
