import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerRequest } from '../../src/conversations/index.ts';
import { closeRequest, rateRequest } from '../../src/tracker/index.ts';
import { OWN_AGENCY, startInboxApp } from '../helpers/inbox-app.ts';

let app: Awaited<ReturnType<typeof startInboxApp>>;
let rated = 0;
let stranger = 0;
beforeAll(async () => {
  app = await startInboxApp();
  // The fixture's two cases (one per agency) come from one phone number; a third, closed and
  // rated, from the same number; a fourth from someone else.
  const register = (contact: string, question: string) =>
    registerRequest(
      app.db,
      app.tracker,
      {
        channel: 'phone',
        receivedAt: app.clock.now(),
        name: 'Trần Thị B',
        contact,
        requesterType: 'citizen',
        taxCode: null,
        agencyId: OWN_AGENCY,
        procedureRef: null,
        question,
        language: 'vi',
        actor: { kind: 'system' },
      },
      app.clock.now(),
    );
  app.clock.advanceHours(1);
  rated = (await register('0912 345 678', 'Hỏi về <b>giấy phép</b> bán lẻ rượu')).id;
  await app.db.transaction(async (tx) => {
    const { request } = await closeRequest(tx, app.tracker, {
      requestId: rated,
      at: app.clock.now(),
      actor: { kind: 'system' },
    });
    await rateRequest(tx, app.tracker, { request, score: 4, at: app.clock.now() });
  });
  stranger = (await register('0977 000 000', 'Câu hỏi của người khác')).id;
});
afterAll(async () => {
  await app.close();
});

describe('the person’s other cases on the case page', () => {
  it('lists them newest first with status and rating, linking only those the staff member may see', async () => {
    const agent = await app.signIn('agent@hcc.vn');
    const page = (await agent.get(`/inbox/cases/${app.cases.own}`)).text;
    const section = /<section class="card" aria-labelledby="person-history">(.*?)<\/section>/s.exec(page)?.[1] ?? '';
    expect(section).toContain('Các hồ sơ khác của người này (2)');
    const items = section.split('<li>').slice(1);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain(`<a href="/inbox/cases/${rated}">`);
    expect(items[0]).toContain('đã đóng');
    expect(items[0]).toContain('đánh giá 4/5');
    expect(items[0]).toContain('Hỏi về &lt;b&gt;giấy phép&lt;/b&gt;');
    // The other agency's case: its number and state, no link, no subject.
    expect(items[1]).not.toContain(`/inbox/cases/${app.cases.other}`);
    expect(items[1]).toContain('Thuộc cơ quan khác');
    expect(items[1]).toContain('chưa đánh giá');
    expect(section).not.toContain(`/inbox/cases/${stranger}`);
    // An admin sees every agency: both are links.
    const admin = await app.signIn('admin@tinh.vn');
    const adminPage = (await admin.get(`/inbox/cases/${app.cases.own}`)).text;
    expect(adminPage).toContain(`<a href="/inbox/cases/${app.cases.other}">`);
  });

  it('says so when the person has no other case', async () => {
    const agent = await app.signIn('agent@hcc.vn');
    const page = (await agent.get(`/inbox/cases/${stranger}`)).text;
    expect(page).toContain('Các hồ sơ khác của người này (0)');
    expect(page).toContain('Chưa có hồ sơ nào khác trên kênh này.');
  });
});
