import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { devOpenId, setDevOpenId } from '../../../api/dev-identity';
import { DEV_IDENTITIES } from '../dev-identities';
import './dev-identity-switcher.scss';

/** Local builds only (NUANXIN_DEV_IDENTITY): choose which seeded person the app acts as. */
export function DevIdentitySwitcher() {
  if (!NUANXIN_DEV_IDENTITY) return null;
  const current = devOpenId();
  const choose = (openid: string) => {
    if (openid === current) return;
    setDevOpenId(openid);
    if (process.env.TARO_ENV === 'h5') window.location.reload();
    else void Taro.reLaunch({ url: '/pages/calendar/index' });
  };
  return (
    <View className='nx-dev-identity'>
      <Text className='nx-dev-identity__title'>演示身份（仅本地版本）</Text>
      <View className='nx-dev-identity__options'>
        {DEV_IDENTITIES.map((d) => (
          <Text
            key={d.openid}
            className={`nx-dev-identity__option ${d.openid === current ? 'nx-dev-identity__option--on' : ''}`}
            onClick={() => choose(d.openid)}
          >
            {d.label}
          </Text>
        ))}
      </View>
    </View>
  );
}
