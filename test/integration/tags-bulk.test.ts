import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/audit/audit-tables.ts';
import { registerRequest } from '../../src/conversations/index.ts';
import { caseTags } from '../../src/inbox/tags/tag-tables.ts';
import { normalizeTag, parseTags } from '../../src/inbox/tags/case-tags.ts';
import { requestEvents, requests } from '../../src/tracker/index.ts';
import { csrfFrom } from '../helpers/http-session.ts';
import { OTHER_AGENCY, OWN_AGENCY, startInboxApp } from '../helpers/inbox-app.ts';

let app: Awaited<ReturnType<typeof startInboxApp>>;
const more: number[] = [];
beforeAll(async () => {
  app = await startInboxApp();
  for (const n of [1, 2]) {
    const request = await registerRequest(
      app.db,
      app.tracker,
      {
        channel: 'phone',
        receivedAt: app.clock.now(),
        name: `Người ${n}`,
        contact: `0900 111 00${n}`,
        requesterType: 'citizen',
        taxCode: null,
        agencyId: OWN_AGENCY,
        procedureRef: null,
        question: `Câu hỏi số ${n}`,
        language: 'vi',
        actor: { kind: 'system' },
      },
      app.clock.now(),
    );
    more.push(request.id);
  }
});
afterAll(async () => {
  await app.close();
});

const rowOf = async (id: number) => {
  const [row] = await app.db.select().from(requests).where(eq(requests.id, id));
  if (!row) throw new Error(`no request ${id}`);
  return row;
};

describe('tags', () => {
  it('keeps tags in lower case, letters and digits only, at most 40 characters', () => {
    expect(normalizeTag('  Gọi   LẠI! ')).toBe('gọi lại');
    expect(normalizeTag('<script>"x"</script>')).toBe('script x script');
    expect(normalizeTag('!!!')).toBeNull();
    expect(normalizeTag('a'.repeat(60))).toHaveLength(40);
    expect(parseTags('Hộ kinh doanh, hộ kinh doanh,, gấp')).toEqual(['hộ kinh doanh', 'gấp']);
  });

  it('are added and removed on the case page, shown in the queue, and filter it', async () => {
    const agent = await app.signIn('agent@hcc.vn');
    const page = await agent.get(`/inbox/cases/${more[0]}`);
    const csrf = csrfFrom(page.text);
    const added = await agent.post(`/inbox/cases/${more[0]}/tag`, { _csrf: csrf, tag: 'Gọi lại, hộ kinh doanh' });
    expect(added.location).toBe(`/inbox/cases/${more[0]}?notice=tagged`);
    await agent.post(`/inbox/cases/${more[1]}/tag`, { _csrf: csrf, tag: 'hộ kinh doanh' });
    expect((await agent.post(`/inbox/cases/${more[1]}/tag`, { _csrf: csrf, tag: '???' })).status).toBe(400);
    expect((await agent.post(`/inbox/cases/${more[1]}/tag`, { tag: 'x' })).status).toBe(403);
    const tagged = (await agent.get(`/inbox/cases/${more[0]}`)).text;
    expect(tagged).toContain('<span class="tag">gọi lại</span>');
    // A tag used in the agency is offered on its other cases.
    expect((await agent.get(`/inbox/cases/${more[1]}`)).text).toContain('<option value="gọi lại">');

    const queue = await agent.get('/inbox?queue=open');
    expect(queue.text).toMatch(
      /Câu hỏi số 1 <span class="tag">gọi lại<\/span> <span class="tag">hộ kinh doanh<\/span>/,
    );
    const filtered = await agent.get(`/inbox?queue=open&tag=${encodeURIComponent('Gọi lại')}`);
    expect(filtered.text).toContain(`/inbox/cases/${more[0]}"`);
    expect(filtered.text).not.toContain(`/inbox/cases/${more[1]}"`);
    expect(filtered.text).toContain('<option value="gọi lại" selected>');

    await agent.post(`/inbox/cases/${more[0]}/untag`, { _csrf: csrf, tag: 'gọi lại' });
    const left = await app.db
      .select()
      .from(caseTags)
      .where(eq(caseTags.requestId, more[0] ?? 0));
    expect(left.map((row) => row.tag)).toEqual(['hộ kinh doanh']);
    // The other agency does not see this agency's tags among its filters.
    const other = await app.signIn('spare@congthuong.vn');
    expect((await other.get('/inbox?queue=open')).text).not.toContain('hộ kinh doanh');
  });
});

