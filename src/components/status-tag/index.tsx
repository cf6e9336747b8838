import { Text } from '@tarojs/components';
import './index.scss';

/** green = confirmed / done, orange = waiting, grey = ended / closed, red = cancelled / overdue, red-light = brand. */
export type Tone = 'ok' | 'wait' | 'closed' | 'danger' | 'brand';

/** A status always carries its word; the colour only helps (UI.md). */
export function StatusTag(props: { tone: Tone; label: string; className?: string }) {
  return <Text className={`nx-tag nx-tag--${props.tone} ${props.className ?? ''}`}>{props.label}</Text>;
}
