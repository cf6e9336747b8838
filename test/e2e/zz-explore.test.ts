import { launchBrowser, phonePage } from '../support/browser';
import { startE2eHost } from '../support/e2e-host';
jest.setTimeout(120_000);
it('explore', async () => {
  const host = await startE2eHost();
  const browser = await launchBrowser();
  try {
    const shots: [string, string, string][] = [
      ['demo-resident', '', 'tab'],
      ['demo-resident', '#/packages/requests/mine/index', 'mine'],
      ['demo-staff', '#/packages/requests/queue/index', 'queue'],
      ['demo-staff', '#/packages/workbench/index', 'workbench-staff'],
      ['demo-handler', '#/packages/workbench/index', 'workbench-handler'],
      ['demo-handler', '#/packages/requests/tasks/index', 'tasks'],
    ];
    for (const [who, path, name] of shots) {
      const page = await phonePage(browser, host.base + path, who);
      if (name === 'tab') await page.getByText('暖心事', { exact: true }).last().click();
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
      await page.context().close();
    }
    const ids = await host.app.db.selectFrom('requests').select(['id', 'status']).execute();
    console.log(JSON.stringify(ids));
    const cid = (await host.app.db.selectFrom('communities').select('id').where('name', '=', '达尔罕社区').executeTakeFirstOrThrow()).id;
    for (const [who, path, name] of [
      ['demo-resident', `#/packages/requests/detail/index?id=9`, 'detail-completed'],
      ['demo-staff', `#/packages/requests/detail/index?id=13`, 'detail-staff'],
      ['demo-staff', `#/packages/requests/dispatch/index?id=13`, 'dispatch'],
      ['demo-staff', `#/packages/requests/stats/index?communityId=${cid}`, 'stats'],
      ['demo-staff', `#/packages/requests/detail/index?id=15`, 'detail-review'],
      ['demo-handler', `#/packages/requests/detail/index?id=10`, 'detail-handler'],
      ['demo-resident', `#/packages/requests/detail/index?id=7`, 'detail-reopened'],
    ]) {
      const page = await phonePage(browser, host.base + path, who);
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
      await page.context().close();
    }
  } finally {
    await browser.close();
    await host.stop();
  }
});
