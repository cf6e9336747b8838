import { Button, Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { messageOf } from '../../../lib/errors';
import { imageUrl } from '../../../lib/image-url';
import { CellGroup } from '../../../components/cell';
import type { EventFormStore } from '../../../features/events/stores/event-form';
import { NoteArea } from '../../../features/events/components/note-area';
import { toast } from '../../../lib/confirm';
import { FieldError } from './field-error';

/** 活动介绍 and an optional cover picture. */
export const AboutSection = observer(function AboutSection({ store }: { store: EventFormStore }) {
  const pickCover = async () => {
    try {
      const { tempFilePaths } = await Taro.chooseImage({ count: 1, sizeType: ['compressed'] });
      if (tempFilePaths[0]) await store.uploadCover(tempFilePaths[0]);
    } catch (err) {
      if (!(err as { errMsg?: string })?.errMsg?.includes('cancel')) toast(messageOf(err));
    }
  };
  return (
    <CellGroup title='介绍'>
      <View className='nx-form__block'>
        <NoteArea label='活动介绍' tall value={store.description} maxlength={2000} placeholder='活动内容、需要带什么、适合哪些居民参加' onInput={(v) => store.set('description', v)} />
        <FieldError store={store} fields={['description']} />
        {store.cover ? (
          <View className='nx-form__cover'>
            <Image className='nx-form__cover-image' src={imageUrl(store.cover)} mode='aspectFill' />
            <Text className='nx-form__cover-remove' onClick={() => store.set('cover', null)}>
              移除封面
            </Text>
          </View>
        ) : (
          <Button className='nx-button-plain nx-form__cover-add' onClick={() => void pickCover()}>
            上传封面（选填）
          </Button>
        )}
        <FieldError store={store} fields={['cover']} />
      </View>
    </CellGroup>
  );
});
