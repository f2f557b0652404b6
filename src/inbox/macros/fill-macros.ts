import type { InboxDeps } from '../inbox-context.ts';
import type { CaseView } from '../load-case.ts';
import { listCannedReplies } from './canned-replies.ts';
import { fillPlaceholders } from './fill-placeholders.ts';
import { placeholderValues } from './placeholder-values.ts';
import type { FilledMacro } from './render-macro-picker.ts';

/** The canned replies a staff member may insert on this case (its agency's and their own), filled for it. */
export async function fillMacros(
  deps: Pick<InboxDeps, 'db' | 'answerer'>,
  staffId: string,
  view: CaseView,
): Promise<FilledMacro[]> {
  const replies = await listCannedReplies(deps.db, { staffId, agencyId: view.request.agencyId });
  if (replies.length === 0) return [];
  const values = placeholderValues(deps, view);
  return replies.map((reply) => ({
    id: reply.id,
    title: reply.title,
    text: fillPlaceholders(reply.body, values),
    personal: reply.ownerId !== null,
  }));
}
