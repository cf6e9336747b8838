import { Button, Text, View } from '@tarojs/components';
import { BusyButton } from '../../../components/busy-button';
import { useState } from 'react';
import { Chips, optionsOf } from '../../../components/chips';
import './reason-sheet.scss';
import { TextArea } from '../../../components/field';

export interface ReasonRequest {
  title: string;
  /** Shown under the title: who will read the reason. */
  hint: string;
  presets: string[];
  confirmText: string;
  /** Sends; the sheet's button stays busy until it settles. */
  onSubmit: (reason: string) => unknown;
}

/**
 * A bottom sheet asking for a short reason (驳回, 取消, 整天保留): WeChat's modal cannot take text on every platform
 * (Taro's H5 showModal has no editable), so this one does, with the usual reasons one tap away.
 */
export function ReasonSheet(props: ReasonRequest & { onClose: () => void }) {
  const [reason, setReason] = useState('');
  const submit = () => {
    const text = reason.trim();
    return text ? props.onSubmit(text) : undefined;
  };
  return (
    <View className='nx-reason-sheet'>
      <View className='nx-reason-sheet__mask' onClick={props.onClose} />
      <View className='nx-reason-sheet__panel' role='dialog'>
        <Text className='nx-reason-sheet__title'>{props.title}</Text>
        <Text className='nx-reason-sheet__hint'>{props.hint}</Text>
        <Chips label='常用原因' className='nx-reason-sheet__presets' options={optionsOf(props.presets)} isOn={(p) => reason === p} onTap={setReason} />
        <TextArea label='原因' className='nx-reason-sheet__input' value={reason} maxlength={30} placeholder='或填写原因（30字以内）' onInput={(e) => setReason(e.detail.value)} />
        <View className='nx-reason-sheet__actions'>
          <Button className='nx-button-plain nx-reason-sheet__cancel' onClick={props.onClose}>
            返回
          </Button>
          <BusyButton className={`nx-button-primary nx-reason-sheet__ok ${reason.trim() ? '' : 'nx-button-primary--disabled'}`} disabled={!reason.trim()} onPress={submit}>
            {props.confirmText}
          </BusyButton>
        </View>
      </View>
    </View>
  );
}
