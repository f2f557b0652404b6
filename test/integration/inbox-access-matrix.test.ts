import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfFrom, httpSession } from '../helpers/http-session.ts';
import { startInboxApp } from '../helpers/inbox-app.ts';

// The authorisation matrix of the staff inbox, generated from the router itself: every route
// found in the express router stack × anonymous / agent / supervisor / admin × a case (or staff
// member) of their own agency / of another agency, with the status each must get. A route added
// without a rule here fails the first test; a rule for a route that no longer exists fails it too.

type Role = 'agent' | 'supervisor' | 'admin';
type Rule = {
  /** Who may use it; 'public' routes answer everyone alike (sign-in page, stylesheet). */
  roles: Role[] | 'public';
  /** The status an allowed caller gets with the form below (chosen so that nothing is left half-done). */
  ok: number;
  form?: Record<string, string> | ((cell: string) => Record<string, string>);
  /** Agents and supervisors may touch their own agency's only; admins every agency's. */
  scoped?: boolean;
  /** Ends the session: run with a session of its own. */
  endsSession?: boolean;
  /** An event stream: only its status is read. */
  stream?: boolean;
};
const everyone: Role[] = ['agent', 'supervisor', 'admin'];

const RULES: Record<string, Rule> = {
  'GET /static/inbox.css': { roles: 'public', ok: 200 },
  'GET /static/keys.js': { roles: 'public', ok: 200 },
  'GET /static/live.js': { roles: 'public', ok: 200 },
  'GET /login': { roles: 'public', ok: 200 },
  // A wrong password for an account of its own per cell (the sign-in throttle counts per account).
  'POST /login': { roles: 'public', ok: 303, form: (cell) => ({ email: `${cell}@nowhere.vn`, password: 'wrong' }) },
  'POST /logout': { roles: 'public', ok: 303, endsSession: true },
  'GET /': { roles: everyone, ok: 200 },
  'GET /notifications': { roles: everyone, ok: 200 },
  'POST /notifications/alerts': { roles: everyone, ok: 400, form: { alerts: 'maybe' } },
  'GET /live': { roles: everyone, ok: 200, stream: true },
  'GET /cases/:id/stream': { roles: everyone, ok: 200, scoped: true, stream: true },
  'GET /cases/:id/fragment': { roles: everyone, ok: 200, scoped: true },
  'POST /cases/:id/typing': { roles: everyone, ok: 204, scoped: true },
  'GET /cases/:id': { roles: everyone, ok: 200, scoped: true },
  'POST /cases/:id/reply': { roles: everyone, ok: 400, form: { text: '' }, scoped: true },
  'POST /cases/:id/note': { roles: everyone, ok: 400, form: { text: '' }, scoped: true },
  'POST /cases/:id/assign': { roles: everyone, ok: 400, form: { assignee: 'nobody' }, scoped: true },
  'POST /cases/:id/transfer': { roles: everyone, ok: 400, form: { agency: 'nowhere' }, scoped: true },
  'POST /cases/:id/procedure': { roles: everyone, ok: 400, form: { procedure: 'no-such-procedure' }, scoped: true },
  // The fixture's cases were never handed off by the bot nor answered: nothing to teach yet.
  'POST /cases/:id/teach': { roles: everyone, ok: 400, form: { text: 'một câu hỏi' }, scoped: true },
  'POST /cases/:id/requester': { roles: everyone, ok: 400, form: { requesterType: 'alien' }, scoped: true },
  'POST /cases/:id/close': { roles: everyone, ok: 303, scoped: true },
  'POST /cases/:id/reopen': { roles: everyone, ok: 303, scoped: true },
  'POST /cases/:id/tag': { roles: everyone, ok: 400, form: { tag: '' }, scoped: true },
  'POST /cases/:id/untag': { roles: everyone, ok: 303, form: { tag: 'none' }, scoped: true },
  // No file has the id ':file': found the case (or refused it), then no such file.
  'GET /cases/:id/attachments/:file': { roles: everyone, ok: 404, scoped: true },
  'GET /cases/:id/publish': { roles: everyone, ok: 200, scoped: true },
  'POST /cases/:id/publish': { roles: everyone, ok: 400, form: { question: '' }, scoped: true },
  'GET /macros': { roles: everyone, ok: 200 },
  'POST /macros': { roles: everyone, ok: 400, form: { scope: 'personal', title: '' } },
  // No canned reply has these ids: refused before anything is looked up for a wrong form, 404 after.
  'POST /macros/:id': { roles: everyone, ok: 400, form: { title: '' } },
  'POST /macros/:id/delete': { roles: everyone, ok: 404 },
  'GET /next': { roles: everyone, ok: 303 },
  'POST /bulk': { roles: everyone, ok: 400, form: { action: 'explode', ids: '1' } },
  'GET /intake': { roles: everyone, ok: 200 },
  'POST /intake': { roles: everyone, ok: 400, form: { channel: 'pigeon' } },
  'GET /reports.csv': { roles: ['supervisor', 'admin'], ok: 200 },
  'GET /reports': { roles: ['supervisor', 'admin'], ok: 200 },
  'GET /learned': { roles: ['supervisor', 'admin'], ok: 200 },
  // A case's number where a taught question's id belongs: none such, nothing removed.
  'POST /learned/:id/remove': { roles: ['supervisor', 'admin'], ok: 404 },
  'GET /admin': { roles: ['admin'], ok: 200 },
  'POST /admin/staff': { roles: ['admin'], ok: 400, form: { email: 'not an email' } },
  'POST /admin/staff/:id/active': { roles: ['admin'], ok: 303, form: { active: '1' } },
  'POST /admin/sla': { roles: ['admin'], ok: 400, form: { agency: '*' } },
  'POST /admin/sla/delete': { roles: ['admin'], ok: 303, form: { agency: 'no-such-agency' } },
  'GET /admin/holidays': { roles: ['admin'], ok: 200 },
  'GET /admin/holidays/read-file.js': { roles: ['admin'], ok: 200 },
  // A make-up day on a Monday, a date that is none, an empty file, a year out of range: refused, nothing stored.
  'POST /admin/holidays/add': {
    roles: ['admin'],
    ok: 400,
    form: { year: '2027', date: '2027-03-01', kind: 'working', name: 'x' },
  },
  'POST /admin/holidays/remove': { roles: ['admin'], ok: 400, form: { date: 'not-a-date' } },
  'POST /admin/holidays/import': { roles: ['admin'], ok: 400, form: { year: '2027', file: '' } },
  'POST /admin/holidays/confirm': { roles: ['admin'], ok: 400, form: { year: '1999' } },
  'GET /admin/audit': { roles: ['admin'], ok: 200 },
  'GET /admin/zalo': { roles: ['admin'], ok: 200 },
  'POST /admin/zalo/connect': { roles: ['admin'], ok: 303 },
  'GET /admin/zalo/callback': { roles: ['admin'], ok: 400 },
};

