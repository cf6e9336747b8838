import type { Db } from '../../db/tx';
import type { Ctx } from '../../core/context';
import { invalid } from '../../core/errors';

/**
 * 「使用微信手机号」: the code of `<Button open-type="getPhoneNumber">` is exchanged on the server (phonenumber.getPhoneNumber
 * in the cloud). Outside WeChat there is nothing to exchange and the resident types the number.
 */
export async function contactPhone(_db: Db, ctx: Ctx, input: { code: string }): Promise<{ phone: string }> {
  const phone = await ctx.platform.phoneNumber.fromCode(input.code);
  if (!phone) throw invalid('没能获取微信绑定的手机号，请手动填写', 'code');
  return { phone };
}
