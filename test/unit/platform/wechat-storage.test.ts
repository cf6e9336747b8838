import { cloudStorage } from '../../../cloud/platform/wechat/storage';
import type { WxSdk } from '../../../cloud/platform/wechat/sdk';

/** An account deletion removes its photos from cloud storage: Cloud.deleteFile, at most 50 ids a call. */
describe('cloud storage removal', () => {
  function fake(failing: string[] = []) {
    const calls: string[][] = [];
    const sdk = {
      deleteFile: async ({ fileList }: { fileList: string[] }) => {
        calls.push(fileList);
        return { fileList: fileList.map((fileID) => ({ fileID, status: failing.includes(fileID) ? -1 : 0, errMsg: failing.includes(fileID) ? 'STORAGE_FILE_NONEXIST' : 'ok' })) };
      },
    } as unknown as WxSdk;
    return { storage: cloudStorage(() => sdk), calls };
  }
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `cloud://env-1.7465/requests/${i}.jpg`);

  it('deletes cloud files in batches of 50 and skips ids that are not cloud files', async () => {
    const { storage, calls } = fake();
    await storage.remove([...ids(120), 'local:abc.jpg']);
    expect(calls.map((c) => c.length)).toEqual([50, 50, 20]);
    expect(calls.flat()).toEqual(ids(120));
  });

  it('reports files the platform did not delete', async () => {
    const { storage } = fake([ids(3)[1]]);
    await expect(storage.remove(ids(3))).rejects.toThrow('deleteFile: 1 of 3 not deleted (STORAGE_FILE_NONEXIST)');
  });
});
