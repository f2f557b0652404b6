import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSlaPolicy } from '../../src/tracker/index.ts';
import { csrfFrom } from '../helpers/http-session.ts';
import { startInboxApp } from '../helpers/inbox-app.ts';

let app: Awaited<ReturnType<typeof startInboxApp>>;
beforeAll(async () => {
  app = await startInboxApp();
});
afterAll(async () => {
  await app.close();
});

describe('the SLA policy form', () => {
  it('explains a working-hours policy in calendar time and refuses a progress reply R1 could never keep', async () => {
    const admin = await app.signIn('admin@tinh.vn');
    const page = await admin.get('/inbox/admin');
    expect(page.text).toContain('trước 48 giờ kể từ tin nhắn đầu tiên');
    const save = (progressHours: string, clock: string, answerHours = '40') =>
      admin.post('/inbox/admin/sla', {
        _csrf: csrfFrom(page.text),
        agency: 'so-cong-thuong',
        answerHours,
        progressHours,
        warningPercent: '75',
        clock,
      });

    const refused = await save('24', 'working');
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('chọn tối đa 16 giờ làm việc');
    expect((await loadSlaPolicy(app.db, 'so-cong-thuong')).clock).toBe('calendar'); // nothing stored
    expect((await save('47', 'calendar', '72')).status).toBe(303);
    const late = await save('48', 'calendar', '72');
    expect(late.status).toBe(400);
    expect(late.text).toContain('chọn tối đa 47 giờ');

    expect((await save('16', 'working')).status).toBe(303);
    expect(await loadSlaPolicy(app.db, 'so-cong-thuong')).toMatchObject({ progressHours: 16, clock: 'working' });
    const listed = await admin.get('/inbox/admin');
    // 40 working hours: from Monday 07:30 to Friday 17:00 at best, a full week from a Friday lunch break at worst.
    expect(listed.text).toContain('40 giờ làm việc ≈ từ 4½ ngày đến 7 ngày theo lịch');
    expect(listed.text).toContain(
      '16 giờ làm việc ≈ từ 33½ giờ đến 4 ngày, không muộn hơn 47 giờ kể từ tin nhắn đầu tiên',
    );
  });
});
