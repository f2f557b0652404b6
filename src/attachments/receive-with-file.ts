import type { ChannelCore, InboundFile, InboundMessage } from '../channels.ts';
import { receiveMessage, type ChatCore } from '../conversations/index.ts';
import type { Db } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import { checkAttachment, cleanFileName } from './check-attachment.ts';
import { storeInboundFile } from './store-attachment.ts';

/**
 * The chat core as channels see it, taking a message's file too (the web chat's upload): the
 * message and its file are stored in one transaction — neither without the other — and processed
 * like any message (a file joining a case is then shown there). A file the channel should have
 * refused (its type by its bytes) is refused here again and nothing is stored.
 */
export function receiveWithFiles(db: Db, core: ChatCore, logger: Logger): ChannelCore {
  return {
    async receive(message: InboundMessage, file?: InboundFile) {
      if (!file) return core.receive(message);
      const checked = checkAttachment(file.bytes, Number.MAX_SAFE_INTEGER);
      if (!checked.ok) throw new Error(`a file of a type not allowed reached the core (${checked.reason})`);
      const name = cleanFileName(file.name, `file.${checked.extension}`);
      const stored = await db.transaction(async (tx) => {
        const received = await receiveMessage(tx, message);
        if (received.messageId === null) return { duplicate: true };
        const attachmentId = await storeInboundFile(tx, {
          messageId: received.messageId,
          bytes: file.bytes,
          checked,
          name,
        });
        return { duplicate: false, attachmentId };
      });
      if (!stored.duplicate)
        core.drain().catch((error: unknown) => logger.error({ err: error }, 'processing inbound messages failed'));
      return stored;
    },
  };
}
