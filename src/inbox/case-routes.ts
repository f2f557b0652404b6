import { and, desc, eq } from 'drizzle-orm';
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { messages } from '../conversations/index.ts';
import { publishedAnswers } from '../kb-store/kb-store-tables.ts';
import { listLearnedExamples } from '../kb-store/list-learned-examples.ts';
import { teachQuestion } from '../kb-store/teach-question.ts';
import { detectLanguage, type Procedure } from '../kb/index.ts';
import {
  assignRequest,
  closeRequest,
  recordActivityOn,
  recordStaffAnswer,
  reopenRequest,
  setProcedure,
  setRequesterType,
  StaleCaseError,
  transferRequest,
  type Actor,
  type RequestRow,
} from '../tracker/index.ts';
import { renderCasePage } from './case-page.ts';
import { fillMacros } from './macros/fill-macros.ts';
import { loadPersonHistory } from './history/person-history.ts';
import { addTags, normalizeTag, parseTags, removeTag, tagsInUse, tagsOf } from './tags/case-tags.ts';
import { html } from '../html.ts';
import { findVisibleCase } from './find-visible-case.ts';
import { canSeeAgency, type InboxDeps, type PageContext } from './inbox-context.ts';
import { listAgencyStaff, loadCase } from './load-case.ts';
import { removePersonalData } from './remove-personal-data.ts';
import { renderPage } from './render-page.ts';
import { checkReplyFile, keepReplyFile } from './reply-file.ts';
import { uploadOf } from './parse-upload.ts';
import { isChatChannel } from '../channels.ts';

const text = z.object({ text: z.string().trim().min(1).max(8000) });
/**
 * A reply: the turn the page showed (a page that missed a turn is refused), whether it is the final
 * answer, and how it was passed on for a case not taken by chat. Its text may be empty when a file
 * goes with it.
 */
const replyForm = z.object({
  text: z.string().trim().max(8000),
  turn: z.coerce.number().int().min(0).optional(),
  final: z.enum(['yes']).optional(),
  delivery: z.enum(['phone', 'email', 'letter', 'in_person']).optional(),
  /** The procedure card the reply was written from (its id), when staff inserted one. */
  card: z.string().max(200).optional(),
});
const teachForm = z.object({ text: z.string().trim().min(5).max(2000) });

