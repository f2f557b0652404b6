import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/audit/audit-tables.ts';
import { createChatCore, type ChatCore } from '../../src/conversations/index.ts';
import type { Answerer } from '../../src/kb/index.ts';
import { learnedExamples } from '../../src/kb-store/kb-store-tables.ts';
import { requestEvents, requests } from '../../src/tracker/index.ts';
import { csrfFrom } from '../helpers/http-session.ts';
import { startInboxApp } from '../helpers/inbox-app.ts';
import { loadTrackerFixture, silentLogger } from '../helpers/tracker-fixture.ts';

// The bot learns from the inbox: a question it handed off, answered by staff with a procedure
// card, is taught (personal data removed) and the next person asking it is answered at once.
let app: Awaited<ReturnType<typeof startInboxApp>>;
let answerer: Answerer;
let core: ChatCore;
beforeAll(async () => {
  app = await startInboxApp();
  const fixture = await loadTrackerFixture();
  answerer = fixture.answerer;
  core = createChatCore({
    db: app.db,
    answerer,
    tracker: fixture.tracker,
    logger: silentLogger,
    now: app.clock.now,
  });
});
afterAll(async () => {
  await app.close();
});

// Said in words none of the work permit's names or examples use: handed off until taught.
const QUESTION = 'sếp mới của công ty tôi từ Berlin sang, cần loại giấy nào thì mới được nhận lương ở đây';
const HOSTILE = `Tôi là Nguyễn Văn An, sđt 0912 345 678, email an@vidu.vn. <script>alert("x")</script> ${QUESTION}`;

let sequence = 0;
/** The person writes on the web chat; returns the request their message is on. */
async function ask(address: string, text: string) {
  sequence++;
  app.clock.advanceHours(0.01);
  await core.receive({
    channel: 'web',
    channelMessageId: `web:${address}:${sequence}`,
    address,
    sentAt: app.clock.now(),
    content: { type: 'text', text },
  });
  await core.drain();
  const [request] = await app.db.select().from(requests).where(eq(requests.replyAddress, address));
  if (!request) throw new Error(`no request for ${address}`);
  return request;
}

