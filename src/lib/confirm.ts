import Taro from '@tarojs/taro';

/** The confirmation before a destructive action: resolves true only when the person taps the confirm button. */
export async function confirmAction(opts: { title: string; content: string; confirmText?: string; danger?: boolean }): Promise<boolean> {
  const res = await Taro.showModal({
    title: opts.title,
    content: opts.content,
    confirmText: opts.confirmText ?? '确定',
    cancelText: '再想想',
    confirmColor: opts.danger === false ? '#c8372d' : '#d4380d',
  });
  return Boolean(res.confirm);
}

export function toast(title: string, icon: 'success' | 'none' | 'error' = 'none'): void {
  void Taro.showToast({ title, icon, duration: 2000 });
}
