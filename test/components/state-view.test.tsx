import { fireEvent, render, screen } from '@testing-library/react';
import { StateView } from '../../src/components/state-view';

describe('StateView', () => {
  it('shows the page’s frame while loading, then the error with 重试, then the empty state with its next step', () => {
    const retry = jest.fn();
    const go = jest.fn();
    const { rerender, container } = render(<StateView loading error={null} onRetry={retry} />);
    // A skeleton of cards, not a lone 加载中… on a blank page; screen readers still hear 加载中.
    const frame = screen.getByRole('status', { name: '加载中' });
    expect(frame.getAttribute('aria-busy')).toBe('true');
    expect(container.querySelectorAll('.nx-skeleton__card')).toHaveLength(3);
    expect(container.textContent).toBe('');
    rerender(<StateView loading error={null} skeleton='detail' onRetry={retry} />);
    expect(container.querySelector('.nx-skeleton__hero')).not.toBeNull();
    rerender(<StateView loading={false} error='网络不给力，请检查网络后重试' onRetry={retry} />);
    fireEvent.click(screen.getByText('重试'));
    expect(retry).toHaveBeenCalledTimes(1);
    rerender(<StateView loading={false} error={null} empty emptyText='本月暂无活动' emptyAction={{ label: '去看看场地预约', onClick: go }} onRetry={retry} />);
    fireEvent.click(screen.getByText('去看看场地预约'));
    expect(go).toHaveBeenCalled();
  });

  it('keeps the content when a refresh fails, and says so above it', () => {
    const retry = jest.fn();
    render(
      <StateView loading={false} error='服务暂时不可用，请稍后再试' onRetry={retry}>
        <span>上次加载的活动</span>
      </StateView>,
    );
    expect(screen.getByText('上次加载的活动')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('服务暂时不可用');
    fireEvent.click(screen.getByText('重试'));
    expect(retry).toHaveBeenCalled();
  });
});
