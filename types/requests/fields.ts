import type { Form } from '../fields';
import { MAX_PHOTOS, PREFERRED_TIMES } from './models';

/** A photo the client uploaded first: a cloud storage file id in WeChat, the local store's id elsewhere. */
export const FILE_ID = /^(cloud:\/\/[\w.-]+\/[\w./-]{1,200}|local:[a-f0-9]{32}\.(jpg|jpeg|png|webp|gif))$/;

/** 我要点单: the fields of requests.create, whose schema (RequestCreateInput) is built from them. */
export const REQUEST_FIELDS = {
  category: { kind: 'pick', label: '服务类别', max: 8 },
  description: { kind: 'text', label: '问题描述', min: 10, max: 500, plain: true },
  address: { kind: 'text', label: '服务地址', min: 2, max: 100, plain: true },
  phone: { kind: 'phone', label: '联系电话' },
  preferredTime: { kind: 'oneOf', label: '期望时间', values: PREFERRED_TIMES },
  photos: { kind: 'files', label: '照片', max: MAX_PHOTOS, pattern: FILE_ID },
} as const satisfies Form['fields'];

export const REQUEST_FORM: Form = { fields: REQUEST_FIELDS };
