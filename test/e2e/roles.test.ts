import type { Page } from 'playwright-core';
import { callsOf, settledCalls } from '../support/call-counter';
import { e2eSuite } from '../support/e2e-host';

jest.setTimeout(240_000);

/**
 * DESIGN.md "Everyone, every role": a screen asks only for what the person's role may see. Each seeded role opens every
 * screen reachable from its tabs — the four tabs, an event and a room, each link of 我的 and each link of the 工作台 —
 * and no call comes back FORBIDDEN, nothing reads 没有权限 (the shared after-each check also holds every screen to one
 * call per show).
 */
describe('H5 in Chromium: every role, every screen reachable from its tabs', () => {
  const suite = e2eSuite();

  const tab = async (page: Page, name: string) => {
    await page.getByText(name, { exact: true }).last().click();
    await settledCalls(page);
  };
  const route = (page: Page) => page.evaluate(() => location.hash);
  /** The link rows (cells that open something) of the screen on top; the profile's community row opens a picker. */
  const links = (page: Page) => page.locator('.nx-cell--link:visible:not(.nx-profile__community)');

  /** Opens each link of the screen on top, then `deeper` (for the 工作台) one level further, and comes back. */
  async function walkLinks(page: Page, seen: string[], deeper: RegExp | null): Promise<void> {
    const here = await route(page);
    const count = await links(page).count();
    for (let i = 0; i < count; i++) {
      await links(page).nth(i).click();
      await settledCalls(page);
      const there = await route(page);
      if (there === here) continue; // a row that acts in place (a switch, a sheet)
      seen.push(there);
      if (deeper && deeper.test(there)) await walkLinks(page, seen, null);
      await page.goBack();
      await page.waitForFunction((h) => location.hash === h, here);
      await settledCalls(page);
    }
  }

  it.each(['demo-resident', 'demo-handler', 'demo-staff', 'demo-admin'])('%s meets no 没有权限', async (openid) => {
    const page = await suite.open(openid);
    await settledCalls(page);
    const seen: string[] = [await route(page)];

    await page.locator('.nx-event-row').first().click();
    await settledCalls(page);
    seen.push(await route(page));
    await page.goBack();
    await settledCalls(page);

    await tab(page, '场地预约');
    seen.push(await route(page));
    await page.locator('.nx-venue-card').first().click();
    await settledCalls(page);
    seen.push(await route(page));
    await page.goBack();
    await settledCalls(page);

    await tab(page, '暖心事');
    seen.push(await route(page));
    await tab(page, '我的');
    seen.push(await route(page));
    await walkLinks(page, seen, /packages\/workbench/);

    expect(seen.length).toBeGreaterThan(6);
    if (openid !== 'demo-resident') expect(seen.some((r) => r.includes('/packages/workbench/'))).toBe(true);
    expect((await callsOf(page)).filter((c) => c.error === 'FORBIDDEN')).toEqual([]);
    expect(await page.getByText('没有权限').count()).toBe(0);
  });
});
