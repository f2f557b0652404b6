import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { vietnamMonth } from '../vietnam-time.ts';
import { recordEvent, type Actor } from './record-event.ts';
import { requests } from './tracker-tables.ts';

export type RequestRow = typeof requests.$inferSelect;

export type OpenRequestInput = {
  contactId: string;
  channel: string;
  replyAddress: string | null;
  language: string;
  requesterType: 'citizen' | 'business';
  requesterName?: string | null;
  taxCode?: string | null;
  agencyId: string;
  procedureRef?: string | null;
  subject: string;
  /** The person's first message: the clock starts here and never restarts. */
  openedAt: Date;
  actor?: Actor;
};

/** Opens a request with a short case number people can type: HD-<yymm>-<sequence>. */
export async function openRequest(db: Db, input: OpenRequestInput): Promise<RequestRow> {
  const [inserted] = await db
    .insert(requests)
    .values({
      // The case number needs the id: a unique placeholder first, the real number right after.
      caseNumber: `pending-${randomUUID()}`,
      contactId: input.contactId,
      channel: input.channel,
      replyAddress: input.replyAddress,
      language: input.language,
      requesterType: input.requesterType,
      requesterName: input.requesterName ?? null,
      taxCode: input.taxCode ?? null,
      agencyId: input.agencyId,
      procedureRef: input.procedureRef ?? null,
      subject: input.subject.slice(0, 500),
      status: 'bot',
      openedAt: input.openedAt,
    })
    .returning({ id: requests.id });
  if (!inserted) throw new Error('request insert returned nothing');
  const month = vietnamMonth(input.openedAt);
  const [row] = await db
    .update(requests)
    .set({ caseNumber: `HD-${month.slice(2, 4)}${month.slice(5, 7)}-${inserted.id}` })
    .where(eq(requests.id, inserted.id))
    .returning();
  if (!row) throw new Error('request vanished after insert');
  await recordEvent(db, row.id, 'received', input.actor ?? { kind: 'person' }, input.openedAt, {
    channel: input.channel,
  });
  return row;
}
