import { Text, View } from '@tarojs/components';
import Taro, { useLoad, useRouter } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { CellGroup } from '../../../components/cell';
import { PageShell } from '../../../components/page-shell';
import { StateView } from '../../../components/state-view';
import { toast } from '../../../lib/confirm';
import { requestDispatch } from '../../../features/requests/stores/dispatch';
import { UnitOption } from '../../../features/requests/components/unit-option';
import { TextArea } from '../../../components/field';
import { BusyButton } from '../../../components/busy-button';
import './index.scss';

/** 社区派单: to a unit that serves the category (listed first), or to the claim pool. */
function DispatchPage() {
  const { params } = useRouter();
  const store = requestDispatch(Number(params.id));
  useLoad(() => void store.open());
  const d = store.request.data;
  const serving = store.units.filter((u) => u.serves);
  const others = store.units.filter((u) => !u.serves);
  const busy = store.request.busy;

  const finish = async (run: () => Promise<string | null>, done: string) => {
    const msg = await run();
    if (msg) return toast(msg);
    toast(done, 'success');
    void Taro.navigateBack();
  };
  const choice = (list: typeof store.units) =>
    list.map((u) => <UnitOption key={u.id} unit={u} chosen={store.chosen === u.id} current={store.currentUnitId === u.id} onChoose={() => store.choose(u.id)} />);

  return (
    <PageShell className='nx-dispatch'>
      <StateView
        loading={store.page.loading}
        error={store.page.state.error}
        onRetry={() => void store.load()}
      >
        {d && (
          <View>
            <View className='nx-dispatch__request'>
              <Text className='nx-dispatch__category'>{d.category}</Text>
              <Text className='nx-dispatch__text'>{d.description}</Text>
              <Text className='nx-dispatch__meta'>
                {d.residentName} · {d.address} · 期望{d.preferredTime}
              </Text>
            </View>
            <CellGroup title={`服务「${d.category}」的单位`}>
              {serving.length ? choice(serving) : <Text className='nx-dispatch__none'>还没有单位声明服务此类别，可从下方选择</Text>}
            </CellGroup>
            {others.length > 0 && <CellGroup title='其他可派单位'>{choice(others)}</CellGroup>}
            <CellGroup title='派单说明（选填）'>
              <TextArea label='派单说明' className='nx-dispatch__note' value={store.note} maxlength={200} placeholder='例如：老人行动不便，请先电话联系' onInput={(e) => store.setNote(e.detail.value)} />
            </CellGroup>
            <View className='nx-dispatch__actions'>
              <BusyButton
                className={`nx-button-primary ${!store.chosen || busy ? 'nx-button-primary--disabled' : ''}`}
                busy={busy}
                onPress={() => finish(() => store.dispatch(), '已派单')}
              >
                {store.chosenUnit ? `派给 ${store.chosenUnit.name}` : '请选择处理单位'}
              </BusyButton>
              {d.can.includes('pool') && (
                <BusyButton className='nx-button-plain nx-dispatch__pool' busy={busy} onPress={() => finish(() => store.pool(), '已发布到认领池')}>
                  发布到认领池，由服务队认领
                </BusyButton>
              )}
            </View>
          </View>
        )}
      </StateView>
    </PageShell>
  );
}

export default observer(DispatchPage);
