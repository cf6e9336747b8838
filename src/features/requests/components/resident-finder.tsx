import { Text, View } from '@tarojs/components';
import { observer } from 'mobx-react-lite';
import { BusyButton } from '../../../components/busy-button';
import { TextInput } from '../../../components/field';
import type { FileForStore } from '../stores/file-for';
import './resident-finder.scss';

/** 查找居民: by part of a name or a whole mobile number, in the chosen community; phones come back masked. */
export const ResidentFinder = observer(function ResidentFinder(props: { store: FileForStore }) {
  const { store } = props;
  return (
    <View className='nx-finder'>
      <View className='nx-finder__row'>
        <TextInput label='居民姓名或手机号' className='nx-finder__input' value={store.keyword} maxlength={20} placeholder='姓名或11位手机号' onInput={(e) => store.setKeyword(e.detail.value)} />
        <BusyButton className='nx-finder__search' busy={store.searching} onPress={() => store.search()}>
          查找
        </BusyButton>
      </View>
      {store.found?.length === 0 && <Text className='nx-finder__none'>本社区没有找到这位居民，可改选「未用小程序的群众」登记</Text>}
      {store.found?.map((r) => {
        const on = store.resident?.id === r.id;
        return (
          <View key={r.id} className={`nx-finder__hit ${on ? 'nx-finder__hit--on' : ''}`} role='radio' aria-checked={on} onClick={() => store.pick(r)}>
            <Text className='nx-finder__name'>{r.name || '未填姓名'}</Text>
            <Text className='nx-finder__meta'>
              {r.phoneMasked || '无手机号'}
              {r.address ? ` · ${r.address}` : ''}
              {r.hasApp ? '' : ' · 未用小程序'}
            </Text>
          </View>
        );
      })}
    </View>
  );
});
