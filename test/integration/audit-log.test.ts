import { desc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/audit/audit-tables.ts';
import { csrfFrom, httpSession } from '../helpers/http-session.ts';
import { startInboxApp } from '../helpers/inbox-app.ts';

let app: Awaited<ReturnType<typeof startInboxApp>>;
beforeAll(async () => {
  app = await startInboxApp();
});
afterAll(async () => {
  await app.close();
});

const actions = async () =>
  (await app.db.select().from(auditEvents).orderBy(desc(auditEvents.id))).map((row) => ({
    action: row.action,
    staffId: row.staffId,
    requestId: row.requestId,
    targetStaffId: row.targetStaffId,
    detail: row.detail,
  }));

describe('audit log of staff actions', () => {
  it('records sign-ins, failed sign-ins, case reads and changes, and admin changes to accounts', async () => {
    const visitor = httpSession(app.base);
    const page = await visitor.get('/inbox/login');
    await visitor.post('/inbox/login', { _csrf: csrfFrom(page.text), email: 'agent@hcc.vn', password: 'wrong one' });
    const agent = await app.signIn('agent@hcc.vn');
    expect((await agent.get(`/inbox/cases/${app.cases.own}`)).status).toBe(200);
    expect((await agent.get(`/inbox/cases/${app.cases.other}`)).status).toBe(403); // refused: not a read
    const csrf = csrfFrom((await agent.get('/inbox/login')).text);
    expect((await agent.post(`/inbox/cases/${app.cases.own}/close`, { _csrf: csrf })).status).toBe(303);

    const admin = await app.signIn('admin@tinh.vn');
    const spare = app.staffIds['spare@hcc.vn'];
    const adminCsrf = csrfFrom((await admin.get('/inbox/admin')).text);
    expect((await admin.post(`/inbox/admin/staff/${spare}/active`, { _csrf: adminCsrf, active: '0' })).status).toBe(
      303,
    );

    // Entries are appended once each response has gone out.
    await expect.poll(async () => (await actions()).length).toBe(6);
    const agentId = app.staffIds['agent@hcc.vn'];
    const adminId = app.staffIds['admin@tinh.vn'];
    expect((await actions()).reverse()).toEqual([
      { action: 'sign_in_failed', staffId: agentId, requestId: null, targetStaffId: null, detail: null },
      { action: 'sign_in', staffId: agentId, requestId: null, targetStaffId: null, detail: null },
      { action: 'case.read', staffId: agentId, requestId: app.cases.own, targetStaffId: null, detail: null },
      { action: 'case.close', staffId: agentId, requestId: app.cases.own, targetStaffId: null, detail: null },
      { action: 'sign_in', staffId: adminId, requestId: null, targetStaffId: null, detail: null },
      {
        action: 'admin.staff.active',
        staffId: adminId,
        requestId: null,
        targetStaffId: spare,
        detail: { active: '0' },
      },
    ]);

    const listed = await admin.get('/inbox/admin/audit');
    expect(listed.status).toBe(200);
    expect(listed.text).toContain('admin.staff.active');
    expect((await agent.get('/inbox/admin/audit')).status).toBe(403);
  });

  it('is append-only: the database refuses to change or delete an entry', async () => {
    await expect(app.db.execute(sql`update audit_events set action = 'nothing'`)).rejects.toThrow();
    await expect(app.db.execute(sql`delete from audit_events`)).rejects.toThrow();
    expect((await actions()).length).toBeGreaterThan(0);
  });
});
