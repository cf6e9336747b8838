import fs from 'node:fs';
import path from 'node:path';
import { PRIVACY_GUIDE } from '../../../src/features/privacy/guide';
import { createTestApp, type TestApp } from '../../support/api-app';

/**
 * docs/PRIVACY.md stays complete: every column of the migrated schema whose name says it can hold a name, phone,
 * address, photo or free text is named in the guide as `table.column`, or listed here as holding nothing personal.
 * A new feature's table (or a new column) fails this test until the guide says what it keeps, who sees it and for
 * how long.
 */
const PERSONAL = /(^|_)(openid|name|phone|address|photos?|cover|description|comment|note|reason|purpose|body|title|label|result|place|organizer|preferred_time|text|content|email|nickname|avatar)$/;

const NOT_PERSONAL: Record<string, string> = {
  'districts.name': 'a place',
  'streets.name': 'a place',
  'communities.name': 'a place',
  'communities.address': 'the community centre’s address',
  'request_categories.name': 'a community’s list of service categories',
  'venue_special_dates.reason': 'why a room is closed or open on a date (staff text about the room)',
  'app_settings.name': 'the name of an app setting (the check-in key …)',
};

const guide = fs.readFileSync(path.join(__dirname, '../../../docs/PRIVACY.md'), 'utf8');

describe('docs/PRIVACY.md names every column that can hold personal data', () => {
  let app: TestApp;
  let columns: string[];
  beforeAll(async () => {
    app = await createTestApp('sqlite');
    const tables = await app.db.introspection.getTables();
    columns = tables.filter((t) => !t.name.startsWith('kysely_')).flatMap((t) => t.columns.map((c) => `${t.name}.${c.name}`));
  });
  afterAll(() => app.close());

  it('finds the personal columns it knows (the patterns still bite)', () => {
    const personal = columns.filter((c) => PERSONAL.test(c.split('.')[1]));
    expect(personal).toEqual(expect.arrayContaining(['users.name', 'users.phone', 'users.address', 'requests.photos', 'requests.description', 'venue_bookings.person_phone']));
  });

  it('has each of them in the guide, or here with a reason', () => {
    const missing = columns.filter((c) => PERSONAL.test(c.split('.')[1]) && !NOT_PERSONAL[c] && !guide.includes(`\`${c}\``));
    expect(missing).toEqual([]);
  });

  it('lists nothing here that the schema no longer has, or that the guide names after all', () => {
    for (const c of Object.keys(NOT_PERSONAL)) {
      expect(columns).toContain(c);
      expect(guide.includes(`\`${c}\``)).toBe(false);
    }
  });

  it('says in the app what the guide says: what is collected, and for how long', () => {
    const inApp = PRIVACY_GUIDE.map((s) => s.body).join('');
    for (const word of ['姓名', '手机号', '住址', '所在社区', '照片', '联系人', '评价']) expect(inApp).toContain(word);
    expect(guide).toContain('| messages (`notifications`) | 1 year |');
    expect(inApp).toContain('消息通知保存1年');
    expect(guide).toMatch(/3 years after they ended/);
    expect(inApp).toContain('结束后保存3年');
  });
});
