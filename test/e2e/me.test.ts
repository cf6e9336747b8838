import { screenshot } from '../support/browser';
import { e2eSuite } from '../support/e2e-host';

jest.setTimeout(60_000);

describe('H5 in Chromium: 我的', () => {
  const suite = e2eSuite();


  it('switches identity, binds a community, reloads and still sees it', async () => {
    const page = await suite.open('demo-resident');
    await page.getByText('我的', { exact: true }).last().click();
    await page.getByText('王秀兰').first().waitFor();
    await page.getByText('哈巴格希街道 · 达尔罕社区', { exact: true }).waitFor();
    await screenshot(page, 'me');

    await page.getByText('管理员', { exact: true }).click();
    await page.getByText('康巴什区管理员').first().waitFor();

    await page.getByText('所在社区').click();
    await page.getByText('准格尔旗', { exact: true }).click();
    await page.getByText('迎泽街道', { exact: true }).click();
    await page.getByText('南苑社区', { exact: true }).click();
    await page.getByText('准格尔旗 · 迎泽街道 · 南苑社区').waitFor();
    await page.getByText('保存', { exact: true }).click();
    await page.getByText('个人信息保护提示').waitFor();
    await page.getByText('同意', { exact: true }).click();
    await page.getByText('已保存').waitFor();

    await page.reload();
    await page.getByText('我的', { exact: true }).last().click();
    await page.getByText('迎泽街道 · 南苑社区', { exact: true }).waitFor();

    const admin = await suite.app.db.selectFrom('users').innerJoin('communities', 'communities.id', 'users.community_id').select('communities.name').where('openid', '=', 'demo-admin').executeTakeFirstOrThrow();
    expect(admin.name).toBe('南苑社区');
  });

  it('关怀模式 makes the text larger', async () => {
    const page = await suite.open('demo-resident');
    await page.getByText('我的', { exact: true }).last().click();
    const name = page.locator('.nx-profile-header__name');
    await name.waitFor();
    const before = await name.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await page.locator('.nx-me__care').click();
    await page.locator('.nx-me.nx-care').waitFor();
    const after = await name.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(after).toBeGreaterThan(before * 1.2);
    await screenshot(page, 'me-care-mode');
  });
});
