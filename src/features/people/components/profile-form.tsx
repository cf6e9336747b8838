import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { useEffect, useState } from 'react';
import { checkFields } from '../../../../types/fields';
import { PROFILE_FORM } from '../../../../types/people/fields';
import type { ActionInput } from '../../../../types';
import { ApiError, messageOf } from '../../../lib/errors';
import { ensurePrivacyConsent } from '../../../lib/privacy';
import { Cell, CellGroup } from '../../../components/cell';
import { CommunityCascader } from './community-cascader';
import { session } from '../stores/session';
import { TextInput } from '../../../components/field';
import { BusyButton } from '../../../components/busy-button';
import './profile-form.scss';

type Field = 'name' | 'phone' | 'address' | 'communityId';

/** 个人资料: name, phone, address and the community, checked against the contract's own fields (PROFILE_FIELDS) before saving. */
export const ProfileForm = observer(function ProfileForm() {
  const me = session.me;
  const [name, setName] = useState(me?.name ?? '');
  const [phone, setPhone] = useState(me?.phone ?? '');
  const [address, setAddress] = useState(me?.address ?? '');
  const [community, setCommunity] = useState<{ id: number; label: string } | null>(null);
  const [picking, setPicking] = useState(false);
  const [error, setError] = useState<{ field?: Field; message: string } | null>(null);

  useEffect(() => {
    setName(me?.name ?? '');
    setPhone(me?.phone ?? '');
    setAddress(me?.address ?? '');
    setCommunity(null);
  }, [me]);

  const currentCommunity = community?.label ?? (me?.community ? `${me.community.districtName} · ${me.community.streetName} · ${me.community.name}` : '');

  const openPicker = () => {
    setPicking(true);
    void session.loadCommunities();
  };

  /** A field's own error goes as soon as what is typed there passes; another field's error stays until the next 保存. */
  const edit = (field: Field, set: (value: string) => void) => (e: { detail: { value: string } }) => {
    set(e.detail.value);
    if (error?.field === field && checkFields(PROFILE_FORM, { [field]: e.detail.value }).success) setError(null);
  };

  const save = async () => {
    // Only what changed: a newcomer may bind a community before filling in a name.
    const changes = {
      ...(name !== me?.name && { name }),
      ...(phone !== me?.phone && { phone }),
      ...(address !== me?.address && { address }),
      ...(community && { communityId: community.id }),
    };
    // Nothing changed is refused by the contract itself, before the consent dialog.
    const parsed = checkFields<ActionInput<'me.update'>>(PROFILE_FORM, changes);
    if (!parsed.success) {
      const { message, field } = parsed.issue;
      setError({ message, field: field as Field });
      return;
    }
    setError(null);
    if (!(await ensurePrivacyConsent())) {
      setError({ message: '需要您同意个人信息保护指引后才能保存资料' });
      return;
    }
    try {
      await session.update(parsed.output);
      await Taro.showToast({ title: '已保存', icon: 'success' });
    } catch (err) {
      setError({ message: messageOf(err), field: err instanceof ApiError ? (err.field as Field) : undefined });
    }
  };

  const fieldError = (f: Field) =>
    error?.field === f ? <Text className='nx-profile__error'>{error.message}</Text> : null;

  return (
    <CellGroup title='个人资料' className='nx-profile'>
      <Cell
        label='姓名'
        value={<TextInput label='姓名' className='nx-profile__input' value={name} maxlength={20} placeholder='请填写姓名' onInput={edit('name', setName)} />}
      />
      {fieldError('name')}
      <Cell
        label='手机号'
        value={<TextInput label='手机号' className='nx-profile__input' type='number' value={phone} maxlength={11} placeholder='11位手机号' onInput={edit('phone', setPhone)} />}
      />
      {fieldError('phone')}
      <Cell
        label='住址'
        value={<TextInput label='住址' className='nx-profile__input' value={address} maxlength={100} placeholder='小区、楼号、单元、门牌' onInput={edit('address', setAddress)} />}
      />
      {fieldError('address')}
      <Cell
        label='所在社区'
        className='nx-profile__community'
        value={<Text className={currentCommunity ? '' : 'nx-profile__placeholder'}>{currentCommunity || '请选择社区'}</Text>}
        arrow
        onClick={openPicker}
      />
      {fieldError('communityId')}
      {picking && (
        <CommunityCascader
          tree={session.communities}
          onCancel={() => setPicking(false)}
          onPick={(c) => {
            setCommunity(c);
            setPicking(false);
          }}
        />
      )}
      {error && !error.field && <Text className='nx-profile__error'>{error.message}</Text>}
      <View className='nx-profile__actions'>
        <BusyButton
          className={`nx-button-primary nx-profile__save ${session.saving ? 'nx-button-primary--disabled' : ''}`}
          busy={session.saving}
          onPress={save}
        >
          保存
        </BusyButton>
      </View>
    </CellGroup>
  );
});
