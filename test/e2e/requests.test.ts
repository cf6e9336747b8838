import type { Page } from 'playwright-core';
import { screenshot } from '../support/browser';
import { e2eSuite } from '../support/e2e-host';
import { png } from '../support/png';

jest.setTimeout(120_000);

const TEXT = '楼道感应灯坏了一个多星期，晚上上下楼看不清，老人差点摔倒';
/** A stairwell with its lamp: dim as the resident photographs it, bright as the handler leaves it. */
const stairwell = (light: number) =>
  png(120, 120, (x, y) => {
    const glow = light * Math.max(0, 1 - Math.hypot(x - 60, y - 28) / 55);
    const step = Math.floor((y - 50) / 14) % 2 === 0 && y > 50 ? 18 : 0;
    const base = 52 + 100 * Math.max(0, light - 1);
    return [Math.min(255, Math.round(base + step + 200 * glow)), Math.min(255, Math.round(base - 4 + step + 170 * glow)), Math.min(255, Math.round(base - 8 + step + 90 * glow))];
  });
const PHOTO = stairwell(1);
const FIXED = stairwell(1.8);

/** 群众点单 → 社区派单 → 部门接单 → 群众评单, each person in their own browser, on the seeded demo community. */
describe('H5 in Chromium: the 暖心事 loop', () => {
  const suite = e2eSuite();
  let requestId: number;


  /** Taro H5 slides a new page in: wait until the page's root sits still at the left edge before a screenshot. */
  const settled = (page: Page, root: string) =>
    page.waitForFunction((sel) => {
      const el = Array.from(document.querySelectorAll(sel)).pop();
      return !!el && el.getBoundingClientRect().left === 0 && el.getAnimations({ subtree: false }).length === 0;
    }, root);

  /** A toast covers the middle of the page for two seconds: let it go before a screenshot. */
  const toastGone = (page: Page) =>
    page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLElement>('.taro__toast')).every((t) => t.style.display === 'none'));

  const openWorkbench = async (page: Page) => {
    await page.getByText('我的', { exact: true }).last().click();
    await page.getByText('工作台', { exact: true }).click();
  };

  it('a resident files a request with a photo in under a minute; the draft survives a reload', async () => {
    const page = await suite.open('demo-resident');
    await page.getByText('暖心事', { exact: true }).last().click();
    await page.getByText('家政维修', { exact: true }).click();
    await page.locator('.nx-req-form__text textarea').fill(TEXT);
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('添加照片').click();
    await (await chooser).setFiles({ name: 'lamp.png', mimeType: 'image/png', buffer: PHOTO });
    await page.locator('.nx-photos__img img[src^="/files/"]').waitFor();
    await page.getByText('工作日晚上', { exact: true }).click();
    await page.locator('.nx-req-form__input input').first().waitFor();
    expect(await page.locator('.nx-req-form__input input').nth(1).inputValue()).toBe('13847701234');

    await page.reload();
    await page.getByText('暖心事', { exact: true }).last().click();
    await page.getByText('家政维修', { exact: true }).waitFor();
    expect(await page.locator('.nx-req-form__text textarea').inputValue()).toBe(TEXT);
    await screenshot(page, 'requests');

    await page.getByText('提交点单').click();
    await page.getByText('同意提交', { exact: true }).click();
    await page.getByText('社区已收到，正在为您安排').waitFor();
    await settled(page, '.nx-req-detail');
    await screenshot(page, 'request-detail');
    const row = await suite.app.db.selectFrom('requests').select(['id', 'status', 'category', 'preferred_time', 'photos']).where('description', '=', TEXT).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'pending', category: '家政维修', preferred_time: '工作日晚上' });
    const photos = JSON.parse(row.photos) as string[];
    expect(photos).toHaveLength(1);
    expect(await suite.app.platform.storage.exists(photos[0])).toBe(true);
    requestId = row.id;
  });

  it('a worker dispatches it from the queue to a co-building unit', async () => {
    suite.app.clock.advance(25);
    const page = await suite.open('demo-staff');
    await openWorkbench(page);
    await page.getByText('待派单', { exact: true }).click();
    await page.getByText(TEXT).waitFor();
    await settled(page, '.nx-queue');
    await screenshot(page, 'requests-queue');
    await page.getByText(TEXT).click();
    await page.getByText('派单', { exact: true }).click();
    await page.getByText('康巴什供电共建服务队', { exact: true }).click();
    await page.locator('.nx-dispatch__note textarea').fill('老人行动不便，请先电话联系');
    await settled(page, '.nx-dispatch');
    await screenshot(page, 'requests-dispatch');
    await page.getByText('派给 康巴什供电共建服务队').click();
    await page.getByText('已派给康巴什供电共建服务队，等待接单').waitFor();
  });

  it('a handler of that unit accepts it and completes it with a note', async () => {
    suite.app.clock.advance(50);
    const page = await suite.open('demo-handler');
    await openWorkbench(page);
    await page.getByText('待接单', { exact: true }).click();
    await page.getByText(TEXT).click();
    await page.getByText('接单后可见完整号码').waitFor();
    await page.getByText('接单', { exact: true }).click();
    await page.getByText('13847701234').waitFor();
    await settled(page, '.nx-req-detail');
    await toastGone(page);
    await screenshot(page, 'request-handler');
    suite.app.clock.advance(5 * 60);
    await page.getByText('办结', { exact: true }).click();
    await page.locator('.nx-complete__note textarea').fill('已更换楼道感应灯两盏，并检查了整栋楼的线路');
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('添加照片').click();
    await (await chooser).setFiles({ name: 'fixed.png', mimeType: 'image/png', buffer: FIXED });
    await page.locator('.nx-complete .nx-photos__img img[src^="/files/"]').waitFor();
    await page.getByText('确认办结').click();
    await page.getByText('已办结，等待居民评价').waitFor();
  });

  it('the resident sees who did what, and rates it', async () => {
    suite.app.clock.advance(2 * 60);
    const page = await suite.open('demo-resident');
    await page.getByText('我的', { exact: true }).last().click();
    await page.getByText('我的暖心事', { exact: true }).click();
    await page.getByText('待您评价').waitFor();
    await page.getByText(TEXT).click();
    await page.getByText('已更换楼道感应灯两盏，并检查了整栋楼的线路').waitFor();
    await page.getByText('派给 康巴什供电共建服务队（赵丽娜派单）').waitFor();
    await page.locator('.nx-stars--input [data-star="5"]').click();
    await page.getByText('响应及时', { exact: true }).click();
    await page.getByText('态度热情', { exact: true }).click();
    await page.locator('.nx-rate__comment textarea').fill('师傅来得很快，谢谢社区');
    await page.getByText('提交评价').click();
    await page.locator('.nx-req-head__hint', { hasText: '感谢您的评价' }).waitFor();
    await page.getByText('「师傅来得很快，谢谢社区」').waitFor();
    await settled(page, '.nx-req-detail');
    await toastGone(page);
    await page.locator('.nx-ratings').scrollIntoViewIfNeeded();
    await screenshot(page, 'request-rated');

    const trail = await suite.app.db.selectFrom('audit_log').select(['action', 'to_state']).where('entity', '=', 'request').where('entity_id', '=', requestId).orderBy('id').execute();
    expect(trail.map((t) => t.to_state)).toEqual(['pending', 'dispatched', 'accepted', 'completed', 'rated']);
  });

  it('the worker sees the month in figures', async () => {
    const page = await suite.open('demo-staff');
    await openWorkbench(page);
    await page.getByText('满意度统计', { exact: true }).click();
    await page.getByText('各类别点单量').waitFor();
    await page.getByText('满意度', { exact: true }).waitFor();
    await settled(page, '.nx-stats');
    await screenshot(page, 'stats');
  });

  it('the worker adds a resident to a unit (资源清单), who becomes a handler', async () => {
    const page = await suite.open('demo-staff');
    await openWorkbench(page);
    await page.getByText('处理单位', { exact: true }).click();
    await page.getByText('哈巴格希街道的单位（全街道共用）').waitFor();
    await settled(page, '.nx-units');
    await screenshot(page, 'request-units');
    await page.getByText('达尔罕社区“红色暖心”党员志愿服务队', { exact: true }).click();
    await page.getByText('成员（2人）').waitFor();
    await page.locator('.nx-unit-edit__keyword input').fill('李建国');
    await page.getByText('搜索', { exact: true }).click();
    await page.getByText('添加', { exact: true }).click();
    await page.getByText('成员（3人）').waitFor();
    await toastGone(page);
    await settled(page, '.nx-unit-edit');
    await page.locator('.nx-unit-edit__keyword').scrollIntoViewIfNeeded();
    await screenshot(page, 'request-unit-edit');
    const user = await suite.app.db.selectFrom('users').select('role').where('openid', '=', 'demo-resident-2').executeTakeFirstOrThrow();
    expect(user.role).toBe('handler');
  });

  it('a handler declares one more category their unit serves in 我的任务', async () => {
    const page = await suite.open('demo-handler');
    await openWorkbench(page);
    await page.getByText('认领池', { exact: true }).first().click();
    await page.getByText('我的服务单位').waitFor();
    const unit = page.locator('.nx-my-units__unit').first();
    await unit.getByText('修改', { exact: true }).click();
    await unit.getByText('助老助残', { exact: true }).click();
    await settled(page, '.nx-tasks');
    await screenshot(page, 'request-tasks-units');
    await unit.getByText('保存', { exact: true }).click();
    await unit.getByText('服务：助老助残、邻里调解、政策咨询、心理关爱').waitFor();
    const row = await suite.app.db.selectFrom('handler_units').select('categories').where('name', '=', '哈巴格希街道矛盾调解志愿服务队').executeTakeFirstOrThrow();
    expect(JSON.parse(row.categories)).toEqual(['助老助残', '邻里调解', '政策咨询', '心理关爱']);
  });

  const CALLER = '96118热线来电：家里水龙头坏了关不住，老人独居不会修';

  it('a worker files one for a hotline caller without the app (代点单), handled as any other', async () => {
    const page = await suite.open('demo-staff');
    await openWorkbench(page);
    await page.getByText('代点单', { exact: true }).click();
    await page.getByText('未用小程序的群众', { exact: true }).waitFor();
    await page.getByText('热线', { exact: true }).click();
    await page.getByText('未用小程序的群众', { exact: true }).click();
    await page.locator('.nx-file-for__input input').first().fill('白玉兰');
    await page.getByText('家政维修', { exact: true }).click();
    await page.locator('.nx-file-for__text textarea').fill(CALLER);
    await page.locator('.nx-file-for__input input').nth(1).fill('达尔罕小区4号楼1单元101');
    await page.locator('.nx-file-for__input input').nth(2).fill('13847709901');
    await settled(page, '.nx-file-for');
    await screenshot(page, 'request-file-for');
    await page.getByText('登记暖心事').click();
    await page.getByText('热线 · 赵丽娜代为登记').waitFor();
    await page.getByText('白玉兰', { exact: true }).waitFor();
    const row = await suite.app.db.selectFrom('requests').select(['id', 'source', 'subject', 'status']).where('description', '=', CALLER).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ source: 'hotline', subject: 'person', status: 'pending' });
    await page.getByText('派单', { exact: true }).click();
    await page.getByText('康巴什供电共建服务队', { exact: true }).click();
    await page.getByText('派给 康巴什供电共建服务队').click();
    await page.getByText('已派给康巴什供电共建服务队，等待接单').waitFor();

    suite.app.clock.advance(30);
    const handler = await suite.open('demo-handler');
    await openWorkbench(handler);
    await handler.getByText('待接单', { exact: true }).click();
    await handler.getByText(CALLER).click();
    await handler.getByText('接单', { exact: true }).click();
    await handler.getByText('13847709901').waitFor();
    await handler.getByText('办结', { exact: true }).click();
    await handler.locator('.nx-complete__note textarea').fill('已上门更换水龙头阀芯');
    await handler.getByText('确认办结').click();
    await handler.getByText('已办结，等待居民评价').waitFor();
  });

  it('the worker records the rating the caller gave by phone (电话回访)', async () => {
    suite.app.clock.advance(60);
    const page = await suite.open('demo-staff');
    await openWorkbench(page);
    await page.getByText('办理中', { exact: true }).click();
    await page.getByText('待评价', { exact: true }).first().click();
    await page.getByText(CALLER).click();
    await page.getByText('请电话询问白玉兰：对这次服务满意吗？').waitFor();
    await page.locator('.nx-stars--input [data-star="5"]').click();
    await page.getByText('响应及时', { exact: true }).click();
    await page.getByText('记录回访评价').click();
    await page.getByText('电话回访 · 5星 · 已解决').waitFor();
    await settled(page, '.nx-req-detail');
    await toastGone(page);
    await screenshot(page, 'request-phone-rated');
    const req = await suite.app.db.selectFrom('requests').select(['id', 'status']).where('description', '=', CALLER).executeTakeFirstOrThrow();
    expect(req.status).toBe('rated');
    const staff = await suite.app.db.selectFrom('users').select('id').where('openid', '=', 'demo-staff').executeTakeFirstOrThrow();
    const rating = await suite.app.db.selectFrom('request_ratings').select(['stars', 'recorded_by']).where('request_id', '=', req.id).executeTakeFirstOrThrow();
    expect(rating).toEqual({ stars: 5, recorded_by: staff.id });
    const trail = await suite.app.db.selectFrom('audit_log').select(['action', 'actor_id', 'note']).where('entity', '=', 'request').where('entity_id', '=', req.id).orderBy('id').execute();
    expect(trail[0]).toMatchObject({ action: 'create', actor_id: staff.id, note: '代点单（热线）' });
    expect(trail.at(-1)).toMatchObject({ action: 'rate', actor_id: staff.id, note: '电话回访 · 5星 · 已解决' });
  });
});
