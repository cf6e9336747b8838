import { Text, View } from '@tarojs/components';
import type { VenueCard as Venue } from '../../../../types/venues/models';
import { StatusTag } from '../../../components/status-tag';
import { formatMinutes, relativeDay, shanghai, WEEKDAYS } from '../../../lib/time';
import { VenueBanner } from './venue-banner';
import './venue-card.scss';

/** 今天 19:30 / 周六 09:00 / 12月2日 09:00 */
export function nextFreeText(next: Venue['nextFree'], today: string): string {
  if (!next) return '近期时段已约满';
  const d = shanghai(next.date);
  const day = relativeDay(next.date, today) ?? (d.diff(shanghai(today), 'day') < 7 ? WEEKDAYS[d.day()] : `${d.month() + 1}月${d.date()}日`);
  return `最近可约 ${day} ${formatMinutes(next.start)}`;
}

/** 工作日 17:30–21:00 · 周末 09:00–21:00, wrapping between the parts and never inside a time range. */
export function HoursSummary(props: { text: string }) {
  return (
    <View className='nx-hours-summary'>
      {props.text.split(' · ').map((part, i, parts) => (
        <Text key={part} className='nx-hours-summary__part'>
          {part}
          {i < parts.length - 1 ? '\u00a0·\u00a0' : ''}
        </Text>
      ))}
    </View>
  );
}

/** One room on the 场地预约 tab: what it is, how many it holds, what it has, when it opens, when it is next free. */
export function VenueCard(props: { venue: Venue; today: string; onOpen: (id: number) => void }) {
  const v = props.venue;
  return (
    <View className='nx-venue-card' data-venue={v.id} onClick={() => props.onOpen(v.id)}>
      <VenueBanner kind={v.kind} photos={v.photos} className='nx-venue-card__banner' />
      <View className='nx-venue-card__body'>
        <View className='nx-venue-card__title-row'>
          <Text className='nx-venue-card__name'>{v.name}</Text>
          {v.requiresApproval && <StatusTag tone='wait' label='需审核' />}
        </View>
        <Text className='nx-venue-card__place'>
          {v.placeName} · {v.address}
        </Text>
        <View className='nx-venue-card__facts'>
          <Text className='nx-venue-card__capacity'>可容纳{v.capacity}人</Text>
          {v.facilities.map((f) => (
            <Text key={f} className='nx-venue-card__facility'>
              {f}
            </Text>
          ))}
        </View>
        <View className='nx-venue-card__hours'>
          <Text className='nx-venue-card__hours-label'>开放</Text>
          <HoursSummary text={v.hoursSummary} />
        </View>
        <Text className={`nx-venue-card__next ${v.nextFree ? '' : 'nx-venue-card__next--none'}`}>{nextFreeText(v.nextFree, props.today)}</Text>
      </View>
    </View>
  );
}
