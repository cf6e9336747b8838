import { View } from '@tarojs/components';
import './index.scss';

export interface ChipOption<K extends string | number> {
  key: K;
  label: string;
}

/**
 * A set of tappable choices (类别, 期望时间, 设施, 每周几 …): one or several may be on. The chosen ones are marked by
 * border, weight and colour together, and say so to screen readers (aria-checked). `wrap` lets each chip be as wide as
 * its words; `grid` lines them up in columns, one column fewer in 关怀模式 so the larger words still fit.
 */
export function Chips<K extends string | number>(props: {
  options: readonly ChipOption<K>[];
  isOn: (key: K) => boolean;
  onTap: (key: K) => void;
  /** What the choice is about, for screen readers (the visible label sits beside the set). */
  label: string;
  layout?: 'wrap' | 'grid3' | 'grid4';
  /** Several may be on (checkboxes) or one (radio buttons). */
  multiple?: boolean;
  className?: string;
}) {
  return (
    <View
      className={`nx-chip-set nx-chip-set--${props.layout ?? 'wrap'} ${props.className ?? ''}`}
      role={props.multiple ? 'group' : 'radiogroup'}
      aria-label={props.label}
    >
      {props.options.map((o) => {
        const on = props.isOn(o.key);
        return (
          <View
            key={o.key}
            className={`nx-chip ${on ? 'nx-chip--on' : ''}`}
            role={props.multiple ? 'checkbox' : 'radio'}
            aria-checked={on}
            data-chip={o.key}
            onClick={() => props.onTap(o.key)}
          >
            {o.label}
          </View>
        );
      })}
    </View>
  );
}

/** Plain strings as options (the label is the key). */
export const optionsOf = <K extends string>(values: readonly K[]): ChipOption<K>[] => values.map((v) => ({ key: v, label: v }));
