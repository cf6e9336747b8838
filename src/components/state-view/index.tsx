import { Button, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { Skeleton, type SkeletonShape } from './skeleton';
import './index.scss';

interface Props {
  loading: boolean;
  error: string | null;
  /** True when loaded and there is nothing to show. */
  empty?: boolean;
  emptyText?: string;
  emptyAction?: { label: string; onClick: () => void };
  onRetry: () => void;
  /** The frame shown while loading the first time: cards (default) or a detail page's banner and cards. */
  skeleton?: SkeletonShape;
  children?: ReactNode;
}

/**
 * Loading, error-with-retry and empty states, the same on every page. The first load shows the page's frame at once
 * (a skeleton of its cards); content stays visible while refreshing, and a refresh that fails says so above it instead
 * of silently showing stale data.
 */
export function StateView(props: Props) {
  if (props.error && !props.children) {
    return (
      <View className='nx-state nx-state--error' role='alert'>
        <Text className='nx-state__title'>加载失败</Text>
        <Text className='nx-state__text'>{props.error}</Text>
        <Button className='nx-state__button' onClick={props.onRetry}>
          重试
        </Button>
      </View>
    );
  }
  if (props.loading && (props.empty || !props.children)) {
    return <Skeleton shape={props.skeleton} />;
  }
  if (props.empty) {
    return (
      <View className='nx-state nx-state--empty'>
        <Text className='nx-state__text'>{props.emptyText ?? '暂无内容'}</Text>
        {props.emptyAction && (
          <Button className='nx-state__button' onClick={props.emptyAction.onClick}>
            {props.emptyAction.label}
          </Button>
        )}
      </View>
    );
  }
  if (props.error && !props.loading) {
    return (
      <>
        <View className='nx-state-bar' role='alert' onClick={props.onRetry}>
          <Text className='nx-state-bar__text'>{props.error}</Text>
          <Text className='nx-state-bar__retry'>重试</Text>
        </View>
        {props.children}
      </>
    );
  }
  return <>{props.children}</>;
}
