import { checkAttachment, cleanFileName, storeOutboundFile, type CheckedAttachment } from '../attachments/index.ts';
import type { OutboundAttachment } from '../channels.ts';
import type { Db } from '../db/client.ts';
import type { RequestRow } from '../tracker/index.ts';
import type { InboxDeps, PageContext } from './inbox-context.ts';
import type { Upload } from './parse-upload.ts';

export type ReplyFile =
  | { ok: true; upload: Upload; checked: Extract<CheckedAttachment, { ok: true }>; byAddress: boolean }
  | { ok: false; problem: string };

/**
 * A file staff attached to a reply, checked like what people send (its bytes, not its name) and
 * against what the case's channel can carry; the problem is said in staff's words.
 */
export function checkReplyFile(
  deps: Pick<InboxDeps, 'files'>,
  context: PageContext,
  channel: string,
  upload: Upload,
): ReplyFile {
  const { t } = context;
  const sending = deps.files?.sending[channel];
  if (!deps.files || !sending) return { ok: false, problem: t('file_not_sendable') };
  const maxBytes = Math.min(deps.files.maxBytes, sending.maxBytes);
  const checked = checkAttachment(upload.bytes, maxBytes);
  if (!checked.ok) {
    const maxMb = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
    return { ok: false, problem: checked.reason === 'too_large' ? t('file_too_large', { maxMb }) : t('file_type') };
  }
  if (!sending.types.includes(checked.mimeType)) {
    const types = sending.types.map((type) => type.split('/')[1]?.toUpperCase() ?? type).join(', ');
    return { ok: false, problem: t('file_type_channel', { types }) };
  }
  return { ok: true, upload, checked, byAddress: sending.byAddress === true };
}

/** Stores the checked file for the reply, in the reply's transaction; what the outbox will send. */
export async function keepReplyFile(
  tx: Db,
  request: RequestRow,
  file: Extract<ReplyFile, { ok: true }>,
): Promise<OutboundAttachment> {
  const name = cleanFileName(file.upload.name, `file.${file.checked.extension}`);
  const stored = await storeOutboundFile(tx, {
    contactId: request.contactId,
    requestId: request.id,
    channel: request.channel,
    bytes: file.upload.bytes,
    checked: file.checked,
    name,
    publicAddress: file.byAddress,
  });
  return { id: stored.id, kind: file.checked.kind, mimeType: file.checked.mimeType, name };
}
