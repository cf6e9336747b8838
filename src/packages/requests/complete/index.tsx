import { Text, View } from '@tarojs/components';
import Taro, { useLoad, useRouter } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { MAX_PHOTOS } from '../../../../types/requests';
import { CellGroup } from '../../../components/cell';
import { PageShell } from '../../../components/page-shell';
import { toast } from '../../../lib/confirm';
import { requestCompletion } from '../../../features/requests/stores/complete';
import { PhotoGrid } from '../../../features/requests/components/photo-grid';
import { TextArea } from '../../../components/field';
import { BusyButton } from '../../../components/busy-button';
import './index.scss';

/** 办结: what was done, with photos; the resident is then asked to rate it. */
function CompletePage() {
  const { params } = useRouter();
  const store = requestCompletion(Number(params.id));
  useLoad(() => store.open());

  const submit = async () => {
    if (await store.submit()) {
      toast('已办结', 'success');
      void Taro.navigateBack();
    }
  };

  return (
    <PageShell className='nx-complete'>
      <CellGroup title='办理情况'>
        <TextArea
          label='办理情况'
          className='nx-complete__note'
          value={store.note}
          maxlength={300}
          placeholder='请写明做了什么、结果如何，例如：已上门更换水管接头，试水无渗漏'
          onInput={(e) => store.setNote(e.detail.value)}
        />
        <Text className='nx-complete__count'>{store.note.length}/300</Text>
      </CellGroup>
      <CellGroup title={`现场照片（选填，最多${MAX_PHOTOS}张）`}>
        <PhotoGrid photos={store.uploads.photos} uploading={store.uploads.uploading} slots={store.uploads.slots} onPick={(p) => void store.addPhotos(p)} onRemove={(id) => store.uploads.remove(id)} />
      </CellGroup>
      {store.error && (
        <View className='nx-complete__error' role='alert'>
          {store.error}
        </View>
      )}
      <View className='nx-complete__actions'>
        <BusyButton className={`nx-button-primary ${store.busy ? 'nx-button-primary--disabled' : ''}`} busy={store.busy} onPress={submit}>
          确认办结
        </BusyButton>
      </View>
    </PageShell>
  );
}

export default observer(CompletePage);
