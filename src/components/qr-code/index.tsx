import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useMemo } from 'react';
import { encode } from 'uqr';
import './index.scss';

/**
 * A QR code drawn with Views (one row of cells per line): the same on weapp and H5, no canvas, no image encoding.
 * For check-in codes that a worker scans with scanCode.
 */
export function QrCode(props: { value: string; size?: number; className?: string }) {
  const rows = useMemo(() => encode(props.value, { ecc: 'M', border: 2 }).data, [props.value]);
  const size = props.size ?? 400;
  // Inline styles are not converted by the build: pxTransform turns design px into rpx (weapp) or rem (H5).
  const cell = Taro.pxTransform(size / rows.length);
  return (
    <View className={`nx-qr ${props.className ?? ''}`} data-qr={props.value}>
      {rows.map((row, y) => (
        <View key={y} className='nx-qr__row'>
          {row.map((on, x) => (
            <View key={x} className={on ? 'nx-qr__cell nx-qr__cell--on' : 'nx-qr__cell'} style={{ width: cell, height: cell }} />
          ))}
        </View>
      ))}
    </View>
  );
}
