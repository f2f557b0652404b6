import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { and, count, desc, eq, gt, isNull, max } from 'drizzle-orm';
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { html } from '../html.ts';
import { openEventStream, sendCaseSignal, type CaseSignal } from '../live/index.ts';
import { requestEvents, requests, type RequestRow } from '../tracker/index.ts';
import { renderCaseLive } from './case-page.ts';
import { joinCase, leaveCase, listViewers, markTyping, renewPresence } from './case-presence.ts';
import { findVisibleCase } from './find-visible-case.ts';
import { canSeeAgency, pageContext, type InboxDeps, type PageContext } from './inbox-context.ts';
import { notifications, staff } from './inbox-tables.ts';
import { loadCase } from './load-case.ts';
import { SESSION_COOKIE } from './login-routes.ts';
import { findSession, type StaffMember } from './staff-sessions.ts';

/** The inbox pages' script for live updates, presence and alerts (plain JavaScript, no build step). */
export const LIVE_JS = readFileSync(new URL('./assets/live.js', import.meta.url), 'utf8');

/** The events after which a staff member may have a new notification to raise. */
const NOTICE_KINDS = new Set(['handoff', 'transfer', 'assignment', 'warning', 'breach']);

/**
 * What keeps inbox pages current without a reload: one event stream per page (the queue's, or a
 * case page's with who else has it open), the case's changing parts as an HTML fragment rendered
 * by the page's own functions, "typing" from the reply box, and the opt-in to browser alerts.
 * A stream carries only what the staff member may see: cases of their agency (admins: all), and
 * their own notifications.
 */
