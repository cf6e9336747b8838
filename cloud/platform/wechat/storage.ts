import type { FileStorage } from '../types';
import type { WxSdk } from './sdk';

/** Cloud storage: the client uploads with wx.cloud.uploadFile and sends the `cloud://` file id. */
export function cloudStorage(sdk: () => WxSdk): FileStorage {
  return {
    async exists(fileId) {
      return /^cloud:\/\/[\w.-]+\/.+/.test(fileId);
    },
    async url(fileId) {
      const res = await sdk().getTempFileURL({ fileList: [fileId] });
      return res.fileList[0]?.tempFileURL ?? '';
    },
  };
}
