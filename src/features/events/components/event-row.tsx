import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { EventSummary } from '../../../../types/events';
import { StatusTag } from '../../../components/status-tag';
import { formatClock } from '../../../lib/time';
import { categoryLabel, eventStatusTag } from '../labels';
import { OutlineTag } from './outline-tag';
import './event-row.scss';

/** One event in a list: its time, title, place and status; `aside` replaces the status (e.g. my sign-up); `note` says why it is off. */
export function EventRow(props: { event: EventSummary; onOpen: (id: number) => void; homeCommunityId?: number; date?: string; aside?: ReactNode; note?: string }) {
  const e = props.event;
  const status = eventStatusTag(e.status);
  const elsewhere = props.homeCommunityId !== undefined && e.communityId !== props.homeCommunityId;
  return (
    <View className={`nx-event-row nx-event-row--${e.status}`} data-event-id={e.id} onClick={() => props.onOpen(e.id)}>
      <View className='nx-event-row__time'>
        <Text className='nx-event-row__start'>{formatClock(e.startsAt)}</Text>
        <Text className='nx-event-row__end'>{formatClock(e.endsAt)}</Text>
      </View>
      <View className='nx-event-row__main'>
        {props.date && <Text className='nx-event-row__date'>{props.date}</Text>}
        <Text className='nx-event-row__title'>{e.title}</Text>
        <Text className='nx-event-row__place'>{e.place}</Text>
        <View className='nx-event-row__tags'>
          <OutlineTag label={categoryLabel(e.category)} />
          {elsewhere && <OutlineTag label={e.communityName} />}
          {props.aside ?? <StatusTag tone={status.tone} label={status.label} />}
          {!props.aside && e.mine && <StatusTag tone={e.mine === 'confirmed' ? 'ok' : 'wait'} label={e.mine === 'confirmed' ? '我已报名' : '我在候补'} />}
          {e.status === 'open' && <Text className='nx-event-row__seats'>剩{e.seatsLeft}个名额</Text>}
        </View>
        {props.note && <Text className='nx-event-row__note'>{props.note}</Text>}
      </View>
      <Text className='nx-event-row__arrow' aria-hidden='true'>
        ›
      </Text>
    </View>
  );
}
