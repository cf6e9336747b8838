import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { imageUrl } from '../../../lib/image-url';
import { messageOf } from '../../../lib/errors';
import { toast } from '../../../lib/confirm';
import './venue-photos.scss';

/** Photos of a venue: the first is the cover on the venue card. Tap a photo to remove it; `onAdd` uploads a new one. */
export function VenuePhotos(props: { photos: string[]; onChange: (photos: string[]) => void; onAdd: (path: string) => Promise<void> }) {
  const [uploading, setUploading] = useState(false);
  const add = async () => {
    try {
      const picked = await Taro.chooseImage({ count: 1, sizeType: ['compressed'] });
      if (!picked.tempFilePaths[0]) return;
      setUploading(true);
      await props.onAdd(picked.tempFilePaths[0]);
    } catch (err) {
      if (!/cancel/i.test((err as { errMsg?: string })?.errMsg ?? '')) toast(messageOf(err));
    } finally {
      setUploading(false);
    }
  };
  return (
    <View className='nx-venue-photos'>
      {props.photos.map((p, i) => (
        <View key={p} className='nx-venue-photos__item' onClick={() => props.onChange(props.photos.filter((x) => x !== p))}>
          <Image className='nx-venue-photos__img' src={imageUrl(p)} mode='aspectFill' />
          <Text className='nx-venue-photos__badge'>{i === 0 ? '封面 ✕' : '✕'}</Text>
        </View>
      ))}
      {props.photos.length < 6 && (
        <View className='nx-venue-photos__add' onClick={() => void add()}>
          <Text>{uploading ? '上传中…' : '+ 照片'}</Text>
        </View>
      )}
    </View>
  );
}
