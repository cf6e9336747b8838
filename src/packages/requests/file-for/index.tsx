import { Text, View } from '@tarojs/components';
import Taro, { useLoad, useRouter } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { PREFERRED_TIMES } from '../../../../types/requests/models';
import { FILE_FOR_LABELS, REQUEST_SOURCE_LABELS } from '../../../../types/requests/sources';
import { BusyButton } from '../../../components/busy-button';
import { CellGroup } from '../../../components/cell';
import { PhotoGrid } from '../../../features/requests/components/photo-grid';
import { Chips, optionsOf } from '../../../components/chips';
import { TextArea, TextInput } from '../../../components/field';
import { PageShell } from '../../../components/page-shell';
import { StateView } from '../../../components/state-view';
import { ResidentFinder } from '../../../features/requests/components/resident-finder';
import { fileForm as store, type FileForField } from '../../../features/requests/stores/file-for';
import { toast } from '../../../lib/confirm';
import './index.scss';

/**
 * 代点单 / 网格上报: a worker files a 暖心事 for a resident they find, for a person without the app (a 96118 caller, an
 * elder at the counter), or for a public-space problem found on patrol; the source is recorded with it.
 */
function FileForPage() {
  const { params } = useRouter();
  useLoad(() => void store.open(params.communityId ? Number(params.communityId) : undefined));
  const p = store.page.data;
  const { values, error } = store;
  const fieldError = (f: FileForField) =>
    error?.field === f ? (
      <View className='nx-file-for__error' role='alert' data-field={f}>
        {error.message}
      </View>
    ) : null;
  const row = (label: string, field: 'personName' | 'address' | 'phone', placeholder: string, max: number) => (
    <>
      <View className='nx-file-for__row'>
        <Text className='nx-file-for__label'>{label}</Text>
        <TextInput label={label} className='nx-file-for__input' type={field === 'phone' ? 'number' : 'text'} value={values[field]} maxlength={max} placeholder={placeholder} onInput={(e) => store.set(field, e.detail.value)} />
      </View>
      {fieldError(field)}
    </>
  );
  const submit = async () => {
    const id = await store.submit();
    if (id === null) return;
    toast('已登记', 'success');
    void Taro.redirectTo({ url: `/packages/requests/detail/index?id=${id}` });
  };

  return (
    <PageShell className='nx-file-for'>
      <StateView loading={store.page.loading} error={store.page.state.error} onRetry={() => void store.load()} empty={p?.communities.length === 0} emptyText='只有社区工作人员和网格员可以代点单'>
        {p && p.communityId !== null && (
          <View>
            {p.communities.length > 1 && (
              <CellGroup title='社区'>
                <Chips label='社区' options={p.communities.map((c) => ({ key: c.id, label: c.name }))} isOn={(id) => id === p.communityId} onTap={(id) => void store.switchCommunity(id)} />
              </CellGroup>
            )}
            <CellGroup title='来源'>
              <Chips label='来源' layout='grid3' options={p.sources.map((s) => ({ key: s, label: REQUEST_SOURCE_LABELS[s] }))} isOn={(s) => values.source === s} onTap={(s) => store.set('source', s)} />
              {fieldError('source')}
            </CellGroup>
            <CellGroup title='为谁登记'>
              <Chips label='为谁登记' layout='grid3' options={p.kinds.map((k) => ({ key: k, label: FILE_FOR_LABELS[k] }))} isOn={(k) => values.kind === k} onTap={(k) => store.set('kind', k)} />
              {values.kind === 'resident' && <ResidentFinder store={store} />}
              {fieldError('residentId')}
              {fieldError('keyword')}
              {values.kind === 'person' && row('姓名', 'personName', '群众姓名', 20)}
            </CellGroup>
            <CellGroup title='服务类别'>
              <Chips label='服务类别' layout='grid4' options={optionsOf(p.categories)} isOn={(c) => values.category === c} onTap={(c) => store.set('category', c)} />
              {fieldError('category')}
            </CellGroup>
            <CellGroup title='具体情况'>
              <TextArea label='具体情况' className='nx-file-for__text' value={values.description} maxlength={500} autoHeight placeholder={values.kind === 'public' ? '例如：小区东门两盏路灯不亮，夜间出行看不清台阶' : '例如：老人独居，想请人每周帮忙取一次药'} onInput={(e) => store.set('description', e.detail.value)} />
              {fieldError('description')}
              <PhotoGrid photos={store.uploads.photos} uploading={store.uploads.uploading} slots={store.uploads.slots} onPick={(paths) => void store.uploads.add(paths).then((msg) => msg && toast(msg))} onRemove={(id) => store.uploads.remove(id)} />
              {fieldError('photos')}
            </CellGroup>
            <CellGroup title={values.kind === 'public' ? '位置' : '联系方式'}>
              {row(values.kind === 'public' ? '位置' : '服务地址', 'address', values.kind === 'public' ? '例如：7号楼北侧消防通道' : '小区、楼号、单元、门牌', 100)}
              {row('联系电话', 'phone', values.kind === 'person' ? '11位手机号（电话回访用）' : '选填，默认用登记的号码', 11)}
              <Chips label='期望时间' layout='grid3' options={optionsOf(PREFERRED_TIMES)} isOn={(t) => values.preferredTime === t} onTap={(t) => store.set('preferredTime', t)} />
            </CellGroup>
            {fieldError('communityId')}
            {error && !error.field && (
              <View className='nx-file-for__error' role='alert'>
                {error.message}
              </View>
            )}
            <View className='nx-file-for__actions'>
              <BusyButton className={`nx-button-primary ${store.submitting ? 'nx-button-primary--disabled' : ''}`} busy={store.submitting} onPress={submit}>
                登记暖心事
              </BusyButton>
            </View>
          </View>
        )}
      </StateView>
    </PageShell>
  );
}

export default observer(FileForPage);
