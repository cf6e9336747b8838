import { Text, View } from '@tarojs/components';
import type { TimelineStep } from '../../../../types/requests/models';
import { REQUEST_SOURCE_LABELS } from '../../../../types/requests/sources';
import { formatMoment } from '../../../lib/time';
import { STEP_TITLES } from '../labels';
import { PhotoGrid } from './photo-grid';
import './timeline.scss';

const BY_UNIT: readonly string[] = ['accept', 'claim', 'complete', 'decline'];

/** Who took the step: the unit and the person for a handler's step, the person otherwise. */
function line(step: TimelineStep): string | null {
  if (step.kind === 'pool') return '服务此类别的志愿服务队、共建单位均可认领';
  if (step.kind === 'dispatch') return step.unitName ? `派给 ${step.unitName}${step.actorName ? `（${step.actorName}派单）` : ''}` : null;
  if (BY_UNIT.includes(step.kind)) return [step.unitName, step.actorName].filter(Boolean).join(' ') || null;
  // 居民自报, or 代点单: 热线 · 赵丽娜代点单
  if (step.kind === 'created' && step.source) {
    const source = REQUEST_SOURCE_LABELS[step.source];
    return step.source === 'self' ? source : `${source}${step.actorName ? ` · ${step.actorName}代为登记` : ''}`;
  }
  return step.actorName;
}

/** 已点单 → 已派单（给谁）→ 已接单（谁）→ 已办结（说明、照片）→ 已评价, newest at the bottom. */
export function Timeline(props: { steps: TimelineStep[] }) {
  return (
    <View className='nx-timeline'>
      {props.steps.map((step, i) => {
        const who = line(step);
        const last = i === props.steps.length - 1;
        return (
          <View key={`${step.kind}-${step.at}-${i}`} className={`nx-timeline__step ${last ? 'nx-timeline__step--last' : ''} nx-timeline__step--${step.kind}`}>
            <View className='nx-timeline__rail'>
              <View className='nx-timeline__dot' />
              {!last && <View className='nx-timeline__line' />}
            </View>
            <View className='nx-timeline__body'>
              <View className='nx-timeline__head'>
                <Text className='nx-timeline__title'>{STEP_TITLES[step.kind]}</Text>
                <Text className='nx-timeline__time'>{formatMoment(step.at)}</Text>
              </View>
              {who && <Text className='nx-timeline__who'>{who}</Text>}
              {step.note && <Text className='nx-timeline__note'>{step.note}</Text>}
              {step.photos.length > 0 && <PhotoGrid photos={step.photos} />}
            </View>
          </View>
        );
      })}
    </View>
  );
}
