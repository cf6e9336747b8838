import { Text, View } from '@tarojs/components';
import Taro, { useLoad, useRouter } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { CellGroup } from '../../../components/cell';
import { PageShell } from '../../../components/page-shell';
import { StateView } from '../../../components/state-view';
import { confirmAction, toast } from '../../../lib/confirm';
import { communityCategories } from '../../../features/requests/stores/categories';
import { TextInput } from '../../../components/field';
import { BusyButton } from '../../../components/busy-button';
import './index.scss';

/**
 * 服务类别设置: which categories residents of the community may order (existing requests keep theirs), and which are
 * public-space (公共区域): their open requests are shown to the community's residents, who add 附议 instead of filing again.
 */
function CategoriesPage() {
  const { params } = useRouter();
  const store = communityCategories(Number(params.communityId));
  useLoad(() => void store.open());

  const remove = async (name: string) => {
    if (await confirmAction({ title: `删除「${name}」？`, content: '居民将不能再选择这个类别，已提交的暖心事不受影响。', confirmText: '删除' })) store.remove(name);
  };
  const save = async () => {
    if (!(await store.save())) return;
    toast('已保存', 'success');
    void Taro.navigateBack();
  };

  return (
    <PageShell className='nx-categories'>
      <StateView loading={store.state.loading} error={store.state.error} onRetry={() => void store.open()}>
        {store.state.loaded && (
          <View>
            <CellGroup title='居民点单时可选择的类别'>
              {store.categories.map((name) => (
                <View key={name} className='nx-categories__row'>
                  <Text className='nx-categories__name'>{name}</Text>
                  <Text
                    className={`nx-categories__public ${store.publicCategories.includes(name) ? 'nx-categories__public--on' : ''}`}
                    aria-label={store.publicCategories.includes(name) ? `${name}是公共区域类别，点击取消` : `把${name}设为公共区域类别`}
                    onClick={() => store.togglePublic(name)}
                  >
                    {store.publicCategories.includes(name) ? '✓ 公共区域' : '设为公共区域'}
                  </Text>
                  <Text className='nx-categories__remove' onClick={() => void remove(name)}>
                    删除
                  </Text>
                </View>
              ))}
              <View className='nx-categories__row'>
                <TextInput label='新增类别' className='nx-categories__input' value={store.adding} maxlength={8} placeholder='新增类别，如：法律援助' onInput={(e) => store.setAdding(e.detail.value)} />
                <Text className='nx-categories__add' onClick={() => store.add()}>
                  添加
                </Text>
              </View>
            </CellGroup>
            <Text className='nx-categories__hint'>公共区域类别（如环境卫生、公共设施）的待办问题会向本社区居民公开（不含反映人的姓名、电话和地址），邻居可以附议，不必重复点单。</Text>
            {store.error && (
              <View className='nx-categories__error' role='alert'>
                {store.error}
              </View>
            )}
            <View className='nx-categories__actions'>
              <BusyButton className={`nx-button-primary ${store.saving ? 'nx-button-primary--disabled' : ''}`} busy={store.saving} onPress={save}>
                保存
              </BusyButton>
              <Text className='nx-categories__defaults' onClick={() => store.restoreDefaults()}>
                恢复默认类别
              </Text>
            </View>
          </View>
        )}
      </StateView>
    </PageShell>
  );
}

export default observer(CategoriesPage);
