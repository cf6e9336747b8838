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
    async remove(fileIds) {
      const ids = fileIds.filter((id) => id.startsWith('cloud://'));
      // Cloud.deleteFile takes at most 50 ids a call.
      for (let i = 0; i < ids.length; i += 50) {
        const res = await sdk().deleteFile!({ fileList: ids.slice(i, i + 50) });
        const failed = res.fileList.filter((f) => f.status !== 0);
        if (failed.length > 0) throw new Error(`deleteFile: ${failed.length} of ${ids.length} not deleted (${failed[0].errMsg ?? failed[0].status})`);
      }
    },
  };
}
