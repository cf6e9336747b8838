import fs from 'node:fs';
import path from 'node:path';

/**
 * cloudfunctions/api/config.json carries only what WeChat reads from it: `permissions.openapi` (云调用) and
 * `triggers` (one timer trigger). The function's timeout is not a field there: it is set in the console (README,
 * "Deploy to CloudBase"), so a `timeout` here would only look like it does something.
 * https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/openapi/openapi.html
 * https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/guide/functions/triggers.html
 */
const config = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../cloudfunctions/api/config.json'), 'utf8'));

it('declares only the documented fields', () => {
  expect(Object.keys(config).sort()).toEqual(['permissions', 'triggers']);
  expect(Object.keys(config.permissions)).toEqual(['openapi']);
});

it('declares one timer trigger (WeChat takes one) with a seven-field cron that fires every minute', () => {
  expect(config.triggers).toHaveLength(1);
  const [trigger] = config.triggers;
  expect(trigger.type).toBe('timer');
  expect(trigger.name).toMatch(/^[A-Za-z][A-Za-z0-9_-]{0,59}$/);
  expect(trigger.config.split(' ')).toEqual(['0', '*/1', '*', '*', '*', '*', '*']);
});

it('asks for every WeChat API the function calls: subscribe messages, text and photo checks, phone numbers', () => {
  expect([...config.permissions.openapi].sort()).toEqual(['phonenumber.getPhoneNumber', 'security.mediaCheckAsync', 'security.msgSecCheck', 'subscribeMessage.send']);
});
