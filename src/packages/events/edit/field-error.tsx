import { Text } from '@tarojs/components';
import { observer } from 'mobx-react-lite';
import type { EventFormStore } from '../../../features/events/stores/event-form';

/** The server's (or the form's) refusal, under the control it concerns. */
export const FieldError = observer(function FieldError(props: { store: EventFormStore; fields: string[] }) {
  const error = props.store.error;
  if (!error?.field || !props.fields.some((f) => error.field === f || error.field?.startsWith(`${f}.`))) return null;
  return <Text className='nx-form__error'>{error.message}</Text>;
});
