import { TextArea } from '../../../components/field';
import './note-area.scss';

/** A grey multi-line box for free text (评价, 活动介绍). */
export function NoteArea(props: { label: string; value: string; placeholder: string; maxlength: number; onInput: (value: string) => void; tall?: boolean }) {
  return (
    <TextArea
      label={props.label}
      className={`nx-note-area ${props.tall ? 'nx-note-area--tall' : ''}`}
      value={props.value}
      maxlength={props.maxlength}
      placeholder={props.placeholder}
      onInput={(e) => props.onInput(e.detail.value)}
    />
  );
}
