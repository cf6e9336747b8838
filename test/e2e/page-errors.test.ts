import { expectNoPageErrors } from '../support/browser';
import { e2eSuite } from '../support/e2e-host';

jest.setTimeout(60_000);

/** Every journey is checked after each test (test/support/browser.ts): here the check itself is tried. */
describe('H5 in Chromium: a journey fails when the app errs in the page', () => {
  const suite = e2eSuite();

  it('an uncaught exception and a console error fail the check; a known Taro H5 error only warns', async () => {
    const page = await suite.open('demo-resident');
    await page.getByText('2026年11月').waitFor();

    await Promise.all([page.waitForEvent('pageerror'), page.evaluate(() => void setTimeout(() => { throw new Error('boom in a tap handler'); }))]);
    await Promise.all([page.waitForEvent('console'), page.evaluate(() => console.error('the store could not read the answer'))]);
    expect(() => expectNoPageErrors()).toThrow(/2 error\(s\)[\s\S]*uncaught: Error: boom in a tap handler[\s\S]*console\.error: the store could not read the answer/);
    expect(() => expectNoPageErrors()).not.toThrow(); // each error is reported once

    await Promise.all([
      page.waitForEvent('console'),
      page.evaluate(() => console.error("TypeError: Cannot read properties of undefined (reading 'value')\n    at watchValue (app.js:2:10407)")),
    ]);
    expect(() => expectNoPageErrors()).not.toThrow();
  });
});
