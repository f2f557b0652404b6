import { isLanguage, translator } from '../../i18n/index.ts';
import { formatTime } from '../../tracker/index.ts';
import type { InboxDeps } from '../inbox-context.ts';
import type { CaseView } from '../load-case.ts';
import type { PlaceholderValues } from './fill-placeholders.ts';

/**
 * What the placeholders mean on this case, in the language the person writes in (the reply goes to
 * them): the case number, the deadline, the name they gave (or a polite form of address), and the
 * card of the case's procedure (empty when none is set).
 */
export function placeholderValues(deps: Pick<InboxDeps, 'answerer'>, view: CaseView): PlaceholderValues {
  const { request, contact } = view;
  const language = isLanguage(request.language) ? request.language : 'vi';
  const t = translator(language, 'inbox');
  const procedure = deps.answerer.kb.procedures.find((candidate) => candidate.ref === request.procedureRef);
  return {
    caseNumber: request.caseNumber,
    deadline: request.dueAt ? formatTime(request.dueAt, language) : t('macros.no_deadline'),
    name: request.requesterName ?? contact?.displayName ?? t('macros.no_name'),
    procedureCard: procedure ? (deps.answerer.show(procedure.id, language)?.text ?? '') : '',
  };
}
