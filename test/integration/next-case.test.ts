import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerRequest } from '../../src/conversations/index.ts';
import { OWN_AGENCY, startInboxApp } from '../helpers/inbox-app.ts';

let app: Awaited<ReturnType<typeof startInboxApp>>;
const opened: number[] = [];
beforeAll(async () => {
  app = await startInboxApp();
  // Two more cases in the agency, opened later: their deadlines come after the fixture's case.
  for (const minutes of [10, 20]) {
    app.clock.advanceHours(minutes / 60);
    const request = await registerRequest(
      app.db,
      app.tracker,
      {
        channel: 'phone',
        receivedAt: app.clock.now(),
        name: `Người ${minutes}`,
        contact: `0900 000 0${minutes}`,
        requesterType: 'citizen',
        taxCode: null,
        agencyId: OWN_AGENCY,
        procedureRef: null,
        question: 'Hỏi về thủ tục',
        language: 'vi',
        actor: { kind: 'system' },
      },
      app.clock.now(),
    );
    opened.push(request.id);
  }
});
afterAll(async () => {
  await app.close();
});

describe('next case and the shortcuts on the case page', () => {
  it('goes through the open queue soonest deadline first, back to the first after the last, in one agency only', async () => {
    const agent = await app.signIn('agent@hcc.vn');
    const order = [app.cases.own, ...opened];
    expect((await agent.get(`/inbox/next?after=${order[0]}`)).location).toBe(`/inbox/cases/${order[1]}`);
    expect((await agent.get(`/inbox/next?after=${order[1]}`)).location).toBe(`/inbox/cases/${order[2]}`);
    expect((await agent.get(`/inbox/next?after=${order[2]}`)).location).toBe(`/inbox/cases/${order[0]}`);
    expect((await agent.get('/inbox/next')).location).toBe(`/inbox/cases/${order[0]}`);
    // The other agency's case is never offered.
    const other = await app.signIn('spare@congthuong.vn');
    expect((await other.get(`/inbox/next?after=${app.cases.other}`)).location).toBe('/inbox?notice=queue_done');
  });

  it('offers "assign to me" to staff of the case’s agency who do not have it, and lists the keys', async () => {
    const agent = await app.signIn('agent@hcc.vn');
    const page = (await agent.get(`/inbox/cases/${app.cases.own}`)).text;
    expect(page).toContain('id="assign-me"');
    expect(page).toContain(`name="assignee" value="${app.staffIds['agent@hcc.vn']}"`);
    expect(page).toMatch(/<dialog id="shortcuts"[^>]*>.*<kbd>r<\/kbd>/s);
    expect(page).toContain('<script src="/inbox/static/keys.js" defer></script>');
    // An admin belongs to no agency: nothing to assign to them.
    const admin = await app.signIn('admin@tinh.vn');
    expect((await admin.get(`/inbox/cases/${app.cases.own}`)).text).not.toContain('id="assign-me"');
  });
});