describe('teaching the bot from the inbox', () => {
  it('makes a handed-off question answered with the procedure staff answered it with', async () => {
    const handedOff = await ask('person-1', HOSTILE);
    expect(handedOff.handedOffAt).not.toBeNull();
    const agent = await app.signIn('agent@hcc.vn');
    const casePath = `/inbox/cases/${handedOff.id}`;

    // Not before staff answered it with a procedure.
    let page = await agent.get(casePath);
    expect(page.text).not.toContain(`${casePath}/teach`);
    expect((await agent.post(`${casePath}/teach`, { _csrf: csrfFrom(page.text), text: QUESTION })).status).toBe(400);

    // The agent inserts the work permit's card and sends it: the case is now about P01.
    const permit = answerer.kb.procedures.find((procedure) => procedure.ref === 'P01');
    if (!permit) throw new Error('no P01');
    page = await agent.get(`${casePath}?card=${permit.id}`);
    expect(page.text).toContain(`name="card" value="${permit.id}"`);
    const turn = /name="turn" value="(\d+)"/.exec(page.text)?.[1] ?? '';
    const replied = await agent.post(`${casePath}/reply`, {
      _csrf: csrfFrom(page.text),
      turn,
      card: permit.id,
      text: answerer.show(permit.id)?.text ?? '',
    });
    expect(replied.status).toBe(303);
    const [answered] = await app.db.select().from(requests).where(eq(requests.id, handedOff.id));
    expect(answered?.procedureRef).toBe('P01');
    const reply = await app.db
      .select()
      .from(requestEvents)
      .where(and(eq(requestEvents.requestId, handedOff.id), eq(requestEvents.type, 'staff_reply')));
    expect(reply[0]?.data).toMatchObject({ card: 'P01' });

    // The page offers the click, with the question's personal data masked and its markup escaped.
    page = await agent.get(casePath);
    expect(page.text).toContain(`${casePath}/teach`);
    const offered = /<textarea id="teach" name="text"[^>]*>([^<]*)<\/textarea>/.exec(page.text)?.[1] ?? '';
    expect(offered).toContain('&lt;script&gt;');
    for (const personal of ['Nguyễn Văn An', '0912 345 678', 'an@vidu.vn']) expect(offered).not.toContain(personal);
    expect(page.text).not.toContain('<script>alert');

    // Before: another person asking the same is handed off too.
    expect((await ask('person-2', QUESTION)).handedOffAt).not.toBeNull();
    // Taught, even when staff left personal data in the text (they took the markup out): it is
    // masked again on the server.
    const taught = await agent.post(`${casePath}/teach`, {
      _csrf: csrfFrom(page.text),
      text: HOSTILE.replace('<script>alert("x")</script> ', ''),
    });
    expect(taught).toMatchObject({ status: 303, location: `${casePath}?notice=taught` });
    const [row] = await app.db.select().from(learnedExamples).where(eq(learnedExamples.requestId, handedOff.id));
    expect(row).toMatchObject({ procedureRef: 'P01', language: 'vi', staffId: app.staffIds['agent@hcc.vn'] });
    for (const personal of ['Nguyễn Văn An', '0912 345 678', 'an@vidu.vn']) expect(row?.text).not.toContain(personal);

    // After: answered by the bot with the work permit, at once, on this instance.
    const next = await ask('person-3', QUESTION);
    expect(next).toMatchObject({ handedOffAt: null, firstAnswerBy: 'bot', procedureRef: 'P01' });
    expect((await agent.get(casePath)).text).toContain('từ Berlin sang');

    const audit = await app.db.select().from(auditEvents).where(eq(auditEvents.action, 'case.teach'));
    expect(audit).toMatchObject([{ requestId: handedOff.id, staffId: app.staffIds['agent@hcc.vn'] }]);

    // The month's report counts it: handed off, then answered with a procedure the bot had.
    const report = await (await app.signIn('admin@tinh.vn')).get('/inbox/reports?period=2026-11');
    const headers = [...(/<thead>(.*?)<\/thead>/.exec(report.text)?.[1] ?? '').matchAll(/<th>(.*?)<\/th>/g)].map(
      (match) => match[1],
    );
    const totalRow = /<tr><th scope="row">Tổng<\/th>(.*?)<\/tr>/.exec(report.text)?.[1] ?? '';
    const cells = [...totalRow.matchAll(/<td>(.*?)<\/td>/g)].map((match) => match[1]);
    const cell = (header: string) => cells[headers.indexOf(header) - 1];
    // The fixture's two phone cases, person-1's and person-2's.
    expect(cell('Chuyển cán bộ')).toBe('4');
    expect(cell('Trong đó trả lời bằng thủ tục bot đã có')).toBe('1');
  });

  it('lists taught questions to supervisors and admins, escaped, and lets them remove one', async () => {
    const [row] = await app.db.select().from(learnedExamples).orderBy(asc(learnedExamples.createdAt));
    if (!row?.requestId) throw new Error('nothing taught');
    const agent = await app.signIn('agent@hcc.vn');
    const casePage = await agent.get(`/inbox/cases/${row.requestId}`);
    const hostile = await agent.post(`/inbox/cases/${row.requestId}/teach`, {
      _csrf: csrfFrom(casePage.text),
      text: '<script>alert("x")</script> giấy phép cho sếp',
    });
    expect(hostile.status).toBe(303);
    expect((await agent.get('/inbox/learned')).status).toBe(403);
    const agentPage = await agent.get('/inbox');
    const refused = await agent.post(`/inbox/learned/${row.id}/remove`, { _csrf: csrfFrom(agentPage.text) });
    expect(refused.status).toBe(403);

    const supervisor = await app.signIn('sup@hcc.vn');
    const list = await supervisor.get('/inbox/learned');
    expect(list.status).toBe(200);
    expect(list.text).toContain('từ Berlin sang');
    expect(list.text).toContain('&lt;script&gt;');
    expect(list.text).not.toContain('<script>alert');
    const admin = await app.signIn('admin@tinh.vn');
    expect((await admin.get('/inbox/learned')).text).toContain(`/inbox/learned/${row.id}/remove`);
    // Another agency's supervisor would see only their cases' questions: an unknown id is a 404.
    const missing = await supervisor.post('/inbox/learned/00000000-0000-4000-8000-000000000000/remove', {
      _csrf: csrfFrom(list.text),
    });
    expect(missing.status).toBe(404);

    const removed = await supervisor.post(`/inbox/learned/${row.id}/remove`, { _csrf: csrfFrom(list.text) });
    expect(removed).toMatchObject({ status: 303, location: '/inbox/learned?notice=removed' });
    expect((await supervisor.get('/inbox/learned')).text).not.toContain('từ Berlin sang');
    const [marked] = await app.db.select().from(learnedExamples).where(eq(learnedExamples.id, row.id));
    expect(marked).toMatchObject({ removedBy: app.staffIds['sup@hcc.vn'] });
    expect(marked?.removedAt).not.toBeNull();
    // Forgotten at once: the question is handed off again.
    expect((await ask('person-4', QUESTION)).handedOffAt).not.toBeNull();
    const audit = await app.db.select().from(auditEvents).where(eq(auditEvents.action, 'learned.remove'));
    expect(audit).toMatchObject([{ staffId: app.staffIds['sup@hcc.vn'], detail: { example: row.id } }]);
  });

  it('refuses without the form token', async () => {
    const agent = await app.signIn('agent@hcc.vn');
    const [request] = await app.db.select().from(requests).orderBy(asc(requests.id));
    const refused = await agent.post(`/inbox/cases/${request?.id}/teach`, { text: QUESTION });
    expect(refused.status).toBe(403);
  });
});
