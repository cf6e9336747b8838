import { Picker } from '@tarojs/components';
import { observer } from 'mobx-react-lite';
import { Cell, CellGroup } from '../../../components/cell';
import type { EventFormStore } from '../../../features/events/stores/event-form';
import { FieldError } from './field-error';
import { TextField } from './text-field';

const PARTY = Array.from({ length: 10 }, (_, i) => `${i + 1}人`);
const AUDIENCES = ['本社区居民', '全街道居民'];

/** 名额, 每人可报, 面向, and the sign-up window and cancellation deadline as simple choices. */
export const SignupSection = observer(function SignupSection({ store }: { store: EventFormStore }) {
  return (
    <CellGroup title='报名'>
      <TextField store={store} field='capacity' label='名额' number maxlength={4} placeholder='人数' />
      <Picker mode='selector' range={PARTY} value={store.partyLimit - 1} onChange={(e) => store.set('partyLimit', Number(e.detail.value) + 1)}>
        <Cell label='每人可报' hint='亲子活动可选2人' value={PARTY[store.partyLimit - 1]} arrow />
      </Picker>
      <Picker mode='selector' range={AUDIENCES} value={store.audience === 'street' ? 1 : 0} onChange={(e) => store.set('audience', Number(e.detail.value) === 1 ? 'street' : 'community')}>
        <Cell label='面向' value={AUDIENCES[store.audience === 'street' ? 1 : 0]} arrow />
      </Picker>
      <Picker mode='selector' range={store.openOptions.map((o) => o.label)} value={store.openIndex} onChange={(e) => store.set('openIndex', Number(e.detail.value))}>
        <Cell label='开放报名' value={store.openOptions[store.openIndex].label} arrow />
      </Picker>
      <FieldError store={store} fields={['signupOpensAt']} />
      <Picker mode='selector' range={store.closeOptions.map((o) => o.label)} value={store.closeIndex} onChange={(e) => store.set('closeIndex', Number(e.detail.value))}>
        <Cell label='报名截止' value={store.closeOptions[store.closeIndex].label} arrow />
      </Picker>
      <FieldError store={store} fields={['signupClosesAt']} />
      <Picker mode='selector' range={store.cancelOptions.map((o) => o.label)} value={store.cancelIndex} onChange={(e) => store.set('cancelIndex', Number(e.detail.value))}>
        <Cell label='取消截止' hint='之后居民不能自行取消' value={store.cancelOptions[store.cancelIndex].label} arrow />
      </Picker>
      <FieldError store={store} fields={['cancelDeadline']} />
    </CellGroup>
  );
});