export function liveRoutes(deps: InboxDeps): Router {
  const router = express.Router();
  const { db } = deps;

  const visibleCase = (req: Request, res: Response) => findVisibleCase(deps, req, res, 'text');

  router.get('/live', async (req, res) => {
    await stream(req, res, pageContext(req, res), null);
  });

  router.get('/cases/:id/stream', async (req, res) => {
    const found = await visibleCase(req, res);
    if (found) await stream(req, res, found.context, found.request);
  });

  /** The parts of a case page that change (conversation, history, details) and its turn. */
  router.get('/cases/:id/fragment', async (req, res) => {
    const found = await visibleCase(req, res);
    if (!found) return;
    const view = await loadCase(db, found.request.id);
    if (!view) return;
    const parts = renderCaseLive(deps, found.context, view, await deps.tracker.calendar.current(db));
    res
      .type('text/html')
      .send(
        html`<div id="case-fragment" data-turn="${view.request.turn}" data-status="${view.request.status}">${parts.conversation}${parts.history}${parts.details}</div>`
          .value,
      );
  });

  router.post('/cases/:id/typing', async (req, res) => {
    const found = await visibleCase(req, res);
    if (!found) return;
    if (await markTyping(db, found.request.id, found.context.staff.id))
      await sendCaseSignal(db, { kind: 'presence', caseId: found.request.id, agencyId: found.request.agencyId });
    res.status(204).end();
  });

  router.post('/notifications/alerts', async (req, res) => {
    const context = pageContext(req, res);
    const parsed = z.object({ alerts: z.enum(['on', 'off']) }).safeParse(req.body);
    if (!parsed.success) {
      res.status(400).type('text/plain').send(context.t('invalid_text'));
      return;
    }
    await db
      .update(staff)
      .set({ alerts: parsed.data.alerts === 'on' })
      .where(eq(staff.id, context.staff.id));
    res.redirect(303, `/inbox/notifications?notice=alerts_${parsed.data.alerts}`);
  });

  /**
   * One page's stream. Signals from the hub are filtered by the staff member's agency; the work
   * for each runs in order, so a page never sees an older state after a newer one. Every heartbeat
   * renews the page's presence and checks the session again (signed out, deactivated, moved to
   * another agency: the stream ends).
   */
  async function stream(req: Request, res: Response, context: PageContext, request: RequestRow | null) {
    const hub = deps.live;
    if (!hub) {
      // No live updates on this instance: 204 tells EventSource not to reconnect.
      res.status(204).end();
      return;
    }
    let me: StaffMember = context.staff;
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    const connectionId = randomUUID();
    let work: Promise<void> = Promise.resolve();
    const later = (task: () => Promise<void>) => {
      work = work.then(task).catch((error: unknown) => deps.logger.error({ err: error }, 'live update failed'));
    };
    let caseAgency = request?.agencyId ?? null;
    const events = openEventStream(req, res, {
      onHeartbeat: () =>
        later(async () => {
          const session = typeof token === 'string' ? await findSession(db, token, deps.now()) : null;
          const [current] = request
            ? await db.select({ agencyId: requests.agencyId }).from(requests).where(eq(requests.id, request.id))
            : [];
          caseAgency = current?.agencyId ?? caseAgency;
          if (!session || (caseAgency !== null && !canSeeAgency(session.staff, caseAgency))) {
            res.end();
            return;
          }
          me = session.staff;
          if (request) await renewPresence(db, connectionId);
        }),
    });
    // Listening before anything is read, so no change falls between the two; the page compares the
    // case's last event with the one it was rendered with, and catches up when they differ.
    let lastNotice = 0;
    later(async () => {
      const [last] = await db
        .select({ id: notifications.id })
        .from(notifications)
        .where(eq(notifications.staffId, me.id))
        .orderBy(desc(notifications.id))
        .limit(1);
      lastNotice = last?.id ?? 0;
      const [version] = request
        ? await db
            .select({ id: max(requestEvents.id) })
            .from(requestEvents)
            .where(eq(requestEvents.requestId, request.id))
        : [];
      events.send('hello', {
        unread: await unreadCount(me.id),
        alerts: me.alerts,
        case: request?.id ?? null,
        caseVersion: version?.id ?? null,
      });
    });

    const sendNotices = async () => {
      const fresh = await db
        .select({
          id: notifications.id,
          kind: notifications.kind,
          text: notifications.text,
          caseId: notifications.requestId,
        })
        .from(notifications)
        .where(and(eq(notifications.staffId, me.id), gt(notifications.id, lastNotice)))
        .orderBy(notifications.id)
        .limit(20);
      if (fresh.length === 0) return;
      lastNotice = fresh[fresh.length - 1]?.id ?? lastNotice;
      const unread = await unreadCount(me.id);
      for (const notice of fresh) events.send('notice', { ...notice, unread });
    };
    const sendPresence = async () => {
      if (!request) return;
      const viewers = await listViewers(db, request.id);
      events.send(
        'presence',
        viewers.filter((viewer) => viewer.staffId !== me.id).map(({ name, typing }) => ({ name, typing })),
      );
    };
    const unsubscribe = hub.onCase((signal: CaseSignal | 'resync' | 'closing') => {
      if (signal === 'closing') {
        res.end();
        return;
      }
      later(async () => {
        if (signal === 'resync') {
          events.send('resync', {});
          await sendPresence();
          await sendNotices();
          return;
        }
        const visible =
          canSeeAgency(me, signal.agencyId) ||
          (signal.fromAgencyId !== undefined && canSeeAgency(me, signal.fromAgencyId));
        if (!visible) return;
        if (signal.kind === 'presence') {
          if (signal.caseId === request?.id) await sendPresence();
          return;
        }
        events.send('case', { id: signal.caseId, kind: signal.kind });
        if (NOTICE_KINDS.has(signal.kind)) await sendNotices();
      });
    });
    events.onClose(() => {
      unsubscribe();
      if (request)
        later(async () => {
          await leaveCase(db, connectionId);
          await sendCaseSignal(db, { kind: 'presence', caseId: request.id, agencyId: request.agencyId });
        });
    });
    if (request && !events.closed) {
      later(async () => {
        await joinCase(db, { connectionId, requestId: request.id, staffId: me.id });
        await sendCaseSignal(db, { kind: 'presence', caseId: request.id, agencyId: request.agencyId });
      });
    }
  }

  async function unreadCount(staffId: string): Promise<number> {
    const [row] = await db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.staffId, staffId), isNull(notifications.readAt)));
    return row?.n ?? 0;
  }

  return router;
}
