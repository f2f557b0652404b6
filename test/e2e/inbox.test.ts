import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { eq } from 'drizzle-orm';
import express from 'express';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatCore } from '../../src/conversations/index.ts';
import { createTestInbox } from '../helpers/test-inbox.ts';
import { createStaff } from '../../src/inbox/create-staff.ts';
import { requests } from '../../src/tracker/index.ts';
import { ARTIFACTS_DIR, launchBrowser } from '../helpers/browser.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { loadTrackerFixture, silentLogger } from '../helpers/tracker-fixture.ts';
import { listenOnLoopback } from '../helpers/listen.ts';

let database: TestDatabase;
let server: Server;
let base = '';
let browser: Browser;
const PASSWORD = 'correct horse battery';

beforeAll(async () => {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  database = await createTestDatabase();
  const { answerer, tracker } = await loadTrackerFixture();
  const db = database.db;
  await createStaff(db, {
    email: 'sup@hcc.vn',
    name: 'Trần Giám Sát',
    role: 'supervisor',
    agencyId: 'trung-tam-phuc-vu-hcc',
    password: PASSWORD,
  });
  await createStaff(db, {
    email: 'agent@hcc.vn',
    name: 'Lê Cán Bộ',
    role: 'agent',
    agencyId: 'trung-tam-phuc-vu-hcc',
    password: PASSWORD,
  });
  await createStaff(db, {
    email: 'agent@congthuong.vn',
    name: 'Phạm Công Thương',
    role: 'agent',
    agencyId: 'so-cong-thuong',
    password: PASSWORD,
  });
  const core = createChatCore({ db, answerer, tracker, logger: silentLogger, now: () => new Date() });
  // Two people handed off: one writes hostile markup, the other a plain question.
  await core.receive({
    channel: 'zalo',
    channelMessageId: 'z1',
    address: '3512345678901234567',
    displayName: 'Khách <img src=x onerror=alert(1)>',
    sentAt: new Date(),
    content: { type: 'text', text: '<script>alert("pwned")</script> Tôi muốn phản ánh về hồ sơ của tôi bị chậm' },
  });
  await core.receive({
    channel: 'zalo',
    channelMessageId: 'z2',
    address: '3512345678901234567',
    sentAt: new Date(),
    content: { type: 'action', action: { type: 'person' } },
  });
  await core.receive({
    channel: 'telegram',
    channelMessageId: 't1',
    address: '42',
    displayName: 'Công ty Bình Minh',
    sentAt: new Date(),
    content: { type: 'action', action: { type: 'person' } },
  });
  await core.drain();
  const app = express();
  app.use('/inbox', createTestInbox({ db, answerer, tracker }));
  server = createServer(app);
  base = await listenOnLoopback(server);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await database?.destroy();
});

async function signIn(email: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('dialog', () => {
    throw new Error('a dialog opened: markup from a message ran');
  });
  await page.goto(`${base}/inbox`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(`${base}/inbox`);
  return page;
}

async function caseOf(address: string) {
  const [row] = await database.db.select().from(requests).where(eq(requests.replyAddress, address));
  if (!row) throw new Error(`no case for ${address}`);
  return row;
}

describe('staff inbox in chromium', () => {
  it('a supervisor signs in, sees the handed-off case, replies, assigns, transfers, closes and reads the report', async () => {
    const page = await signIn('sup@hcc.vn');
    const hostile = await caseOf('3512345678901234567');
    await page.getByRole('link', { name: /Đang xử lý/ }).click();
    await expect.poll(() => page.getByRole('link', { name: hostile.caseNumber }).count()).toBe(1);
    await page.screenshot({ path: `${ARTIFACTS_DIR}inbox-queue.png`, fullPage: true });
    await page.getByRole('link', { name: hostile.caseNumber }).click();
    // The person's markup is text on the page, not elements.
    await expect
      .poll(() => page.getByText('<script>alert("pwned")</script>', { exact: false }).count())
      .toBeGreaterThan(0);
    expect(await page.locator('main script, main img').count()).toBe(0);
    await expect.poll(() => page.getByText(/Zalo: gửi miễn phí/).count()).toBe(1);
    await page.screenshot({ path: `${ARTIFACTS_DIR}inbox-case.png`, fullPage: true });

    await page.getByLabel('Trả lời người hỏi').fill('Hồ sơ của bạn đang được xử lý, dự kiến trả kết quả ngày mai.');
    await page.getByRole('button', { name: 'Gửi trả lời' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã gửi trả lời');
    expect((await caseOf('3512345678901234567')).firstAnswerBy).toBe('staff');

    await page.getByLabel('Giao cho').selectOption({ label: 'Lê Cán Bộ' });
    await page.locator('form[action$="/assign"]:not(#assign-me) button').click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã giao');

    await page.getByRole('button', { name: 'Đóng hồ sơ', exact: true }).click();
    await expect.poll(async () => (await caseOf('3512345678901234567')).status).toBe('closed');

    const business = await caseOf('42');
    await page.goto(`${base}/inbox/cases/${business.id}`);
    await page.getByLabel('Chuyển cơ quan').selectOption('so-cong-thuong');
    await page.getByRole('button', { name: 'Chuyển', exact: true }).click();
    await page.waitForURL(/notice=transferred/);
    expect((await caseOf('42')).agencyId).toBe('so-cong-thuong');

    await page.getByRole('link', { name: 'Báo cáo' }).click();
    const month = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
    await page.getByLabel('Kỳ').fill(month);
    await page.getByRole('button', { name: 'Xem' }).click();
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(1);
    await page.screenshot({ path: `${ARTIFACTS_DIR}inbox-report.png`, fullPage: true });
    await page.close();
  });

  it('an agent of another agency is refused the case page of another agency', async () => {
    const page = await signIn('agent@congthuong.vn');
    const hostile = await caseOf('3512345678901234567');
    const response = await page.goto(`${base}/inbox/cases/${hostile.id}`);
    expect(response?.status()).toBe(403);
    await expect.poll(() => page.getByRole('heading', { name: 'Không có quyền' }).count()).toBe(1);
    // The transferred business case is theirs now.
    const business = await caseOf('42');
    expect((await page.goto(`${base}/inbox/cases/${business.id}`))?.status()).toBe(200);
    await page.close();
  });
});
