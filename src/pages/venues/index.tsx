import { Text, View } from '@tarojs/components';
import { PageShell } from '../../components/page-shell';

export default function Page() {
  return (
    <PageShell>
      <View style={{ padding: '40px', textAlign: 'center' }}>
        <Text>场地错时预约即将上线</Text>
      </View>
    </PageShell>
  );
}
