import { ScrollView, Text, View } from '@tarojs/components';
import type { SlotDay } from '../../../../types/venues/models';
import { relativeDay, shanghai, WEEKDAYS } from '../../../lib/time';
import './date-strip.scss';

/** 余3 / 约满 / 闭馆 / 未开放: what is left of a day, in a word. */
function dayBadge(day: SlotDay): { label: string; tone: 'ok' | 'none' } {
  if (day.closedReason) return { label: day.closedReason.startsWith('闭馆') ? '闭馆' : '不开放', tone: 'none' };
  if (day.freeCount > 0) return { label: `余${day.freeCount}`, tone: 'ok' };
  if (day.slots.length > 0 && day.slots.every((s) => s.state === 'closed')) return { label: '未开放', tone: 'none' };
  return { label: '约满', tone: 'none' };
}

/** The booking window, a day per chip: weekday (今天 / 明天), date, what is left, and 休 / 班 for the official calendar. */
export function DateStrip(props: { days: SlotDay[]; today: string; selected: string; onSelect: (date: string) => void }) {
  return (
    <ScrollView className='nx-date-strip' scrollX scrollIntoView={`d${props.selected}`} enhanced showScrollbar={false}>
      {props.days.map((day) => {
        const d = shanghai(day.date);
        const badge = dayBadge(day);
        const mark = day.dayType === 'holiday' ? '休' : day.dayType === 'makeup' ? '班' : null;
        return (
          <View
            key={day.date}
            id={`d${day.date}`}
            data-date={day.date}
            className={`nx-date-strip__day ${day.date === props.selected ? 'nx-date-strip__day--on' : ''}`}
            onClick={() => props.onSelect(day.date)}
          >
            {mark && <Text className={`nx-date-strip__mark nx-date-strip__mark--${day.dayType}`}>{mark}</Text>}
            <Text className='nx-date-strip__weekday'>{relativeDay(day.date, props.today) ?? WEEKDAYS[d.day()]}</Text>
            <Text className='nx-date-strip__date'>
              {d.month() + 1}/{d.date()}
            </Text>
            <Text className={`nx-date-strip__badge nx-date-strip__badge--${badge.tone}`}>{badge.label}</Text>
          </View>
        );
      })}
    </ScrollView>
  );
}
