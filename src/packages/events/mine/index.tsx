import { PageShell } from '../../../components/page-shell';
import { StateView } from '../../../components/state-view';

/** Placeholder until the events issue lands. */
export default function Page() {
  return (
    <PageShell>
      <StateView loading={false} error={null} empty emptyText='即将上线' onRetry={() => {}} />
    </PageShell>
  );
}
