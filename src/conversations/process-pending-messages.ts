import { and, asc, eq, isNull } from 'drizzle-orm';
import { inboundContentSchema } from '../channel-schemas.ts';
import type { Db } from '../db/client.ts';
import { languageOf } from '../tracker/index.ts';
import type { Answerer } from '../kb/index.ts';
import type { TrackerContext } from '../tracker/index.ts';
import type { Logger } from '../logger.ts';
import { latestRequest, say, type ChatContext } from './chat-context.ts';
import { contacts, messages } from './conversation-tables.ts';
import { handleAction } from './handle-action.ts';
import { attachToRequest, handleText } from './handle-text.ts';
import { parseCommand } from './parse-command.ts';
import { translator } from '../i18n/index.ts';

export type ProcessDeps = { db: Db; answerer: Answerer; tracker: TrackerContext; logger: Logger; now: () => Date };

/**
 * Processes stored inbound messages, oldest first, each in one transaction with its replies and
 * tracker events: it commits all of them or none. Rows are claimed with SKIP LOCKED and the
 * contact row is locked, so several instances share the work and one person's messages are
 * handled in order. Returns how many were processed.
 */
export async function processPendingMessages(deps: ProcessDeps, limit = 100): Promise<number> {
  let processed = 0;
  while (processed < limit) {
    const claimed = await deps.db.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(messages)
        .where(and(eq(messages.direction, 'in'), isNull(messages.processedAt)))
        .orderBy(asc(messages.id))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!row) return null;
      const [contact] = await tx.select().from(contacts).where(eq(contacts.id, row.contactId)).for('update');
      if (!contact) throw new Error(`contact ${row.contactId} missing`);
      const at = deps.now();
      const context: ChatContext = {
        db: tx,
        answerer: deps.answerer,
        tracker: deps.tracker,
        contact,
        language: languageOf(contact.language),
        at,
        messageAt: row.sentAt,
      };
      try {
        await tx.transaction(async (inner) => handleStored({ ...context, db: inner }, row.id, row.data));
      } catch (error) {
        // A message the code cannot handle must not block the queue: it stays in the conversation, marked.
        deps.logger.error({ err: error, messageId: row.id }, 'inbound message failed');
        await tx
          .update(messages)
          .set({ processedAt: at, data: { failed: true, content: row.data } })
          .where(eq(messages.id, row.id));
        return row.id;
      }
      await tx.update(messages).set({ processedAt: at }).where(eq(messages.id, row.id));
      return row.id;
    });
    if (claimed === null) break;
    processed++;
  }
  return processed;
}

async function handleStored(context: ChatContext, messageId: number, data: unknown): Promise<void> {
  const parsed = inboundContentSchema.safeParse(data);
  if (!parsed.success) {
    await say(context, 'unsupported', { text: translator(context.language)('chat.attachment_unsupported') });
    return;
  }
  const content = parsed.data;
  if (content.type === 'action') return handleAction(context, messageId, content.action);
  if (content.type === 'text') {
    const command = parseCommand(content.text);
    if (command) return handleAction(context, messageId, command);
    return handleText(context, messageId, content.text);
  }
  const open = await latestRequest(context.db, context.contact.id, 'open');
  if (open) return attachToRequest(context, messageId, open, 'attachment');
  if (content.caption && content.caption.trim().length > 3) return handleText(context, messageId, content.caption);
  await say(context, 'unsupported', { text: translator(context.language)('chat.attachment_unsupported') });
}
