import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfFrom } from '../helpers/http-session.ts';
import { startInboxApp } from '../helpers/inbox-app.ts';

let app: Awaited<ReturnType<typeof startInboxApp>>;
beforeAll(async () => {
  app = await startInboxApp();
  app.clock.set('2026-09-30T23:00:00+07:00');
});
afterAll(async () => {
  await app.close();
});

const BANNER = 'Danh sách ngày nghỉ lễ năm 2027 chưa được xác nhận';

describe('the holiday page', () => {
  it('shows admins, from 1 October, that next year has no confirmed list, until one is confirmed', async () => {
    const admin = await app.signIn('admin@tinh.vn');
    const supervisor = await app.signIn('sup@hcc.vn');
    expect((await admin.get('/inbox')).text).not.toContain(BANNER); // 30 September
    app.clock.set('2026-10-01T08:00:00+07:00');
    const queue = await admin.get('/inbox');
    expect(queue.text).toContain(BANNER);
    expect(queue.text).toContain('href="/inbox/admin/holidays?year=2027"');
    expect((await admin.get('/inbox/admin')).text).toContain(BANNER);
    expect((await supervisor.get('/inbox')).text).not.toContain(BANNER);

    const page = await admin.get('/inbox/admin/holidays?year=2027');
    expect(page.text).toContain('Danh sách năm 2027 là tạm thời');
    expect(page.text).toContain('Giỗ Tổ Hùng Vương (10/3 âm lịch)');
    const confirmed = await admin.post('/inbox/admin/holidays/confirm', {
      _csrf: csrfFrom(page.text),
      year: '2027',
      source: 'Quyết định của Thủ tướng về lịch nghỉ năm 2027',
    });
    expect(confirmed.location).toBe('/inbox/admin/holidays?year=2027&moved=0');
    const after = await admin.get('/inbox/admin/holidays?year=2027');
    expect(after.text).toContain('Danh sách năm 2027 đã được xác nhận');
    expect(after.text).toContain('Quyết định của Thủ tướng về lịch nghỉ năm 2027');
    expect((await admin.get('/inbox')).text).not.toContain(BANNER);
  });

  it('adds, changes and removes a day, and refuses a make-up day that is not a Saturday, storing nothing', async () => {
    const admin = await app.signIn('admin@tinh.vn');
    const page = await admin.get('/inbox/admin/holidays?year=2027');
    const form = (fields: Record<string, string>) => ({ _csrf: csrfFrom(page.text), year: '2027', ...fields });
    const added = await admin.post(
      '/inbox/admin/holidays/add',
      form({ date: '2027-02-20', kind: 'working', name: 'Làm bù cho 11/02' }),
    );
    expect(added.status).toBe(303);
    const listed = await admin.get(added.location ?? '');
    expect(listed.text).toContain('Làm bù cho 11/02');
    expect(listed.text).toMatch(/Ngày làm bù<\/td><td>Làm bù cho 11\/02<\/td><td>Quản trị viên/);
    expect(listed.text).toContain('Đã lưu. Hạn của 0 hồ sơ đang mở được tính lại theo lịch mới.');

    const changed = await admin.post(
      '/inbox/admin/holidays/add',
      form({ date: '2027-02-20', kind: 'holiday', name: 'Nghỉ thêm' }),
    );
    expect(changed.status).toBe(303);
    const relisted = (await admin.get('/inbox/admin/holidays?year=2027')).text;
    expect(relisted).toMatch(/Ngày nghỉ<\/td><td>Nghỉ thêm<\/td>/);
    expect(relisted).not.toContain('Làm bù cho 11/02');

    const monday = await admin.post(
      '/inbox/admin/holidays/add',
      form({ date: '2027-02-22', kind: 'working', name: 'Thứ Hai' }),
    );
    expect(monday.status).toBe(400);
    expect(monday.text).toContain('2027-02-22 is not a Saturday (expected a make-up working Saturday)');
    expect((await admin.get('/inbox/admin/holidays?year=2027')).text).not.toContain('Thứ Hai</td>');

    const removed = await admin.post('/inbox/admin/holidays/remove', form({ date: '2027-02-04' }));
    expect(removed.status).toBe(303);
    expect((await admin.get('/inbox/admin/holidays?year=2027')).text).not.toContain('28 tháng Chạp');
  });

  it('imports a CSV list over the year, and keeps a refused one in the form with its problems by line', async () => {
    const admin = await app.signIn('admin@tinh.vn');
    const page = await admin.get('/inbox/admin/holidays?year=2028');
    expect(page.text).toContain('Chưa có danh sách ngày nghỉ năm 2028');
    const form = (file: string) => ({ _csrf: csrfFrom(page.text), year: '2028', file });
    const refused = await admin.post(
      '/inbox/admin/holidays/import',
      form('2028-01-01,holiday,Tết\n2028-13-01,holiday,Sai'),
    );
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('line 2: &quot;2028-13-01&quot; is not a date (expected YYYY-MM-DD)');
    expect(refused.text).toContain('2028-13-01,holiday,Sai</textarea>');
    const imported = await admin.post(
      '/inbox/admin/holidays/import',
      form('2028-01-01,holiday,Tết Dương lịch\n2028-01-26,holiday,Tết'),
    );
    expect(imported.status).toBe(303);
    const listed = await admin.get('/inbox/admin/holidays?year=2028');
    expect(listed.text).toContain('Tết Dương lịch');
    expect(listed.text).toContain('Danh sách năm 2028 là tạm thời');
  });

  it('is refused to agents and supervisors, and to a form without its CSRF token', async () => {
    const agent = await app.signIn('agent@hcc.vn');
    expect((await agent.get('/inbox/admin/holidays')).status).toBe(403);
    expect((await (await app.signIn('sup@hcc.vn')).get('/inbox/admin/holidays?year=2027')).status).toBe(403);
    const page = await agent.get('/inbox');
    const post = await agent.post('/inbox/admin/holidays/add', {
      _csrf: csrfFrom(page.text),
      year: '2027',
      date: '2027-03-01',
      kind: 'holiday',
      name: 'x',
    });
    expect(post.status).toBe(403);
    const admin = await app.signIn('admin@tinh.vn');
    const forged = await admin.post('/inbox/admin/holidays/add', {
      year: '2027',
      date: '2027-03-01',
      kind: 'holiday',
      name: 'x',
    });
    expect(forged.status).toBe(403);
    expect((await admin.get('/inbox/admin/holidays?year=2027')).text).not.toContain('2027-03-01');
  });
});
