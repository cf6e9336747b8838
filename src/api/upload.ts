import Taro from '@tarojs/taro';
import { devOpenId } from './dev-identity';
import { ApiError, networkError } from '../lib/errors';

/**
 * Uploads a photo the person picked (Taro.chooseImage's temp path) and returns its file id for the API:
 * `cloud://…` via cloud storage in WeChat, `local:…` via the local host's /upload elsewhere.
 */
export async function uploadImage(tempPath: string): Promise<string> {
  if (NUANXIN_TRANSPORT === 'cloud') {
    const ext = /\.(png|gif|webp)$/i.exec(tempPath)?.[1]?.toLowerCase() ?? 'jpg';
    const cloudPath = `uploads/${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}.${ext}`;
    try {
      const res = await Taro.cloud.uploadFile({ cloudPath, filePath: tempPath });
      return res.fileID;
    } catch {
      throw networkError();
    }
  }
  const { body, type } = await readLocal(tempPath);
  let res: Taro.request.SuccessCallbackResult<{ ok: boolean; data?: { fileId: string }; error?: { message: string } }>;
  try {
    res = await Taro.request({
      url: `${NUANXIN_API_BASE}/upload`,
      method: 'POST',
      data: body,
      header: { 'content-type': type, 'X-Dev-OpenId': devOpenId() },
    });
  } catch {
    throw networkError();
  }
  if (!res.data?.ok || !res.data.data) throw new ApiError('INVALID_INPUT', res.data?.error?.message ?? '图片上传失败，请重试');
  return res.data.data.fileId;
}

async function readLocal(tempPath: string): Promise<{ body: ArrayBuffer; type: string }> {
  if (process.env.TARO_ENV === 'h5') {
    const blob = await (await fetch(tempPath)).blob();
    return { body: await blob.arrayBuffer(), type: blob.type || 'image/jpeg' };
  }
  const data = Taro.getFileSystemManager().readFileSync(tempPath) as ArrayBuffer;
  const ext = /\.(png|gif|webp)$/i.exec(tempPath)?.[1]?.toLowerCase();
  // The local host checks the bytes against the declared type: declare what the file is.
  return { body: data, type: ext ? `image/${ext}` : 'image/jpeg' };
}