type Layer = { route?: { path: string; methods: Record<string, boolean> }; handle?: { stack?: Layer[] } };

/** "METHOD /path" of every route in an express router, nested routers included. */
function routesOf(stack: Layer[]): string[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      const { path, methods } = layer.route;
      return Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`);
    }
    return layer.handle?.stack ? routesOf(layer.handle.stack) : [];
  });
}

let app: Awaited<ReturnType<typeof startInboxApp>>;
beforeAll(async () => {
  app = await startInboxApp();
});
afterAll(async () => {
  await app.close();
});

describe('inbox authorisation matrix', () => {
  it('has a rule for every route in the router, and no rule for a route that does not exist', () => {
    const stack: unknown = Reflect.get(app.inbox, 'stack');
    const routes = routesOf(Array.isArray(stack) ? stack : []);
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.filter((route) => !(route in RULES))).toEqual([]);
    expect(Object.keys(RULES).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('answers each role and agency with the expected status on every route', async () => {
    const stack: unknown = Reflect.get(app.inbox, 'stack');
    const emails: Record<Role, string> = { agent: 'agent@hcc.vn', supervisor: 'sup@hcc.vn', admin: 'admin@tinh.vn' };
    const sessions = new Map<Role, Awaited<ReturnType<typeof app.signIn>>>();
    for (const role of everyone) sessions.set(role, await app.signIn(emails[role]));
    const ids = {
      own: { case: app.cases.own, staff: app.staffIds['spare@hcc.vn'] ?? '' },
      other: { case: app.cases.other, staff: app.staffIds['spare@congthuong.vn'] ?? '' },
    };
    const mismatches: string[] = [];
    let cells = 0;
    for (const route of routesOf(Array.isArray(stack) ? stack : [])) {
      const rule = RULES[route];
      if (!rule) continue;
      const [method, path = ''] = route.split(' ');
      for (const agency of ['own', 'other'] as const) {
        const url = `/inbox${path === '/' ? '' : path}`.replace(
          ':id',
          String(path.startsWith('/admin/staff') ? ids[agency].staff : ids[agency].case),
        );
        for (const who of ['anonymous', ...everyone] as const) {
          let expected = rule.ok;
          if (rule.roles !== 'public') {
            if (who === 'anonymous')
              expected = method === 'GET' ? 303 : 401; // with a valid form token
            else if (!rule.roles.includes(who)) expected = 403;
            else if (rule.scoped && agency === 'other' && who !== 'admin') expected = 403;
          }
          const session =
            who === 'anonymous'
              ? httpSession(app.base)
              : rule.endsSession
                ? await app.signIn(emails[who])
                : sessions.get(who);
          if (!session) throw new Error(`no session for ${who}`);
          let status: number;
          if (method === 'GET') {
            status = rule.stream ? (await session.open(url)).status : (await session.get(url)).status;
          } else {
            const page = await session.get('/inbox/login');
            const extra = typeof rule.form === 'function' ? rule.form(`${who}-${agency}`) : rule.form;
            const form = { _csrf: csrfFrom(page.text), ...extra };
            status = (await session.post(url, form)).status;
          }
          cells++;
          if (status !== expected)
            mismatches.push(`${who} ${agency}: ${method} ${url} → ${status}, expected ${expected}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(cells).toBe(Object.keys(RULES).length * 2 * 4);
  }, 180_000); // some 230 requests, each a page: slow on a busy 2-core machine
});
