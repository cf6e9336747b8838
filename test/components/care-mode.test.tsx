import { act, fireEvent, render, screen } from '@testing-library/react';
import { PageShell } from '../../src/components/page-shell';
import { CareMode, careMode, wechatAsksForCare } from '../../src/lib/care-mode';
import { feedback, resetTaroMock, setAppBaseInfo } from './mocks/taro';
import Taro from './mocks/taro';

beforeEach(() => resetTaroMock());
afterAll(() => {
  resetTaroMock();
  careMode.load();
});

describe('关怀模式 follows WeChat’s font size until the person chooses (微信 小程序适老化设计指南)', () => {
  it.each([
    ['standard 17 px', { fontSizeScaleFactor: 1, fontSizeSetting: 17 }, false],
    ['one step up', { fontSizeScaleFactor: 1.2, fontSizeSetting: 20.4 }, false],
    ['WeChat’s 关怀模式 step, 23.8 px', { fontSizeScaleFactor: 1.4, fontSizeSetting: 23.8 }, true],
    ['larger still', { fontSizeScaleFactor: 1.6, fontSizeSetting: 27.2 }, true],
    ['only the px size (older base library)', { fontSizeSetting: 23.8 }, true],
    ['nothing known', {}, false],
  ])('%s', (_name, info, on) => {
    expect(wechatAsksForCare(info)).toBe(on);
  });

  it('a first launch at WeChat’s large font turns it on, and every page says so once with where to switch it', async () => {
    setAppBaseInfo({ fontSizeScaleFactor: 1.4, fontSizeSetting: 23.8 });
    const mode = new CareMode();
    expect(mode.on).toBe(true);
    expect(mode.announce).toBe(true);
    // Not stored as the person's choice: it keeps following WeChat until they switch it in 我的.
    expect(Taro.getStorageSync('nx.careMode')).toBe('');
  });

  it('the notice renders on the page and goes once acknowledged, for this and later launches', async () => {
    setAppBaseInfo({ fontSizeScaleFactor: 1.4 });
    careMode.load(); // as at a launch
    const { container } = render(
      <PageShell>
        <span>页面内容</span>
      </PageShell>,
    );
    expect(container.querySelector('.nx-page')?.classList.contains('nx-care')).toBe(true);
    expect(screen.getByRole('status').textContent).toMatch(/已为您开启关怀模式.*「我的」/);
    fireEvent.click(screen.getByText('去设置'));
    expect(feedback.navigations).toEqual(['/pages/me/index']);
    await act(async () => fireEvent.click(screen.getByText('知道了')));
    expect(screen.queryByRole('status')).toBeNull();
    expect(careMode.on).toBe(true);
    expect(new CareMode().announce).toBe(false);
  });

  it('a standard font size leaves it off and says nothing', () => {
    const mode = new CareMode();
    expect(mode.on).toBe(false);
    expect(mode.announce).toBe(false);
  });

  it('the person’s own choice wins over WeChat’s font size, both ways', () => {
    setAppBaseInfo({ fontSizeScaleFactor: 1.6 });
    new CareMode().set(false);
    expect(new CareMode().on).toBe(false);
    setAppBaseInfo({ fontSizeScaleFactor: 1 });
    new CareMode().set(true);
    const mode = new CareMode();
    expect(mode.on).toBe(true);
    expect(mode.announce).toBe(false);
  });

  it('a base library without getAppBaseInfo starts in the normal mode', () => {
    setAppBaseInfo(null);
    expect(new CareMode().on).toBe(false);
  });
});
