import { View } from '@tarojs/components';
import { observer } from 'mobx-react-lite';
import type { ReactNode } from 'react';
import { careMode } from '../../lib/care-mode';

/** Root of every page: carries the type scale, and the larger one in 关怀模式. */
export const PageShell = observer(function PageShell(props: { children: ReactNode; className?: string }) {
  const classes = ['nx-page', careMode.on ? 'nx-care' : '', props.className ?? ''].filter(Boolean).join(' ');
  return <View className={classes}>{props.children}</View>;
});
