import { Text, View } from '@tarojs/components';
import { observer } from 'mobx-react-lite';
import { ROLE_LABELS } from '../../../../types/roles';
import { session } from '../stores/session';
import './profile-header.scss';

export const ProfileHeader = observer(function ProfileHeader() {
  const me = session.me;
  if (!me) return null;
  const community = me.community ? `${me.community.streetName} · ${me.community.name}` : '尚未选择社区';
  return (
    <View className='nx-profile-header'>
      <View className='nx-profile-header__avatar'>
        <Text>{(me.name || '居').slice(0, 1)}</Text>
      </View>
      <View className='nx-profile-header__text'>
        <View>
          <Text className='nx-profile-header__name'>{me.name || '未填写姓名'}</Text>
          <Text className='nx-profile-header__role'>{ROLE_LABELS[me.role]}</Text>
        </View>
        <Text className='nx-profile-header__community'>{community}</Text>
      </View>
    </View>
  );
});
