import type { MediaCheck } from '../types';
import type { WxSdk } from './sdk';

/** media_type 2: an image. */
const MEDIA_IMAGE = 2;
/** Scene 2 = comment (评论): residents' own content shown to others, as for their text. */
const SCENE_COMMENT = 2;

/**
 * security.mediaCheckAsync v2 (permission `security.mediaCheckAsync` in config.json). WeChat fetches the photo from a
 * temporary URL of the cloud file and pushes its verdict to the function (message push, event wxa_media_check).
 * A submission WeChat refused holds the photo for a worker to look at.
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html
 */
export function mediaCheckAsync(sdk: () => WxSdk): MediaCheck {
  return {
    async submit(fileId, openid) {
      try {
        const urls = await sdk().getTempFileURL({ fileList: [fileId] });
        const mediaUrl = urls.fileList[0]?.tempFileURL;
        if (!mediaUrl) return { verdict: { pass: false, label: '图片安全检测未能取得照片' } };
        const res = await sdk().openapi.security.mediaCheckAsync?.({ mediaUrl, mediaType: MEDIA_IMAGE, version: 2, openid, scene: SCENE_COMMENT });
        if (!res) return { verdict: { pass: false, label: '图片安全检测不可用' } };
        if (res.errCode || !res.traceId) return { verdict: { pass: false, label: `图片安全检测未能提交（${res.errCode ?? '无任务号'}）` } };
        return { traceId: res.traceId };
      } catch (err) {
        return { verdict: { pass: false, label: `图片安全检测未能提交：${(err as Error).message}` } };
      }
    },
  };
}
