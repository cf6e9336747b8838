import fs from 'node:fs';
import { screenshot, settled, tab } from '../support/browser';
import { e2eSuite } from '../support/e2e-host';

jest.setTimeout(90_000);

// The host's clock is pinned to Wednesday 2026-11-25 10:00 in Ordos; the demo bookings are seeded around it.
describe('H5 in Chromium: 场所利用率', () => {
  const suite = e2eSuite();


  it('a worker opens the month’s usage from 场地管理, goes up to the street and downloads the CSV', async () => {
    const worker = await suite.open('demo-staff');
    await tab(worker, '我的');
    await worker.getByText('工作台', { exact: true }).click();
    await worker.getByText('场地管理', { exact: true }).click();
    await worker.locator('.nx-manage__usage').click();
    await worker.getByText('达尔罕社区 · 社区').waitFor();
    await worker.locator('.nx-usage__month-label', { hasText: '2026年11月' }).waitFor();
    await worker.locator('.nx-heat__cell--0, .nx-heat__cell--1, .nx-heat__cell--2, .nx-heat__cell--3, .nx-heat__cell--4').first().waitFor();
    expect(await worker.locator('.nx-usage-bars__row').count()).toBeGreaterThan(5); // weeks and rooms
    await settled(worker, '.nx-usage__figures');
    await screenshot(worker, 'venue-usage');

    await worker.getByText('看哈巴格希街道 ›').click();
    await worker.getByText('哈巴格希街道 · 街道').waitFor();
    await worker.getByText('各社区').waitFor();
    const [download] = await Promise.all([worker.waitForEvent('download'), worker.getByText('下载CSV表格').last().click()]);
    expect(download.suggestedFilename()).toBe('场所利用率-街道-哈巴格希街道-2026-11.csv');
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFF范围,社区,场所,时段,开放小时,预约小时,保留小时,签到使用小时,预约率,保留率,使用率,预约次数,未到场次数,未到场率');
    expect(text).toContain('哈巴格希街道,达尔罕社区,');
  });
});
