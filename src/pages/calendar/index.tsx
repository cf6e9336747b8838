import { Text, View } from '@tarojs/components';
import { PageShell } from '../../components/page-shell';

export default function Page() {
  return (
    <PageShell>
      <View style={{ padding: '40px', textAlign: 'center' }}>
        <Text>社区活动日历即将上线</Text>
      </View>
    </PageShell>
  );
}
