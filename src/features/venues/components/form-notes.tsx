import { Text, View } from '@tarojs/components';
import './form-notes.scss';

/** The message under the field it concerns. */
export function FieldError(props: { message: string }) {
  return <Text className='nx-field-error'>{props.message}</Text>;
}

/** A refusal that concerns no single field (someone was faster, the venue was closed meanwhile …). */
export function FormFailure(props: { message: string }) {
  return (
    <View className='nx-form-failure' role='alert'>
      <Text>{props.message}</Text>
    </View>
  );
}
