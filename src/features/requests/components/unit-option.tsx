import { Text, View } from '@tarojs/components';
import { UNIT_KIND_LABELS, type HandlerUnitOption } from '../../../../types/requests/units/models';
import './unit-option.scss';

/** A unit to dispatch to, as a radio row: its kind, reach, members and how busy it is. */
export function UnitOption(props: { unit: HandlerUnitOption; chosen: boolean; current?: boolean; onChoose: () => void }) {
  const u = props.unit;
  const empty = u.members === 0;
  return (
    <View className={`nx-unit ${props.chosen ? 'nx-unit--chosen' : ''} ${empty ? 'nx-unit--empty' : ''}`} data-unit={u.id} onClick={empty ? undefined : props.onChoose}>
      <View className='nx-unit__radio'>{props.chosen && <View className='nx-unit__dot' />}</View>
      <View className='nx-unit__body'>
        <Text className='nx-unit__name'>
          {u.name}
          {props.current ? '（当前派给）' : ''}
        </Text>
        <Text className='nx-unit__meta'>
          {UNIT_KIND_LABELS[u.kind]} · {u.scopeName} · {empty ? '暂无成员' : `${u.members}人`} · 在办{u.openTasks}件
        </Text>
        <Text className='nx-unit__categories'>服务：{u.categories.join('、')}</Text>
      </View>
    </View>
  );
}
