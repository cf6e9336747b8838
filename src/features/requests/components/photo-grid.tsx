import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { imageUrl } from '../../../lib/image-url';
import './photo-grid.scss';

interface Props {
  /** File ids already uploaded. */
  photos: readonly string[];
  /** Temp paths still uploading (shown dimmed). */
  uploading?: readonly string[];
  /** How many more may be added; no add tile when absent or 0. */
  slots?: number;
  onPick?: (tempPaths: string[]) => void;
  onRemove?: (fileId: string) => void;
}

/** Photos in a three-column grid: tap to enlarge; with onPick, an add tile that opens the album or camera. */
export function PhotoGrid(props: Props) {
  const urls = props.photos.map(imageUrl);
  const pick = async () => {
    try {
      const res = await Taro.chooseImage({ count: props.slots!, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
      props.onPick?.(res.tempFilePaths);
    } catch {
      // Cancelled: nothing to do.
    }
  };
  return (
    <View className='nx-photos'>
      {props.photos.map((fileId, i) => (
        <View key={fileId} className='nx-photos__cell'>
          <Image className='nx-photos__img' src={urls[i]} mode='aspectFill' onClick={() => void Taro.previewImage({ urls, current: urls[i] })} />
          {props.onRemove && (
            <Text className='nx-photos__remove' aria-label='删除照片' onClick={() => props.onRemove?.(fileId)}>
              ×
            </Text>
          )}
        </View>
      ))}
      {props.uploading?.map((temp) => (
        <View key={temp} className='nx-photos__cell nx-photos__cell--busy'>
          <Image className='nx-photos__img' src={temp} mode='aspectFill' />
          <Text className='nx-photos__busy'>上传中</Text>
        </View>
      ))}
      {props.onPick && (props.slots ?? 0) > 0 && (
        <View className='nx-photos__cell nx-photos__add' onClick={() => void pick()}>
          <Text className='nx-photos__plus'>+</Text>
          <Text className='nx-photos__hint'>添加照片</Text>
        </View>
      )}
    </View>
  );
}
