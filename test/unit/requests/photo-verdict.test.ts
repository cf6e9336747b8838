import { photoVerdictOf } from '../../../cloud/features/requests/domain/photo-verdict';

const push = (over: Record<string, unknown>) => ({ MsgType: 'event', Event: 'wxa_media_check', trace_id: 't-1', version: 2, errcode: 0, ...over });

describe('WeChat’s photo verdict, as the app acts on it', () => {
  it.each([
    ['pass', push({ result: { suggest: 'pass', label: 100 } }), { traceId: 't-1', pass: true, reason: null }],
    ['risky, 色情', push({ result: { suggest: 'risky', label: 20002 } }), { traceId: 't-1', pass: false, reason: '照片未通过内容安全检测（色情）' }],
    ['risky, 广告', push({ result: { suggest: 'risky', label: 10001 } }), { traceId: 't-1', pass: false, reason: '照片未通过内容安全检测（广告）' }],
    ['review: WeChat is unsure', push({ result: { suggest: 'review', label: 20006 } }), { traceId: 't-1', pass: false, reason: '照片需人工复核（疑似违法犯罪）' }],
    ['an unknown label', push({ result: { suggest: 'risky', label: 99999 } }), { traceId: 't-1', pass: false, reason: '照片未通过内容安全检测（其他）' }],
    ['a failed check', push({ errcode: -1008, result: { suggest: 'pass', label: 100 } }), { traceId: 't-1', pass: false, reason: '照片安全检测未完成（错误 -1008），请人工查看' }],
    ['no result at all', push({}), { traceId: 't-1', pass: false, reason: '照片需人工复核（疑似其他）' }],
  ])('%s', (_name, body, expected) => {
    expect(photoVerdictOf(body)).toEqual(expected);
  });

  it('is no verdict without a trace id (or with one WeChat would never send)', () => {
    expect(photoVerdictOf(push({ trace_id: undefined, result: { suggest: 'pass' } }))).toBeNull();
    expect(photoVerdictOf(push({ trace_id: 42, result: { suggest: 'pass' } }))).toBeNull();
    expect(photoVerdictOf(push({ trace_id: 'x'.repeat(65), result: { suggest: 'pass' } }))).toBeNull();
  });
});
