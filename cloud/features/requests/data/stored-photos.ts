import type { Ctx } from '../../../core/context';
import { invalid } from '../../../core/errors';

/** Photos are uploaded before the form is sent; refuse ids that name no stored file. */
export async function assertPhotosStored(ctx: Ctx, photos: readonly string[], field: string): Promise<void> {
  const found = await Promise.all(photos.map((p) => ctx.platform.storage.exists(p)));
  if (found.some((ok) => !ok)) throw invalid('有照片没有上传成功，请删除后重新添加', field);
}
