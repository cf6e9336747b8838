import { Text, View } from '@tarojs/components';
import './chips.scss';

/** A wrap of tappable choices (facilities, usual reasons, 闭馆 / 加开); the chosen ones are marked in colour and border. */
export function Chips(props: { options: string[]; chosen: (option: string) => boolean; onTap: (option: string) => void; className?: string }) {
  return (
    <View className={`nx-chips ${props.className ?? ''}`}>
      {props.options.map((o) => (
        <Text key={o} className={`nx-chips__chip ${props.chosen(o) ? 'nx-chips__chip--on' : ''}`} onClick={() => props.onTap(o)}>
          {o}
        </Text>
      ))}
    </View>
  );
}
