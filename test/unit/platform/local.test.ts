import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { wordListCheck } from '../../../cloud/platform/local/content-check';
import { devHeaderIdentity } from '../../../cloud/platform/local/identity';
import { DiskStorage } from '../../../cloud/platform/local/storage';

describe('local platform', () => {
  it('trusts the dev header only when it looks like an openid', () => {
    expect(devHeaderIdentity.openid({ devOpenId: 'demo-resident' })).toBe('demo-resident');
    expect(devHeaderIdentity.openid({ devOpenId: '../../etc' })).toBeNull();
    expect(devHeaderIdentity.openid({})).toBeNull();
  });

  it('holds text with a blocked word', async () => {
    expect(await wordListCheck.check('社区组织剪纸课堂', 'x')).toEqual({ pass: true });
    expect(await wordListCheck.check('加微信代开发票', 'x')).toMatchObject({ pass: false });
  });

  it('stores images on disk and knows only ids it issued', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nx-store-'));
    const storage = new DiskStorage(dir);
    const id = storage.save(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'image/png');
    expect(id).toMatch(/^local:[a-f0-9]{32}\.png$/);
    expect(await storage.exists(id!)).toBe(true);
    expect(await storage.exists('local:../../secret.png')).toBe(false);
    expect(await storage.url(id!)).toBe(`/files/${id!.slice(6)}`);
    expect(storage.save(Buffer.from('hi'), 'text/html')).toBeNull();
    expect(storage.save(Buffer.from('<html>'), 'image/png')).toBeNull(); // the bytes must be what the type says
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
