import { Composer, type Context } from 'telegraf';
import type { Message } from 'telegraf/types';
import type { AttachmentKind } from '../../../src/channels.ts';
import { stripBotMention } from '../strip-bot-mention.ts';
import type { FeatureDeps } from './feature-deps.ts';

type Attachment = { kind: AttachmentKind; reference?: string; name?: string };

/**
 * Photos, files, voice, video, stickers, locations: an attachment with its caption and a
 * reference staff can fetch (the file_id, or `geo:<lat>,<lon>` for a place). The file itself
 * is fetched later, in the background (src/attachments).
 */
export function createNonTextMessageFeature({ receive }: FeatureDeps): Composer<Context> {
  const feature = new Composer<Context>();
  feature.on('message', async (ctx, next) => {
    const attachment = readAttachment(ctx.message);
    if (!attachment) return next();
    const caption = 'caption' in ctx.message && ctx.message.caption ? stripBotMention(ctx.message.caption, ctx.me) : '';
    await receive(
      { kind: 'message', message: ctx.message },
      {
        type: 'attachment',
        kind: attachment.kind,
        ...(caption ? { caption } : {}),
        ...(attachment.reference ? { reference: attachment.reference } : {}),
        ...(attachment.name ? { name: attachment.name } : {}),
      },
    );
  });
  return feature;
}

function readAttachment(message: Message): Attachment | undefined {
  // Telegram lists a photo's sizes smallest first; the last is the one worth looking at.
  if ('photo' in message) return { kind: 'photo', reference: message.photo.at(-1)?.file_id };
  // An animation (GIF) also carries `document`, so it is checked first.
  if ('animation' in message) return { kind: 'video', reference: message.animation.file_id };
  if ('document' in message)
    return { kind: 'file', reference: message.document.file_id, name: message.document.file_name };
  if ('voice' in message) return { kind: 'voice', reference: message.voice.file_id };
  if ('audio' in message) return { kind: 'file', reference: message.audio.file_id };
  if ('video' in message) return { kind: 'video', reference: message.video.file_id };
  if ('video_note' in message) return { kind: 'video', reference: message.video_note.file_id };
  if ('sticker' in message) return { kind: 'sticker', reference: message.sticker.file_id };
  if ('location' in message)
    return { kind: 'location', reference: `geo:${message.location.latitude},${message.location.longitude}` };
  if ('contact' in message) return { kind: 'other' };
  return undefined;
}
