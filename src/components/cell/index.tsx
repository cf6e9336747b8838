import { Switch, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.scss';

/** A WeUI-style group of rows on a white card. */
export function CellGroup(props: { title?: string; children: ReactNode; className?: string }) {
  return (
    <View className={`nx-group ${props.className ?? ''}`}>
      {props.title && <Text className='nx-group__title'>{props.title}</Text>}
      <View className='nx-group__body'>{props.children}</View>
    </View>
  );
}

/** One row: label on the left, value or a control on the right, an arrow when it opens something. */
export function Cell(props: {
  label: string;
  value?: ReactNode;
  hint?: string;
  arrow?: boolean;
  onClick?: () => void;
  className?: string;
}) {
  return (
    <View className={`nx-cell ${props.onClick ? 'nx-cell--link' : ''} ${props.className ?? ''}`} onClick={props.onClick}>
      <View className='nx-cell__main'>
        <Text className='nx-cell__label'>{props.label}</Text>
        {props.hint && <Text className='nx-cell__hint'>{props.hint}</Text>}
      </View>
      <View className='nx-cell__value'>{props.value}</View>
      {props.arrow && (
        <Text className='nx-cell__arrow' aria-hidden='true'>
          ›
        </Text>
      )}
    </View>
  );
}

/**
 * A row that switches something on or off (关怀模式, 每周重复, 开放预约): the whole row is the tap target and speaks as a
 * switch; the Switch inside only shows the state (a bare Switch is 52 × 32 px, below any tap-target rule).
 */
export function SwitchCell(props: { label: string; hint?: string; checked: boolean; onChange: (on: boolean) => void; className?: string }) {
  return (
    <View
      className={`nx-cell nx-cell--switch ${props.className ?? ''}`}
      role='switch'
      aria-checked={props.checked}
      aria-label={props.label}
      onClick={() => props.onChange(!props.checked)}
    >
      <View className='nx-cell__main'>
        <Text className='nx-cell__label'>{props.label}</Text>
        {props.hint && <Text className='nx-cell__hint'>{props.hint}</Text>}
      </View>
      <View className='nx-cell__value' aria-hidden='true'>
        <Switch className='nx-cell__switch' checked={props.checked} color='#c8372d' />
      </View>
    </View>
  );
}
