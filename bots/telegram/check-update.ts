import type { Update } from 'telegraf/types';
import { z } from 'zod';
import { cleanStrings } from '../../src/clean-text.ts';

// The parts of an update the features read, checked before telegraf sees it: telegraf throws on
// an update with nothing but update_id, and the features would on a message without a chat or a
// text that is not a string. Everything else passes through as Telegram sent it.
const user = z.looseObject({ id: z.int(), first_name: z.string(), last_name: z.string().optional() });
const message = z.looseObject({
  message_id: z.int(),
  date: z.int(),
  chat: z.looseObject({ id: z.int() }),
  from: user.optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
});
const updateSchema = z.looseObject({
  update_id: z.int(),
  message: message.optional(),
  edited_message: message.extend({ edit_date: z.int() }).optional(),
  callback_query: z
    .looseObject({
      id: z.string().min(1),
      from: user,
      data: z.string().optional(),
      message: z.looseObject({ chat: z.looseObject({ id: z.int() }) }).optional(),
    })
    .optional(),
});

/**
 * A Telegram update cleaned (NUL and lone surrogates) and checked, or the reason it cannot be
 * used ("message.chat: …"), for the update to be set aside and acknowledged.
 */
export function checkUpdate(raw: unknown): { ok: true; update: Update } | { ok: false; reason: string } {
  const update: unknown = cleanStrings(raw);
  const parsed = updateSchema.safeParse(update);
  if (!parsed.success) {
    const reason = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'update'}: ${issue.message}`);
    return { ok: false, reason: reason.join('; ') };
  }
  if (Object.keys(parsed.data).every((key) => key === 'update_id'))
    return { ok: false, reason: 'update: nothing but update_id' };
  return isUpdate(update) ? { ok: true, update } : { ok: false, reason: 'update: unreadable' };
}

// What the schema accepted is an update telegraf can route; Update's many variants have no zod twin.
function isUpdate(value: unknown): value is Update {
  return updateSchema.safeParse(value).success;
}
