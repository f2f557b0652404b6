import { z } from 'zod';
import { actionSchema } from '../../src/channel-schemas.ts';
import type { InboundMessage } from '../../src/channels.ts';

export const MAX_TEXT = 2000;

const chatPostSchema = z
  .object(
    {
      // Made by the page for each message and reused when it retries: the same message is stored once.
      clientId: z.uuid({ error: 'expected a UUID made by the page for this message' }),
      text: z
        .string({ error: 'expected a string' })
        .trim()
        .min(1, 'expected a message')
        .max(MAX_TEXT, `expected at most ${MAX_TEXT} characters`)
        .optional(),
      action: actionSchema.optional(),
      /** The page's language: the core's first guess for a new person. */
      lang: z.enum(['vi', 'en']).optional(),
    },
    { error: 'expected a JSON object' },
  )
  .refine((post) => (post.text === undefined) !== (post.action === undefined), {
    error: 'expected exactly one of text or action',
  });

export type ChatPost = z.infer<typeof chatPostSchema>;

/** Reads a POST /chat/api/messages body; problems are "field: what was expected", for a 400. */
export function parseChatPost(body: unknown): { ok: true; post: ChatPost } | { ok: false; problems: string[] } {
  const parsed = chatPostSchema.safeParse(body);
  if (parsed.success) return { ok: true, post: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`),
  };
}

/** A file the page sent (POST /chat/api/files), already checked: what it is and its name. */
type FilePost = { clientId: string; lang?: 'vi' | 'en'; file: { kind: 'photo' | 'file'; name: string } };

/** The post as the core's InboundMessage; the id joins the address so one person cannot replay another's. */
export function toInboundMessage(address: string, post: ChatPost | FilePost, sentAt: Date): InboundMessage {
  const content: InboundMessage['content'] =
    'file' in post
      ? { type: 'attachment', kind: post.file.kind, ...(post.file.name ? { name: post.file.name } : {}) }
      : post.action
        ? { type: 'action', action: post.action }
        : { type: 'text', text: post.text ?? '' };
  return {
    channel: 'web',
    channelMessageId: `${address}:${post.clientId}`,
    address,
    sentAt,
    content,
    ...(post.lang ? { languageHint: post.lang } : {}),
  };
}
