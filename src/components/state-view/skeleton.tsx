import { View } from '@tarojs/components';

/** What a page's data will look like: a list of cards, or a detail page's banner over its cards. */
export type SkeletonShape = 'list' | 'detail';

/**
 * The page's frame while its data is on the way: grey blocks where the cards will be, shown at once instead of a lone
 * 加载中… on a blank page. Screen readers hear 加载中 (role status, aria-busy).
 */
export function Skeleton(props: { shape?: SkeletonShape }) {
  const shape = props.shape ?? 'list';
  return (
    <View className={`nx-state--loading nx-skeleton nx-skeleton--${shape}`} role='status' aria-busy='true' aria-label='加载中'>
      {shape === 'detail' && <View className='nx-skeleton__hero' />}
      {[0, 1, 2].map((i) => (
        <View key={i} className='nx-skeleton__card'>
          <View className='nx-skeleton__line nx-skeleton__line--title' />
          <View className='nx-skeleton__line' />
          <View className='nx-skeleton__line nx-skeleton__line--short' />
        </View>
      ))}
    </View>
  );
}
