import { z } from 'zod';
import type { Action, InboundContent, OutboundMessage } from './channels.ts';

// Stored inbound content is read back through this schema: a row written by an older version
// or a channel bug becomes a polite reply, never a crash.
const language = z.enum(['vi', 'en']);
export const actionSchema: z.ZodType<Action> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), payload: z.string().max(64).optional() }),
  z.object({ type: z.literal('help') }),
  z.object({ type: z.literal('language'), language: language.optional() }),
  z.object({ type: z.literal('person') }),
  z.object({ type: z.literal('my_cases') }),
  z.object({ type: z.literal('choose'), id: z.string().min(1).max(200) }),
  z.object({ type: z.literal('confirm'), yes: z.boolean() }),
  z.object({ type: z.literal('requester'), business: z.boolean() }),
  z.object({ type: z.literal('feedback'), helpful: z.boolean() }),
  z.object({
    type: z.literal('rate'),
    score: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  }),
]);

export const inboundContentSchema: z.ZodType<InboundContent> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('action'), action: actionSchema }),
  z.object({
    type: z.literal('attachment'),
    kind: z.enum(['photo', 'file', 'voice', 'video', 'sticker', 'location', 'other']),
    caption: z.string().optional(),
    reference: z.string().optional(),
    name: z.string().optional(),
  }),
]);

/** Outbox payloads are read back through this schema before they are sent. */
export const outboundMessageSchema: z.ZodType<OutboundMessage> = z.object({
  text: z.string(),
  buttons: z.array(z.object({ label: z.string(), action: actionSchema })).optional(),
  attachment: z
    .object({ id: z.number().int(), kind: z.enum(['photo', 'file']), mimeType: z.string(), name: z.string() })
    .optional(),
});
