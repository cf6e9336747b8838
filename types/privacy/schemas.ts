import * as v from 'valibot';
import { input, labelled } from '../schema';

/** The person confirmed, after reading what deletion does: the flag is the contract's half of that confirmation. */
export const DeleteAccountInput = input({
  confirm: labelled('注销账号', v.literal(true, '请先确认注销账号')),
});
