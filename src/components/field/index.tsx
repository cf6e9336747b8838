import { Input, Textarea } from '@tarojs/components';
import type { ComponentProps } from 'react';

type InputProps = ComponentProps<typeof Input>;
type TextareaProps = ComponentProps<typeof Textarea>;

/**
 * The typed fields of every form. Each carries its label for screen readers (the visible label beside it is another
 * element): `aria-label` on weapp, and on H5 on the native element Taro draws inside (`nativeProps`). The hint
 * inside an empty field takes the lighter placeholder colour (weapp styles a placeholder only through its class).
 */
export function TextInput({ label, ...props }: InputProps & { label: string }) {
  return <Input {...props} aria-label={label} placeholderClass='nx-placeholder' nativeProps={{ 'aria-label': label }} />;
}

/** A multi-line field (描述, 备注, 原因): the page's own type, no box of the browser's, no resize grip. */
export function TextArea({ label, ...props }: TextareaProps & { label: string }) {
  return <Textarea {...props} aria-label={label} placeholderClass='nx-placeholder' nativeProps={{ 'aria-label': label }} />;
}
