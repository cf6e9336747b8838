import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { useState } from 'react';
import { BusyButton } from '../../components/busy-button';
import { Cell, CellGroup } from '../../components/cell';
import { PageShell } from '../../components/page-shell';
import { PRIVACY_GUIDE } from '../../features/privacy/guide';
import { account } from '../../features/privacy/stores/account';
import { draftStore } from '../../features/requests/stores/draft';
import { session } from '../../features/people/stores/session';
import { confirmAction, toast } from '../../lib/confirm';
import { hasPrivacyConsent, openPrivacyContract, withdrawPrivacyConsent } from '../../lib/privacy';
import './index.scss';

const DELETION_TEXT =
  '注销后：未开始的活动报名和场地预约将被取消（名额让给候补的居民），未办结的暖心事将被撤回；您的姓名、电话、住址、照片和留言将被删除，无法恢复。再次打开小程序将是一个新的空白账号。';

/** 隐私与数据: the privacy guide, withdrawing consent, deleting one's account (PIPL). */
function PrivacyPage() {
  useDidShow(() => void session.ensureLoaded());
  const [guideShown, setGuideShown] = useState(false);
  const [consented, setConsented] = useState(hasPrivacyConsent());
  const me = session.me;
  const staff = me !== null && (me.role === 'worker' || me.role === 'admin');

  const showGuide = async () => {
    if (!(await openPrivacyContract())) setGuideShown(true);
  };

  const withdraw = async () => {
    const sure = await confirmAction({
      title: '撤回同意',
      content: '撤回后，保存资料、预约或提交暖心事前会再次征求您的同意；已保存的信息如需删除，请注销账号。在微信中，把本小程序从「最近使用」中删除，可撤回在微信中的授权。',
      confirmText: '撤回',
    });
    if (!sure) return;
    withdrawPrivacyConsent();
    setConsented(false);
    toast('已撤回同意');
  };

  const remove = async () => {
    if (!(await confirmAction({ title: '注销账号', content: DELETION_TEXT, confirmText: '确认注销' }))) return;
    if (!(await account.deleteAccount())) return;
    draftStore.discard();
    session.reset();
    setConsented(false);
    await Taro.showToast({ title: '账号已注销', icon: 'success' });
  };

  const done = account.result;
  return (
    <PageShell className='nx-privacy'>
      <CellGroup title='个人信息保护指引'>
        <Cell label='查看隐私保护指引' hint='我们收集什么、谁能看到、保存多久' arrow onClick={() => void showGuide()} />
      </CellGroup>
      {guideShown && (
        <View className='nx-privacy__guide'>
          {PRIVACY_GUIDE.map((s) => (
            <View key={s.title} className='nx-privacy__section'>
              <Text className='nx-privacy__heading'>{s.title}</Text>
              <Text className='nx-privacy__text'>{s.body}</Text>
            </View>
          ))}
        </View>
      )}
      <CellGroup title='授权'>
        <Cell
          label='撤回同意'
          hint={consented ? '您已同意个人信息保护指引' : '您尚未同意，提交信息前会先征求您的同意'}
          arrow={consented}
          onClick={consented ? () => void withdraw() : undefined}
        />
      </CellGroup>
      <CellGroup title='注销账号'>
        {done ? (
          <View className='nx-privacy__done'>
            <Text className='nx-privacy__text'>
              账号已注销：取消报名 {done.cancelledSignups} 个，取消预约 {done.cancelledBookings} 个，撤回暖心事 {done.withdrawnRequests} 件
              {done.handedBack > 0 ? `，退回社区重新派单 ${done.handedBack} 件` : ''}。您的个人信息已删除。
            </Text>
          </View>
        ) : staff ? (
          <View className='nx-privacy__done'>
            <Text className='nx-privacy__text'>工作人员账号承担社区的工作，请联系管理员先将您的角色改为居民，再注销账号。</Text>
          </View>
        ) : (
          <View className='nx-privacy__delete'>
            <Text className='nx-privacy__text'>{DELETION_TEXT}</Text>
            {account.error && <Text className='nx-privacy__error'>{account.error}</Text>}
            <BusyButton className='nx-privacy__button' busy={account.deleting} onPress={remove}>
              {account.deleting ? '正在注销…' : '注销账号'}
            </BusyButton>
          </View>
        )}
      </CellGroup>
    </PageShell>
  );
}

export default observer(PrivacyPage);
