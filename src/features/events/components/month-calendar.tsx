import { Text, View } from '@tarojs/components';
import type { CalendarDay } from '../../../../types/events';
import { WEEKDAY_HEADS_MONDAY_FIRST } from '../../../lib/time';
import './month-calendar.scss';

interface Props {
  days: CalendarDay[];
  /** Marks per date ('YYYY-MM-DD' → number of events); a date without an entry has none. */
  counts: Record<string, number>;
  today: string;
  selected: string | null;
  onSelect: (date: string) => void;
}

/** Monday-first weekday of a local date: 0 = Monday … 6 = Sunday. */
function mondayIndex(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/**
 * A month grid, Monday first, with Chinese weekday heads: today ringed, the chosen day filled, 休 / 班 for statutory
 * rest days and make-up workdays, the lunar day or festival under the date, and the number of events.
 */
export function MonthCalendar({ days, counts, today, selected, onSelect }: Props) {
  if (days.length === 0) return null;
  const cells: (CalendarDay | null)[] = [...Array(mondayIndex(days[0].date)).fill(null), ...days];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));

  return (
    <View className='nx-month'>
      <View className='nx-month__heads'>
        {WEEKDAY_HEADS_MONDAY_FIRST.map((w, i) => (
          <Text key={w} className={`nx-month__head ${i >= 5 ? 'nx-month__head--weekend' : ''}`}>
            {w}
          </Text>
        ))}
      </View>
      {weeks.map((week, wi) => (
        <View key={wi} className='nx-month__week'>
          {week.map((day, di) =>
            day ? (
              <DayCell key={day.date} day={day} count={counts[day.date] ?? 0} weekend={di >= 5} today={day.date === today} selected={day.date === selected} onSelect={onSelect} />
            ) : (
              <View key={`blank-${di}`} className='nx-month__cell nx-month__cell--blank' />
            ),
          )}
        </View>
      ))}
    </View>
  );
}

function DayCell(props: { day: CalendarDay; count: number; weekend: boolean; today: boolean; selected: boolean; onSelect: (date: string) => void }) {
  const { day, count } = props;
  const classes = [
    'nx-month__cell',
    props.today && 'nx-month__cell--today',
    props.selected && 'nx-month__cell--selected',
    (day.rest || (props.weekend && !day.workday)) && 'nx-month__cell--off',
    count > 0 && 'nx-month__cell--marked',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <View className={classes} data-date={day.date} onClick={() => props.onSelect(day.date)}>
      {day.rest && <Text className='nx-month__badge nx-month__badge--rest'>休</Text>}
      {day.workday && <Text className='nx-month__badge nx-month__badge--work'>班</Text>}
      <Text className='nx-month__date'>{Number(day.date.slice(8))}</Text>
      <Text className={`nx-month__lunar ${day.festival ? 'nx-month__lunar--festival' : ''}`}>{day.lunar}</Text>
      <Text className='nx-month__count'>{count > 0 ? `${count}场` : ''}</Text>
    </View>
  );
}
