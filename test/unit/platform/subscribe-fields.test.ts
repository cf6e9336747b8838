import { formatField, templateData } from '../../../cloud/platform/subscribe/fields';
import { subscribeTemplates } from '../../../cloud/platform/subscribe/templates';

// Each WeChat field type with its rule: a value that breaks one makes WeChat refuse the whole message (47003).
describe('a template field in its WeChat type', () => {
  it.each([
    ['thing1', '候补成功：重阳节敬老文艺汇演彩排（达尔罕社区）', '候补成功：重阳节敬老文艺汇演彩排（达尔…'],
    ['thing1', '  两行\n文字  ', '两行 文字'],
    ['thing2', 'a'.repeat(20), 'a'.repeat(20)],
    ['phrase3', '已取消', '已取消'],
    ['phrase3', '候补成功啦啦啦', '候补成功啦'],
    ['phrase3', 'OK已通过!', '已通过'],
    ['time4', '2026-11-28T11:00:00.000Z', '2026年11月28日 19:00'],
    ['time4', '2026-12-31T16:30:00.000Z', '2027年1月1日 00:30'],
    ['date5', '2026-11-28T17:00:00.000Z', '2026年11月29日'],
    ['character_string6', '预约号 A-0012 （多功能厅）', 'A-0012'],
    ['character_string6', 'x'.repeat(40), 'x'.repeat(32)],
    ['number7', '共 12 人', '12'],
    ['letter8', 'abc123', 'abc'],
    ['name9', '张大爷（7号楼）', '张大爷号楼'],
    ['name9', '王小明王小明王小明王小明', '王小明王小明王小明王'],
    ['name9', 'Li Lei', 'Li Lei'],
    ['phone_number10', '138 0000 1111', '13800001111'],
    ['phone_number10', '+86-0477-12345678901', '+86-0477-12345678'],
    ['amount11', '¥12.50元', '¥12.50'],
    ['symbol12', '→→ ok ←←←', '→→←←←'],
    ['car_number13', '蒙K·12345挂', '蒙K12345挂'],
    ['unknown14', 'x'.repeat(30), `${'x'.repeat(19)}…`],
  ])('%s ← %j is %j', (key, value, expected) => {
    expect(formatField(key, value)).toBe(expected);
  });
});

describe('a template’s data for a message', () => {
  const [template] = subscribeTemplates({
    event: { templateId: 'T', fields: { subject: 'thing1', time: 'time2', place: 'thing3', status: 'phrase4', note: 'thing5' } },
  }).all();
  const message = { title: '活动取消通知', body: '「重阳节敬老文艺汇演」已取消：天气原因', createdAt: '2026-11-25T02:00:00.000Z' };

  it('fills each field with the fact that belongs there: the event’s time, not the moment it was queued', () => {
    const facts = { subject: '重阳节敬老文艺汇演', time: '2026-11-28T11:00:00.000Z', place: '达尔罕社区党群服务中心', status: '已取消' };
    expect(templateData(template, { ...message, facts })).toEqual({
      thing1: { value: '重阳节敬老文艺汇演' },
      time2: { value: '2026年11月28日 19:00' },
      thing3: { value: '达尔罕社区党群服务中心' },
      phrase4: { value: '已取消' },
      thing5: { value: '「重阳节敬老文艺汇演」已取消：天气原因' },
    });
  });

  it('falls back to the title, the queue time and a stand-in when a message carries no such fact, never an empty value', () => {
    expect(templateData(template, { ...message, facts: {} })).toEqual({
      thing1: { value: '活动取消通知' },
      time2: { value: '2026年11月25日 10:00' },
      thing3: { value: '无' },
      phrase4: { value: '通知' },
      thing5: { value: '「重阳节敬老文艺汇演」已取消：天气原因' },
    });
  });
});
