import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { BusyButton } from '../../../components/busy-button';
import { Cell, CellGroup, SwitchCell } from '../../../components/cell';
import { Chips } from '../../../components/chips';
import { TextInput } from '../../../components/field';
import { PageShell } from '../../../components/page-shell';
import { StateView } from '../../../components/state-view';
import { StatusTag } from '../../../components/status-tag';
import { FieldError, FormFailure } from '../../../features/venues/components/form-notes';
import { GROUP_KINDS, groupKindLabel, hoursWords } from '../../../features/venues/series-words';
import { groupsAdmin } from '../../../features/venues/stores/groups';
import { toast } from '../../../lib/confirm';
import './index.scss';

const QUOTAS = [60, 120, 240, 360, 480];

/** The form of one group: name, kind, community, contact (by phone), the rooms it may book, its weekly quota. */
const GroupForm = observer(function GroupForm() {
  const d = groupsAdmin.draft!;
  const page = groupsAdmin.data!;
  const error = groupsAdmin.error;
  const fieldError = (name: string) => error?.field === name && <FieldError message={error.message} />;
  const rooms = page.rooms.filter((r) => r.communityId === d.communityId || d.venueIds.includes(r.id));
  const toggleRoom = (id: number) => groupsAdmin.change({ venueIds: d.venueIds.includes(id) ? d.venueIds.filter((x) => x !== id) : [...d.venueIds, id] });
  const save = async () => {
    if (await groupsAdmin.save()) toast('已保存', 'success');
  };
  return (
    <View className='nx-groups__form'>
      <CellGroup title={d.id ? '编辑团体' : '登记团体'}>
        <Cell label='团体名称' value={<TextInput label='团体名称' className='nx-groups__input' value={d.name} maxlength={20} placeholder='如：夕阳红合唱队' onInput={(e) => groupsAdmin.change({ name: e.detail.value })} />} />
        {fieldError('name')}
        <Text className='nx-groups__label'>类型</Text>
        <Chips label='类型' options={GROUP_KINDS} isOn={(k) => k === d.kind} onTap={(k) => groupsAdmin.change({ kind: k })} />
        {page.communities.length > 1 && (
          <>
            <Text className='nx-groups__label'>所属社区</Text>
            <Chips label='所属社区' options={page.communities.map((c) => ({ key: c.id, label: c.name }))} isOn={(id) => id === d.communityId} onTap={(id) => groupsAdmin.change({ communityId: id, venueIds: [] })} />
          </>
        )}
        <Cell
          label='联系人手机号'
          hint='联系人须已在小程序登记手机号'
          value={<TextInput label='联系人手机号' className='nx-groups__input' type='number' value={d.contactPhone} maxlength={11} placeholder='11位手机号' onInput={(e) => groupsAdmin.change({ contactPhone: e.detail.value })} />}
        />
        {fieldError('contactPhone')}
        <Text className='nx-groups__label'>可预约的场地</Text>
        <Chips label='可预约的场地' multiple options={rooms.map((r) => ({ key: r.id, label: r.name }))} isOn={(id) => d.venueIds.includes(id)} onTap={toggleRoom} />
        {fieldError('venueIds')}
        <Text className='nx-groups__label'>每周时长额度（团体所有场地合计）</Text>
        <Chips label='每周时长额度' layout='grid3' options={QUOTAS.map((m) => ({ key: m, label: hoursWords(m) }))} isOn={(m) => m === d.weeklyMinutes} onTap={(m) => groupsAdmin.change({ weeklyMinutes: m })} />
        <SwitchCell label='启用' hint='停用后联系人不能再申请固定时段' checked={d.active} onChange={(on) => groupsAdmin.change({ active: on })} />
      </CellGroup>
      {error && !['name', 'contactPhone', 'venueIds'].includes(error.field ?? '') && <FormFailure message={error.message} />}
      <View className='nx-groups__actions'>
        <Button className='nx-button-plain nx-groups__cancel' onClick={() => groupsAdmin.close()}>
          返回
        </Button>
        <BusyButton className='nx-button-primary nx-groups__save' onPress={save}>
          保存
        </BusyButton>
      </View>
    </View>
  );
});

/** 团体管理 (workers): resident groups (合唱队, 书画社, 社会组织), their contact, rooms and weekly quota. */
function GroupsPage() {
  useDidShow(() => void groupsAdmin.load());
  usePullDownRefresh(() => void groupsAdmin.load().finally(() => Taro.stopPullDownRefresh()));
  const { data, state, draft } = groupsAdmin;
  return (
    <PageShell className='nx-groups'>
      <StateView loading={groupsAdmin.loading} error={state.error} onRetry={() => void groupsAdmin.load()}>
        {data && draft && <GroupForm />}
        {data && !draft && (
          <>
            <View className='nx-groups__intro'>
              <Text>登记后，团体联系人可在场地页面为团体预约每周固定时段（最多12周），由社区整体审核。</Text>
            </View>
            <CellGroup title={`已登记团体（${data.groups.length}）`}>
              {data.groups.length === 0 && <Text className='nx-groups__empty'>还没有登记团体</Text>}
              {data.groups.map((g) => (
                <Cell
                  key={g.id}
                  label={g.name}
                  hint={`${groupKindLabel(g.kind)} · 联系人 ${g.contactName} ${g.contactPhoneMasked} · 每周${hoursWords(g.weeklyMinutes)} · ${g.rooms.map((r) => r.name).join('、')}`}
                  value={!g.active ? <StatusTag tone='closed' label='已停用' /> : undefined}
                  arrow
                  onClick={() => groupsAdmin.edit(g)}
                />
              ))}
            </CellGroup>
            <View className='nx-groups__actions'>
              <Button className='nx-button-primary nx-groups__new' onClick={() => groupsAdmin.edit()}>
                登记团体
              </Button>
            </View>
          </>
        )}
      </StateView>
    </PageShell>
  );
}

export default observer(GroupsPage);
