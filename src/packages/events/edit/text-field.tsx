import { observer } from 'mobx-react-lite';
import { Cell } from '../../../components/cell';
import { TextInput } from '../../../components/field';
import type { EventFormStore } from '../../../features/events/stores/event-form';
import { FieldError } from './field-error';

type TextKey = 'title' | 'organizer' | 'place' | 'capacity';

/** One typed field of the form, with its refusal underneath. */
export const TextField = observer(function TextField(props: {
  store: EventFormStore;
  field: TextKey;
  label: string;
  placeholder: string;
  maxlength: number;
  number?: boolean;
  errorFields?: string[];
}) {
  const { store, field } = props;
  return (
    <>
      <Cell
        label={props.label}
        value={
          <TextInput
            label={props.label}
            className='nx-form__input'
            type={props.number ? 'number' : 'text'}
            value={store[field]}
            maxlength={props.maxlength}
            placeholder={props.placeholder}
            onInput={(e) => store.set(field, e.detail.value)}
          />
        }
      />
      <FieldError store={store} fields={props.errorFields ?? [field]} />
    </>
  );
});
