import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import type { ReactNode } from 'react';
import { careMode } from '../../lib/care-mode';
import './index.scss';

/** Root of every page: carries the type scale, and the larger one in 关怀模式. */
export const PageShell = observer(function PageShell(props: { children: ReactNode; className?: string }) {
  const classes = ['nx-page', careMode.on ? 'nx-care' : '', props.className ?? ''].filter(Boolean).join(' ');
  return (
    <View className={classes}>
      {careMode.announce && <CareNotice />}
      {props.children}
    </View>
  );
});

/** Said once when WeChat's large font size turned 关怀模式 on: what happened and where to change it. */
const CareNotice = observer(function CareNotice() {
  return (
    <View className='nx-care-notice' role='status'>
      <Text className='nx-care-notice__text'>您的微信字体较大，已为您开启关怀模式（大字）。可在「我的」里随时关闭。</Text>
      <View className='nx-care-notice__actions'>
        <Button className='nx-button-plain nx-care-notice__button' onClick={() => void Taro.switchTab({ url: '/pages/me/index' })}>
          去设置
        </Button>
        <Button className='nx-button-primary nx-care-notice__button' onClick={() => careMode.acknowledge()}>
          知道了
        </Button>
      </View>
    </View>
  );
});
