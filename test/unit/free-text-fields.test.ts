import { freeTextFieldsOfContract, listedFields } from '../support/free-text';

/**
 * Text one person writes that another reads passes the content check (DESIGN.md "Privacy and trust"). A new free-text
 * field in types/ fails here until it is listed in test/support/free-text.ts — checked (and then walked through the
 * router by test/api/content-check.test.ts) or exempt with a reason.
 */
describe('free-text fields of the contract', () => {
  it('every one is listed with how the content check treats it', () => {
    expect(freeTextFieldsOfContract().sort()).toEqual([...listedFields().keys()].sort());
  });

  it('finds the fields it should (the walker itself works)', () => {
    const found = freeTextFieldsOfContract();
    expect(found).toEqual(expect.arrayContaining(['me.update name', 'requests.create address', 'venues.upsert facilities[]', 'requests.complete note']));
    expect(found).not.toContain('requests.create phone'); // a pattern
    expect(found).not.toContain('events.create startsAt'); // a pattern
    expect(found).not.toContain('requests.create photos[]'); // a pattern
  });
});
