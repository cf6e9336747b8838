import { Text, View } from '@tarojs/components';
import Taro, { useLoad, useRouter } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { UNIT_KINDS, UNIT_KIND_LABELS } from '../../../../types/requests';
import { UNIT_SCOPES, UNIT_SCOPE_LABELS, type UnitMember } from '../../../../types/requests/units';
import { Cell, CellGroup, SwitchCell } from '../../../components/cell';
import { PageShell } from '../../../components/page-shell';
import { Segmented } from '../../../components/segmented';
import { StateView } from '../../../components/state-view';
import { Chips, optionsOf } from '../../../components/chips';
import { unitForm } from '../../../features/requests/units/stores/unit-form';
import { confirmAction, toast } from '../../../lib/confirm';
import { TextInput } from '../../../components/field';
import { BusyButton } from '../../../components/busy-button';
import './edit.scss';

/** 新建 / 编辑处理单位 (workers): what it is and serves, whether it takes requests, and who is in it. */
function UnitEditPage() {
  const { params } = useRouter();
  const form = unitForm(Number(params.communityId), Number(params.id) || null);
  useLoad(() => {
    void Taro.setNavigationBarTitle({ title: form.id ? '编辑处理单位' : '新建处理单位' });
    void form.open();
  });
  const { error, unit } = form;
  const fieldError = (field: string) =>
    error?.field === field && (
      <View className='nx-unit-edit__error' role='alert'>
        {error.message}
      </View>
    );

  const save = async () => {
    const creating = !form.unit;
    const saved = await form.save();
    if (!saved) return;
    toast(creating ? '已创建' : '已保存', 'success');
    if (creating) void Taro.redirectTo({ url: `/packages/requests/units/edit?communityId=${form.communityId}&id=${saved.id}` });
  };
  const remove = async (m: UnitMember) => {
    const ok = await confirmAction({
      title: `移出「${m.name}」？`,
      content: '移出后不再收到本单位的派单；如果不在其他单位，将恢复为居民身份。',
      confirmText: '移出',
    });
    if (!ok) return;
    const msg = await form.removeMember(m.userId);
    toast(msg ?? '已移出', msg ? 'none' : 'success');
  };
  const add = async (userId: number) => {
    const msg = await form.addMember(userId);
    toast(msg ?? '已添加', msg ? 'none' : 'success');
  };

  return (
    <PageShell className='nx-unit-edit'>
      <StateView loading={form.state.loading} error={form.state.error} onRetry={() => void form.refill()}>
        {form.state.loaded && (
          <View>
            <CellGroup title='基本信息'>
              <Cell
                label='名称'
                value={<TextInput label='名称' className='nx-unit-edit__input' value={form.name} maxlength={40} placeholder='如：达尔罕社区助老志愿服务队' onInput={(e) => form.setField('name', e.detail.value)} />}
              />
              {fieldError('name')}
              <Cell
                label='服务电话'
                hint='选填，单位的公开电话'
                value={<TextInput label='服务电话' className='nx-unit-edit__input' value={form.phone} type='text' maxlength={20} placeholder='如：0477-8591001' onInput={(e) => form.setField('phone', e.detail.value)} />}
              />
              {fieldError('phone')}
            </CellGroup>

            <CellGroup title='单位类型'>
              <Segmented items={UNIT_KINDS.map((k) => ({ key: k, label: UNIT_KIND_LABELS[k] }))} value={form.kind} onChange={(k) => form.setField('kind', k)} />
            </CellGroup>

            <CellGroup title='服务范围'>
              {unit ? (
                <Cell label={UNIT_SCOPE_LABELS[unit.scope]} hint={unit.scope === 'street' ? '街道各社区都可派单给它' : '只接本社区的派单'} value={unit.scopeName} />
              ) : (
                <>
                  <Segmented
                    items={UNIT_SCOPES.map((s) => ({ key: s, label: s === 'community' ? `本社区（${form.communityName}）` : `全街道（${form.streetName}）` }))}
                    value={form.scope}
                    onChange={(s) => form.setScope(s)}
                  />
                  <Text className='nx-unit-edit__hint'>创建后不能更改；全街道的单位由街道内各社区工作人员共同管理</Text>
                </>
              )}
            </CellGroup>

            <CellGroup title='服务类别（资源清单，可多选）'>
              <Chips label='服务类别' multiple layout='grid4' options={optionsOf(form.options)} isOn={(c) => form.categories.includes(c)} onTap={(c) => form.toggle(c)} />
              {fieldError('categories')}
              <Text className='nx-unit-edit__hint'>成员在认领池里看到这些类别的需求；派单时优先推荐</Text>
            </CellGroup>

            {unit && (
              <CellGroup title='状态'>
                <SwitchCell
                  label='接收派单'
                  hint={form.active ? '启用中' : '已停用：不能再派单给它，成员也看不到认领池'}
                  checked={form.active}
                  onChange={(on) => form.setField('active', on)}
                />
              </CellGroup>
            )}

            {error && !['name', 'phone', 'categories'].includes(error.field ?? '') && (
              <View className='nx-unit-edit__error nx-unit-edit__error--form' role='alert'>
                {error.message}
              </View>
            )}
            <View className='nx-unit-edit__actions'>
              <BusyButton className={`nx-button-primary ${form.saving ? 'nx-button-primary--disabled' : ''}`} busy={form.saving} onPress={save}>
                {unit ? '保存' : '创建单位'}
              </BusyButton>
            </View>

            {unit && (
              <>
                <CellGroup title={`成员（${unit.members.length}人）`}>
                  {unit.members.length === 0 && <Text className='nx-unit-edit__empty'>还没有成员：从下方搜索本社区居民添加</Text>}
                  {unit.members.map((m) => (
                    <Cell
                      key={m.userId}
                      label={m.name}
                      hint={[m.phoneMasked, m.communityName, m.openTasks ? `在办${m.openTasks}件` : ''].filter(Boolean).join(' · ')}
                      value={
                        <Text className='nx-unit-edit__link nx-unit-edit__link--danger' onClick={() => void remove(m)}>
                          移出
                        </Text>
                      }
                    />
                  ))}
                </CellGroup>

                <CellGroup title='添加成员'>
                  <View className='nx-unit-edit__search'>
                    <TextInput label='居民姓名' className='nx-unit-edit__keyword' value={form.keyword} maxlength={20} placeholder='输入居民姓名搜索' confirmType='search' onInput={(e) => form.setKeyword(e.detail.value)} onConfirm={() => void form.find()} />
                    <Text className='nx-unit-edit__link' onClick={() => void form.find()}>
                      搜索
                    </Text>
                  </View>
                  {form.search.state.error && <Text className='nx-unit-edit__error'>{form.search.state.error}</Text>}
                  {form.found?.length === 0 && <Text className='nx-unit-edit__empty'>没有找到这位居民：请确认对方已在「我的」里选择本社区</Text>}
                  {form.found?.map((r) => (
                    <Cell
                      key={r.id}
                      label={r.name || '未填写姓名'}
                      hint={[r.phoneMasked, r.address].filter(Boolean).join(' · ')}
                      value={
                        form.isMember(r.id) ? (
                          <Text className='nx-unit-edit__muted'>已是成员</Text>
                        ) : (
                          <Text className='nx-unit-edit__link' onClick={() => void add(r.id)}>
                            {form.busyMember === r.id ? '添加中…' : '添加'}
                          </Text>
                        )
                      }
                    />
                  ))}
                </CellGroup>
              </>
            )}
          </View>
        )}
      </StateView>
    </PageShell>
  );
}

export default observer(UnitEditPage);
