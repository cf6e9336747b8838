import { Button, Text, View } from '@tarojs/components';
import { observer } from 'mobx-react-lite';
import { UNIT_KIND_LABELS } from '../../../../../types/requests/units/models';
import { CellGroup } from '../../../../components/cell';
import { toast } from '../../../../lib/confirm';
import { Chips, optionsOf } from '../../../../components/chips';
import type { MyUnitsStore } from '../stores/my-units';
import { BusyButton } from '../../../../components/busy-button';
import './my-units.scss';

/**
 * 我的服务单位 in 我的任务: each unit with the categories it serves (资源清单); a member changes them here, and the
 * claim pool follows (the save answers with the tasks as they are after it).
 */
export const MyUnits = observer(function MyUnits(props: { store: MyUnitsStore }) {
  const { store } = props;
  if (store.units.length === 0) return null;
  const save = async () => {
    if (!(await store.save())) return;
    toast('已保存', 'success');
  };
  return (
    <CellGroup title='我的服务单位' className='nx-my-units'>
      {store.units.map((u) => (
        <View key={u.id} className='nx-my-units__unit' data-unit={u.id}>
          <View className='nx-my-units__head'>
            <View className='nx-my-units__main'>
              <Text className='nx-my-units__name'>{u.name}</Text>
              <Text className='nx-my-units__meta'>
                {UNIT_KIND_LABELS[u.kind]} · {u.scopeName}
              </Text>
            </View>
            {store.editing !== u.id && (
              <Text className='nx-my-units__edit' onClick={() => store.edit(u.id)}>
                修改
              </Text>
            )}
          </View>
          {store.editing === u.id ? (
            <View className='nx-my-units__editor'>
              <Text className='nx-my-units__hint'>选择本单位能提供的服务，认领池只显示这些类别的需求</Text>
              <Chips label='服务类别' multiple layout='grid4' options={optionsOf(u.options)} isOn={(c) => store.draft.includes(c)} onTap={(c) => store.toggle(c)} />
              {store.error && (
                <View className='nx-my-units__error' role='alert'>
                  {store.error}
                </View>
              )}
              <View className='nx-my-units__actions'>
                <Button className='nx-my-units__button' onClick={() => store.cancel()}>
                  取消
                </Button>
                <BusyButton className='nx-my-units__button nx-my-units__button--primary' busy={store.saving} onPress={save}>
                  保存
                </BusyButton>
              </View>
            </View>
          ) : (
            <Text className='nx-my-units__categories'>服务：{u.categories.join('、')}</Text>
          )}
        </View>
      ))}
    </CellGroup>
  );
});