describe('bulk actions in the queue', () => {
  it('assigns, transfers and closes several cases through the tracker, only within one’s agency', async () => {
    const agent = await app.signIn('agent@hcc.vn');
    const csrf = csrfFrom((await agent.get('/inbox')).text);
    const spare = app.staffIds['spare@hcc.vn'] ?? '';
    const [first = 0, second = 0] = more;
    // The other agency's case is in the form too (a forged one): left alone.
    const body = new URLSearchParams({ _csrf: csrf, action: 'assign', assignee: spare });
    for (const id of [first, second, app.cases.other]) body.append('ids', String(id));
    // httpSession posts one value per field: the repeated field is sent by hand.
    const response = await fetch(`${app.base}/inbox/bulk`, {
      method: 'POST',
      headers: {
        cookie: [...agent.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: body.toString(),
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/inbox?bulk=assign&done=2&skipped=1');
    expect((await rowOf(first)).assigneeId).toBe(spare);
    expect((await rowOf(second)).assigneeId).toBe(spare);
    expect((await rowOf(app.cases.other)).assigneeId).toBeNull();
    const assignments = await app.db
      .select()
      .from(requestEvents)
      .where(and(inArray(requestEvents.requestId, [first, second]), eq(requestEvents.type, 'assignment')));
    expect(assignments).toHaveLength(2);
    expect((await agent.get('/inbox?bulk=assign&done=2&skipped=1')).text).toContain(
      'Đã giao 2 hồ sơ. 1 hồ sơ giữ nguyên',
    );

    // An assignee of another agency is refused outright.
    const foreign = app.staffIds['spare@congthuong.vn'] ?? '';
    const refused = await agent.post('/inbox/bulk', {
      _csrf: csrf,
      action: 'assign',
      assignee: foreign,
      ids: String(first),
    });
    expect(refused.status).toBe(400);
    // Without the CSRF token nothing happens.
    expect((await agent.post('/inbox/bulk', { action: 'close', ids: String(first) })).status).toBe(403);

    const closed = await agent.post('/inbox/bulk', { _csrf: csrf, action: 'close', ids: String(first) });
    expect(closed.location).toBe('/inbox?bulk=close&done=1&skipped=0');
    expect((await rowOf(first)).status).toBe('closed');

    const moved = await agent.post('/inbox/bulk', {
      _csrf: csrf,
      action: 'transfer',
      agency: OTHER_AGENCY,
      ids: String(second),
    });
    expect(moved.location).toBe('/inbox?bulk=transfer&done=1&skipped=0');
    expect((await rowOf(second)).agencyId).toBe(OTHER_AGENCY);
    // Now the case is another agency's: a second transfer from here is refused for it.
    const again = await agent.post('/inbox/bulk', { _csrf: csrf, action: 'close', ids: String(second) });
    expect(again.location).toBe('/inbox?bulk=close&done=0&skipped=1');
    expect((await rowOf(second)).status).toBe('open');

    const audit = await app.db
      .select()
      .from(auditEvents)
      .where(inArray(auditEvents.requestId, [first, second]));
    const bulk = audit.filter((event) => JSON.stringify(event.detail).includes('"bulk":true'));
    expect(bulk.map((event) => event.action).sort()).toEqual(
      ['case.assign', 'case.assign', 'case.close', 'case.transfer'].sort(),
    );
  });
});