/** The case page and its actions. Every route checks that the staff member may see the case's agency. */
export function caseRoutes(deps: InboxDeps): Router {
  const router = express.Router();
  const { db } = deps;

  const authorized = (req: Request, res: Response) => findVisibleCase(deps, req, res, 'page');
  const back = (res: Response, request: RequestRow, notice: string) =>
    res.redirect(303, `/inbox/cases/${request.id}?notice=${encodeURIComponent(notice)}`);
  const bad = (res: Response, context: PageContext, message: string) =>
    res
      .status(400)
      .send(
        renderPage(
          context,
          message,
          html`<p class="warn" role="alert">${message}</p><p><a href="javascript:history.back()">←</a></p>`,
        ),
      );

  const procedureById = (id: unknown): Procedure | undefined =>
    typeof id === 'string' ? deps.answerer.kb.procedures.find((procedure) => procedure.id === id) : undefined;
  /**
   * The procedure the bot may learn a handed-off case's question for: the case's, once staff
   * answered it (a reply, a procedure card, an answer saved to the knowledge base). Null otherwise.
   */
  const teachable = async (request: RequestRow): Promise<Procedure | null> => {
    if (request.handedOffAt === null || request.procedureRef === null) return null;
    const procedure = deps.answerer.kb.procedures.find((candidate) => candidate.ref === request.procedureRef);
    if (!procedure) return null;
    if (request.firstHumanReplyAt !== null) return procedure;
    const saved = await db
      .select({ id: publishedAnswers.id })
      .from(publishedAnswers)
      .where(eq(publishedAnswers.requestId, request.id))
      .limit(1);
    return saved.length > 0 ? procedure : null;
  };

  /** The case page; `draft` and `notice` carry a refused reply back to the person who wrote it. */
  async function showCase(
    res: Response,
    found: { context: PageContext; request: RequestRow },
    options: {
      draft?: string;
      notice?: string | null;
      warning?: string;
      status?: number;
      card?: string;
      macro?: number;
    },
  ): Promise<void> {
    const view = await loadCase(db, found.request.id);
    if (!view) return;
    const card = options.card ? deps.answerer.show(options.card, found.context.language) : null;
    const macros = await fillMacros(deps, found.context.staff.id, view);
    const macro = macros.find((candidate) => candidate.id === options.macro);
    const teach = await teachable(view.request);
    const taught = teach ? await listLearnedExamples(db, { agencyId: null, requestId: view.request.id }) : [];
    res.status(options.status ?? 200).send(
      renderCasePage(deps, found.context, view, {
        colleagues: await listAgencyStaff(db, view.request.agencyId),
        agencies: deps.answerer.kb.agencies,
        calendar: await deps.tracker.calendar.current(db),
        draft: options.draft ?? macro?.text ?? card?.text ?? '',
        macros,
        history: await loadPersonHistory(db, view.request),
        card: card?.kind === 'procedure' ? card.id : null,
        tags: (await tagsOf(db, [view.request.id])).get(view.request.id) ?? [],
        knownTags: await tagsInUse(db, [view.request.agencyId]),
        notice: options.notice ?? null,
        warning: options.warning ?? null,
        teach: teach
          ? {
              procedure: teach,
              text: removePersonalData(view.request.subject, [view.request.requesterName]),
              taught: taught.filter((example) => example.procedureRef === teach.ref).map((example) => example.text),
            }
          : null,
      }),
    );
  }

  /** Runs a tracker command for this staff member in one transaction; a stale page gets the case back with its draft. */
  async function act(
    req: Request,
    res: Response,
    command: (tx: Db, found: { context: PageContext; request: RequestRow }, actor: Actor) => Promise<unknown>,
    notice: string,
  ): Promise<void> {
    const found = await authorized(req, res);
    if (!found) return;
    const actor: Actor = { kind: 'staff', staffId: found.context.staff.id };
    try {
      await db.transaction((tx) => command(tx, found, actor));
    } catch (error) {
      if (!(error instanceof StaleCaseError)) throw error;
      const draft = typeof req.body?.text === 'string' ? req.body.text : '';
      const warning = found.context.t('stale_reply');
      return showCase(res, { ...found, request: error.request }, { draft, warning, status: 409 });
    }
    back(res, found.request, notice);
  }

  router.get('/cases/:id', async (req, res) => {
    const found = await authorized(req, res);
    if (!found) return;
    const notice =
      typeof req.query.notice === 'string'
        ? found.context.t(`notice_${req.query.notice}`, { defaultValue: '' }) || null
        : null;
    await showCase(res, found, {
      notice,
      card: typeof req.query.card === 'string' ? req.query.card : undefined,
      macro: typeof req.query.macro === 'string' ? Number(req.query.macro) : undefined,
    });
  });

  router.post('/cases/:id/reply', async (req, res) => {
    const found = await authorized(req, res);
    if (!found) return;
    const parsed = replyForm.safeParse(req.body);
    const upload = uploadOf(res);
    if (!parsed.success || (parsed.data.text === '' && !upload))
      return bad(res, found.context, found.context.t('invalid_text'));
    const { text: words, turn, final, delivery, card } = parsed.data;
    const procedure = procedureById(card);
    if (card && !procedure) return bad(res, found.context, found.context.t('invalid_procedure'));
    const file = upload ? checkReplyFile(deps, found.context, found.request.channel, upload) : null;
    if (file && !file.ok) return bad(res, found.context, file.problem);
    await act(
      req,
      res,
      async (tx, _found, actor) => {
        // Stored in the reply's transaction: a reply refused (a stale page) keeps no file.
        const attachment = file?.ok ? await keepReplyFile(tx, found.request, file) : undefined;
        const answered = await recordStaffAnswer(tx, deps.tracker, {
          attachment,
          requestId: found.request.id,
          staffId: found.context.staff.id,
          at: deps.now(),
          words,
          expectedTurn: turn,
          final: final === 'yes',
          delivery: isChatChannel(found.request.channel) ? undefined : (delivery ?? 'manual'),
          card: procedure?.ref,
        });
        // Answered with a procedure's card: the case is about that procedure.
        if (procedure)
          await setProcedure(tx, deps.tracker, {
            request: answered.request,
            procedureRef: procedure.ref,
            agencyId: null,
            at: deps.now(),
            actor,
          });
      },
      final === 'yes' ? 'replied_closed' : 'replied',
    );
  });

  router.post('/cases/:id/note', async (req, res) => {
    const found = await authorized(req, res);
    if (!found) return;
    const parsed = text.safeParse(req.body);
    if (!parsed.success) return bad(res, found.context, found.context.t('invalid_text'));
    await act(
      req,
      res,
      (tx, _found, actor) =>
        recordActivityOn(tx, deps.tracker, {
          requestId: found.request.id,
          type: 'note',
          actor,
          at: deps.now(),
          words: parsed.data.text,
        }),
      'noted',
    );
  });

  router.post('/cases/:id/assign', async (req, res) => {
    const found = await authorized(req, res);
    if (!found) return;
    const assignee = typeof req.body?.assignee === 'string' && req.body.assignee !== '' ? req.body.assignee : null;
    const colleagues = await listAgencyStaff(db, found.request.agencyId);
    if (assignee && !colleagues.some((colleague) => colleague.id === assignee)) {
      return bad(res, found.context, found.context.t('invalid_assignee'));
    }
    await act(
      req,
      res,
      (tx, _found, actor) =>
        assignRequest(tx, deps.tracker, { requestId: found.request.id, assigneeId: assignee, at: deps.now(), actor }),
      'assigned',
    );
  });

  router.post('/cases/:id/transfer', async (req, res) => {
    const found = await authorized(req, res);
    if (!found) return;
    const agency = deps.answerer.kb.agencies.find((candidate) => candidate.id === req.body?.agency);
    if (!agency) return bad(res, found.context, found.context.t('invalid_agency'));
    if (agency.id === found.request.agencyId) return back(res, found.request, 'unchanged');
    // The clock keeps running: the deadline stays where the first message put it.
    await db.transaction((tx) =>
      transferRequest(tx, deps.tracker, {
        requestId: found.request.id,
        agencyId: agency.id,
        at: deps.now(),
        actor: { kind: 'staff', staffId: found.context.staff.id },
      }),
    );
    res.redirect(
      303,
      canSeeAgency(found.context.staff, agency.id)
        ? `/inbox/cases/${found.request.id}?notice=transferred`
        : '/inbox?notice=transferred',
    );
  });

  router.post('/cases/:id/procedure', async (req, res) => {
    const found = await authorized(req, res);
    if (!found) return;
    const procedure = procedureById(req.body?.procedure);
    if (!procedure) return bad(res, found.context, found.context.t('invalid_procedure'));
    // Once with staff the agency stays (moving it is a transfer): agencyId null.
    await act(
      req,
      res,
      (tx, current, actor) =>
        setProcedure(tx, deps.tracker, {
          request: current.request,
          procedureRef: procedure.ref,
          agencyId: null,
          at: deps.now(),
          actor,
        }),
      'saved',
    );
  });

  /**
   * Teaches the bot the case's question (personal data removed, as staff reviewed it) as an
   * example of the case's procedure: stored for every instance, learnt here at once.
   */
  router.post('/cases/:id/teach', async (req, res) => {
    const found = await authorized(req, res);
    if (!found) return;
    const { t } = found.context;
    const procedure = await teachable(found.request);
    if (!procedure) return bad(res, found.context, t('cannot_teach'));
    const parsed = teachForm.safeParse(req.body);
    if (!parsed.success) return bad(res, found.context, t('invalid_text'));
    const text = removePersonalData(parsed.data.text, [found.request.requesterName]);
    const row = await teachQuestion(db, {
      procedureRef: procedure.ref,
      text,
      language: detectLanguage(text, found.request.language === 'en' ? 'en' : 'vi'),
      staffId: found.context.staff.id,
      requestId: found.request.id,
      at: deps.now(),
    });
    deps.answerer.learn({ id: row.id, procedureRef: row.procedureRef, text: row.text });
    back(res, found.request, 'taught');
  });

  router.post('/cases/:id/requester', async (req, res) => {
    const found = await authorized(req, res);
    if (!found) return;
    const parsed = z
      .object({
        requesterType: z.enum(['citizen', 'business']),
        taxCode: z
          .string()
          .trim()
          .regex(/^(\d{10}(-\d{3})?)?$/),
      })
      .safeParse(req.body);
    if (!parsed.success) return bad(res, found.context, found.context.t('invalid_tax_code'));
    await act(
      req,
      res,
      (tx, _found, actor) =>
        setRequesterType(tx, deps.tracker, {
          requestId: found.request.id,
          requesterType: parsed.data.requesterType,
          taxCode: parsed.data.taxCode || null,
          at: deps.now(),
          actor,
        }),
      'saved',
    );
  });

  router.post('/cases/:id/close', (req, res) =>
    act(
      req,
      res,
      (tx, found, actor) => closeRequest(tx, deps.tracker, { requestId: found.request.id, at: deps.now(), actor }),
      'closed',
    ),
  );

  router.post('/cases/:id/reopen', (req, res) =>
    act(
      req,
      res,
      (tx, found, actor) => reopenRequest(tx, deps.tracker, { requestId: found.request.id, at: deps.now(), actor }),
      'reopened',
    ),
  );

  router.post('/cases/:id/tag', async (req, res) => {
    const found = await authorized(req, res);
    if (!found) return;
    const tags = typeof req.body?.tag === 'string' ? parseTags(req.body.tag.slice(0, 400)) : [];
    if (tags.length === 0) return bad(res, found.context, found.context.t('tags.invalid'));
    const added = await addTags(db, { requestId: found.request.id, tags, by: found.context.staff.id, at: deps.now() });
    back(res, found.request, added > 0 ? 'tagged' : 'unchanged');
  });

  router.post('/cases/:id/untag', async (req, res) => {
    const found = await authorized(req, res);
    if (!found) return;
    const tag = typeof req.body?.tag === 'string' ? normalizeTag(req.body.tag) : null;
    if (tag) await removeTag(db, found.request.id, tag);
    back(res, found.request, 'untagged');
  });

  router.get('/cases/:id/publish', async (req, res) => {
    const found = await authorized(req, res);
    if (!found) return;
    const { t, csrf } = found.context;
    const [lastReply] = await db
      .select()
      .from(messages)
      .where(and(eq(messages.requestId, found.request.id), eq(messages.author, 'staff'), eq(messages.direction, 'out')))
      .orderBy(desc(messages.id))
      .limit(1);
    const names = [found.request.requesterName];
    const body = html`<h1>${t('publish')}</h1><p class="meta">${t('publish_hint')}</p>
<form method="post" action="/inbox/cases/${found.request.id}/publish" class="card"><input type="hidden" name="_csrf" value="${csrf}">
<label for="q">${t('question')}</label><textarea id="q" name="question" required maxlength="2000">${removePersonalData(found.request.subject, names)}</textarea>
<label for="a">${t('answer')}</label><textarea id="a" name="answer" required maxlength="8000">${removePersonalData(lastReply?.text ?? '', names)}</textarea>
<p><button>${t('publish_button')}</button> <a href="/inbox/cases/${found.request.id}">${t('cancel')}</a></p></form>`;
    res.send(renderPage(found.context, t('publish'), body));
  });

  router.post('/cases/:id/publish', async (req, res) => {
    const found = await authorized(req, res);
    if (!found) return;
    const parsed = z
      .object({ question: z.string().trim().min(5).max(2000), answer: z.string().trim().min(5).max(8000) })
      .safeParse(req.body);
    if (!parsed.success) return bad(res, found.context, found.context.t('invalid_text'));
    const [entry] = await db
      .insert(publishedAnswers)
      .values({
        ...parsed.data,
        agencyId: found.request.agencyId,
        procedureRef: found.request.procedureRef,
        requestId: found.request.id,
        publishedBy: found.context.staff.id,
        publishedAt: deps.now(),
      })
      .returning();
    if (entry)
      deps.publishAnswer({
        id: entry.id,
        question: entry.question,
        answer: entry.answer,
        agencyId: entry.agencyId,
        procedureRef: entry.procedureRef,
      });
    back(res, found.request, 'published');
  });
  return router;
}
