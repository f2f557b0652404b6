import { z } from 'zod';
import type { AttachmentKind, InboundContent, InboundMessage } from '../../src/channels.ts';

/** An event that carries nothing for the core: the reason names the event, for the log. */
export type ZaloIgnored = { ignored: string; malformed?: true };

/**
 * Turns one Zalo OA webhook event (already JSON-parsed, ideally by parseRawJson so ids stay exact)
 * into an InboundMessage, or says why it carries nothing. Never throws: an unknown or malformed
 * event is ignored with its name, because Zalo would only redeliver the same body.
 */
export function parseEvent(body: unknown): InboundMessage | ZaloIgnored {
  const envelope = z.object({ event_name: z.string() }).safeParse(body);
  if (!envelope.success) return { ignored: 'not a Zalo event: no event_name' };
  const eventName = envelope.data.event_name;

  if (eventName === 'follow') return parseFollow(body);
  if (eventName === 'user_send_text') return parseText(body);
  const kind = attachmentEvents.get(eventName);
  if (kind !== undefined) return parseAttachment(eventName, kind, body);
  return { ignored: ignoredEvents.get(eventName) ?? `${eventName}: not a message from a person` };
}

/** Ids are strings in the documented payloads; a safe integer is accepted and kept as its decimal string. */
const id = z.union([z.string().min(1), z.int().transform(String)]);
/** Milliseconds since the epoch, a string in the documented payloads. */
const timestamp = z.union([z.string().regex(/^\d+$/), z.int().nonnegative().transform(String)]);
const coordinate = z.union([z.string().min(1), z.number()]).transform(String);

const attachment = z.object({
  type: z.string().optional(),
  payload: z
    .object({
      url: z.string().optional(),
      thumbnail: z.string().optional(),
      id: id.optional(),
      name: z.string().optional(),
      // Shape seen in community code, not in Zalo's own docs: { coordinates: { latitude, longitude } }.
      coordinates: z.object({ latitude: coordinate, longitude: coordinate }).optional(),
    })
    .optional(),
});

const userMessageEvent = z.object({
  sender: z.object({ id }),
  message: z.object({ msg_id: id, text: z.string().optional(), attachments: z.array(attachment).optional() }),
  timestamp,
});

const followEvent = z.object({ follower: z.object({ id }), timestamp });

const attachmentEvents = new Map<string, AttachmentKind>([
  ['user_send_image', 'photo'],
  ['user_send_gif', 'photo'],
  ['user_send_file', 'file'],
  ['user_send_audio', 'voice'],
  ['user_send_video', 'video'],
  ['user_send_sticker', 'sticker'],
  ['user_send_location', 'location'],
  ['user_send_link', 'other'],
  ['user_send_business_card', 'other'],
]);

const ignoredEvents = new Map<string, string>([
  ['unfollow', 'unfollow: the person stopped following the OA'],
  ['user_received_message', 'user_received_message: delivery receipt for an OA message'],
  ['user_seen_message', 'user_seen_message: read receipt for an OA message'],
  // Anonymous chats are answered through a different API that the reference does not document.
  ['anonymous_send_text', 'anonymous_send_text: anonymous chats are not supported (no documented reply API)'],
]);

function parseText(body: unknown): InboundMessage | ZaloIgnored {
  const event = userMessageEvent.safeParse(body);
  if (!event.success) return malformed('user_send_text', event.error);
  const text = event.data.message.text?.trim();
  if (!text) return { ignored: 'user_send_text: empty text' };
  return toMessage(event.data, { type: 'text', text });
}

function parseAttachment(eventName: string, kind: AttachmentKind, body: unknown): InboundMessage | ZaloIgnored {
  const event = userMessageEvent.safeParse(body);
  if (!event.success) return malformed(eventName, event.error);
  // An event carries one message; when Zalo lists several attachments the first one is referenced.
  const first = event.data.message.attachments?.[0]?.payload;
  const coordinates = first?.coordinates;
  const reference = coordinates
    ? `geo:${coordinates.latitude},${coordinates.longitude}`
    : (first?.url ?? first?.thumbnail ?? first?.id);
  const caption = event.data.message.text?.trim() || first?.name;
  const content: InboundContent = { type: 'attachment', kind };
  if (caption) content.caption = caption;
  if (reference) content.reference = reference;
  if (first?.name) content.name = first.name;
  return toMessage(event.data, content);
}

function parseFollow(body: unknown): InboundMessage | ZaloIgnored {
  const event = followEvent.safeParse(body);
  if (!event.success) return malformed('follow', event.error);
  const { follower, timestamp: sentAt } = event.data;
  return {
    channel: 'zalo',
    // A follow has no msg_id; the follower and the moment identify it, so a redelivery maps to the same id.
    channelMessageId: `follow:${follower.id}:${sentAt}`,
    address: follower.id,
    sentAt: new Date(Number(sentAt)),
    content: { type: 'action', action: { type: 'start' } },
  };
}

function toMessage(event: z.infer<typeof userMessageEvent>, content: InboundContent): InboundMessage {
  return {
    channel: 'zalo',
    channelMessageId: event.message.msg_id,
    address: event.sender.id,
    sentAt: new Date(Number(event.timestamp)),
    content,
  };
}

function malformed(eventName: string, error: z.ZodError): ZaloIgnored {
  const problems = error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
  return { ignored: `${eventName}: malformed (${problems})`, malformed: true };
}
