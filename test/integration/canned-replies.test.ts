import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerRequest } from '../../src/conversations/index.ts';
import { auditEvents } from '../../src/audit/audit-tables.ts';
import { cannedReplies } from '../../src/inbox/macros/macro-tables.ts';
import { csrfFrom } from '../helpers/http-session.ts';
import { OTHER_AGENCY, OWN_AGENCY, startInboxApp } from '../helpers/inbox-app.ts';

let app: Awaited<ReturnType<typeof startInboxApp>>;
let procedureCase = 0;
beforeAll(async () => {
  app = await startInboxApp();
  const opened = await registerRequest(
    app.db,
    app.tracker,
    {
      channel: 'phone',
      receivedAt: app.clock.now(),
      name: 'Lê <b>Văn</b> C',
      contact: '0987 000 111',
      requesterType: 'citizen',
      taxCode: null,
      agencyId: OWN_AGENCY,
      procedureRef: 'P16',
      question: 'Cấp giấy phép bán lẻ rượu cần gì?',
      language: 'vi',
      actor: { kind: 'system' },
    },
    app.clock.now(),
  );
  procedureCase = opened.id;
});
afterAll(async () => {
  await app.close();
});

type Session = Awaited<ReturnType<typeof app.signIn>>;
async function add(session: Session, form: Record<string, string>) {
  const page = await session.get('/inbox/macros');
  return session.post('/inbox/macros', { _csrf: csrfFrom(page.text), ...form });
}
const idOf = async (title: string) => {
  const rows = await app.db.select().from(cannedReplies);
  const row = rows.find((candidate) => candidate.title === title);
  if (!row) throw new Error(`no canned reply ${title}`);
  return row.id;
};

describe('canned replies', () => {
  it('lets everyone keep their own, supervisors their agency’s, admins any agency’s; refuses the rest', async () => {
    const agent = await app.signIn('agent@hcc.vn');
    const supervisor = await app.signIn('sup@hcc.vn');
    const admin = await app.signIn('admin@tinh.vn');
    expect((await add(agent, { scope: 'personal', title: 'Chào riêng', body: 'Chào {tên}!' })).status).toBe(303);
    expect((await add(agent, { scope: OWN_AGENCY, title: 'Của agent', body: 'x' })).status).toBe(403);
    expect((await add(supervisor, { scope: OTHER_AGENCY, title: 'Sang cơ quan khác', body: 'x' })).status).toBe(403);
    const body = 'Kính gửi {tên}, hồ sơ {số hồ sơ} được trả lời trước {hạn}.\n{thủ tục}';
    expect((await add(supervisor, { scope: OWN_AGENCY, title: 'Tiếp nhận', body })).status).toBe(303);
    expect(
      (await add(admin, { scope: OTHER_AGENCY, title: 'Công thương', body: 'Sở Công Thương xin trả lời' })).status,
    ).toBe(303);
    expect((await add(agent, { scope: 'personal', title: '', body: 'x' })).status).toBe(400);
    expect((await add(agent, { scope: 'no-such-agency', title: 'a', body: 'x' })).status).toBe(400);

    // The agent sees the agency's set read-only: no edit form for it, and an edit is refused.
    const page = await agent.get('/inbox/macros');
    expect(page.text).toContain('Tiếp nhận');
    expect(page.text).not.toContain('Công thương');
    const agencyReply = await idOf('Tiếp nhận');
    expect(page.text).not.toContain(`action="/inbox/macros/${agencyReply}"`);
    const csrf = csrfFrom(page.text);
    expect((await agent.post(`/inbox/macros/${agencyReply}`, { _csrf: csrf, title: 'x', body: 'y' })).status).toBe(403);
    expect((await agent.post(`/inbox/macros/${agencyReply}/delete`, { _csrf: csrf })).status).toBe(403);
    // Someone else's personal reply is neither shown nor changeable, even by an admin.
    const personal = await idOf('Chào riêng');
    expect((await supervisor.get('/inbox/macros')).text).not.toContain('Chào riêng');
    const adminCsrf = csrfFrom((await admin.get('/inbox/macros')).text);
    expect((await admin.post(`/inbox/macros/${personal}/delete`, { _csrf: adminCsrf })).status).toBe(403);
    // Without the form's CSRF token nothing changes.
    expect((await agent.post(`/inbox/macros/${personal}/delete`, {})).status).toBe(403);
    expect(
      (await agent.post(`/inbox/macros/${personal}`, { _csrf: csrf, title: 'Chào', body: 'Chào {name}' })).status,
    ).toBe(303);
    expect((await app.db.select().from(cannedReplies)).map((row) => row.title).sort()).toEqual(
      ['Chào', 'Công thương', 'Tiếp nhận'].sort(),
    );
    // Who made, changed or deleted which reply is in the audit log; refused attempts are not.
    const agentId = app.staffIds['agent@hcc.vn'];
    const logged = async () =>
      (await app.db.select().from(auditEvents).orderBy(asc(auditEvents.id)))
        .filter((row) => row.action.startsWith('macro.'))
        .map((row) => ({ action: row.action, staffId: row.staffId, detail: row.detail }));
    await expect.poll(async () => (await logged()).length).toBe(4);
    expect(await logged()).toEqual([
      { action: 'macro.create', staffId: agentId, detail: { scope: 'personal' } },
      { action: 'macro.create', staffId: app.staffIds['sup@hcc.vn'], detail: { scope: OWN_AGENCY } },
      { action: 'macro.create', staffId: app.staffIds['admin@tinh.vn'], detail: { scope: OTHER_AGENCY } },
      { action: 'macro.change', staffId: agentId, detail: { macro: String(personal) } },
    ]);
  });

  it('offers on a case its agency’s replies and one’s own, filled for the case and escaped', async () => {
    const agent = await app.signIn('agent@hcc.vn');
    const page = await agent.get(`/inbox/cases/${procedureCase}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('id="macro"');
    // Filled in the person's language: their name (escaped), the case number, the deadline, the card of P16.
    expect(page.text).toMatch(
      /data-text="Kính gửi Lê &lt;b&gt;Văn&lt;\/b&gt; C, hồ sơ HD-\d{4}-\d+ được trả lời trước \d\d:\d\d \d\d\/\d\d\/\d{4}\.\n[^"]*P16/,
    );
    expect(page.text).toContain('>Của tôi · Chào</option>');
    expect(page.text).not.toContain('Công thương');
    // Without a script: choosing one reloads the page with it as the draft.
    const chosen = await agent.get(`/inbox/cases/${procedureCase}?macro=${await idOf('Tiếp nhận')}`);
    expect(chosen.text).toMatch(/<textarea id="reply"[^>]*>Kính gửi Lê &lt;b&gt;Văn&lt;\/b&gt; C, hồ sơ HD-/);
    // Another agency's reply is not inserted, whatever the address says.
    const foreign = await agent.get(`/inbox/cases/${procedureCase}?macro=${await idOf('Công thương')}`);
    expect(foreign.text).not.toContain('Sở Công Thương xin trả lời');
  });

  it('fills a placeholder with no value politely: no name, no procedure', async () => {
    const supervisor = await app.signIn('sup@hcc.vn');
    await add(supervisor, { scope: 'personal', title: 'Không tên', body: '[{procedure card}] {name}' });
    const page = await supervisor.get(`/inbox/cases/${app.cases.own}?macro=${await idOf('Không tên')}`);
    // The phone case has a name (Trần Thị B) and no procedure.
    expect(page.text).toMatch(/<textarea id="reply"[^>]*>\[\] Trần Thị B<\/textarea>/);
  });
});
