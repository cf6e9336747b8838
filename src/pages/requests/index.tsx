import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { Fragment } from 'react';
import { PageShell } from '../../components/page-shell';
import { RequestForm } from '../../features/requests/components/request-form';
import { myRequests } from '../../features/requests/stores/mine';
import { requestsTab } from '../../features/requests/stores/tab';
import { toast } from '../../lib/confirm';
import './index.scss';

// The four steps wrap between phrases, never inside one (a lone 单 on its own line in 关怀模式).
const MOTTO = ['群众点单', '社区派单', '部门接单', '群众评单'];

const MINE = '/packages/requests/mine/index';

/**
 * 暖心事 tab: ask for help in under a minute, without losing what was typed (the form is a draft on the device). One
 * call draws it (requests.home); a submit answers with the request, which its page then shows.
 */
function RequestsPage() {
  useDidShow(() => void requestsTab.load());
  const { openCount } = myRequests;
  const toRateCount = myRequests.toRate.length;
  const summary = [openCount ? `${openCount}件办理中` : '', toRateCount ? `${toRateCount}件待评价` : ''].filter(Boolean).join(' · ');

  const submitted = (id: number) => {
    toast('已提交', 'success');
    void Taro.navigateTo({ url: `/packages/requests/detail/index?id=${id}` });
  };

  return (
    <PageShell className='nx-requests'>
      <View className='nx-requests__hero'>
        <Text className='nx-requests__title'>遇到难处，社区帮您</Text>
        <Text className='nx-requests__motto'>
          {MOTTO.map((phrase, i) => (
            <Fragment key={phrase}>
              {i > 0 ? ' · ' : ''}
              <Text className='nx-nowrap'>{phrase}</Text>
            </Fragment>
          ))}
        </Text>
        <View className='nx-requests__mine' onClick={() => void Taro.navigateTo({ url: MINE })}>
          <Text>我的暖心事</Text>
          <Text className={`nx-requests__mine-count ${toRateCount ? 'nx-requests__mine-count--alert' : ''}`}>{summary || '查看记录'} ›</Text>
        </View>
      </View>
      {!requestsTab.hasCommunity ? (
        <View className='nx-requests__bind'>
          <Text className='nx-requests__bind-text'>点单前请先在「我的」中选择您所在的社区，社区工作人员才能收到您的请求</Text>
          <Button className='nx-button-plain' onClick={() => void Taro.switchTab({ url: '/pages/me/index' })}>
            去选择社区
          </Button>
        </View>
      ) : (
        <RequestForm onSubmitted={submitted} />
      )}
    </PageShell>
  );
}

export default observer(RequestsPage);
