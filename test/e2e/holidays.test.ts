import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestInbox } from '../helpers/test-inbox.ts';
import { createStaff } from '../../src/inbox/create-staff.ts';
import { ARTIFACTS_DIR, launchBrowser } from '../helpers/browser.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { listenOnLoopback } from '../helpers/listen.ts';
import { loadTrackerFixture, manualClock } from '../helpers/tracker-fixture.ts';

let database: TestDatabase;
let server: Server;
let base = '';
let browser: Browser;
let scratch = '';
const PASSWORD = 'correct horse battery';
// December: next year's list is the shipped provisional one, so admins see the banner.
const clock = manualClock('2026-12-07T09:00:00+07:00');

beforeAll(async () => {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  scratch = await mkdtemp(path.join(tmpdir(), 'hoidap-holidays-'));
  database = await createTestDatabase();
  const { answerer, tracker } = await loadTrackerFixture();
  await createStaff(database.db, {
    email: 'admin@tinh.vn',
    name: 'Quản Trị',
    role: 'admin',
    agencyId: null,
    password: PASSWORD,
  });
  await createStaff(database.db, {
    email: 'agent@hcc.vn',
    name: 'Lê Cán Bộ',
    role: 'agent',
    agencyId: 'trung-tam-phuc-vu-hcc',
    password: PASSWORD,
  });
  const app = express();
  app.use('/inbox', createTestInbox({ db: database.db, answerer, tracker, now: clock.now }));
  server = createServer(app);
  base = await listenOnLoopback(server);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await database?.destroy();
  await rm(scratch, { recursive: true, force: true });
});

async function signIn(email: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/inbox`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(`${base}/inbox`);
  return page;
}

describe('the holiday page in chromium', () => {
  it('an admin follows the banner, adds a day, sees it listed, imports a file and confirms the year', async () => {
    const page = await signIn('admin@tinh.vn');
    await page.getByRole('link', { name: 'Cập nhật danh sách' }).click();
    await page.waitForURL(`${base}/inbox/admin/holidays?year=2027`);
    await expect.poll(() => page.getByRole('heading', { name: 'Ngày nghỉ lễ, Tết 2027' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('row').count()).toBe(15); // the header and 14 provisional days

    await page.getByLabel('Ngày', { exact: true }).fill('2027-02-20');
    await page.getByLabel('Loại').selectOption('working');
    await page.getByLabel('Tên').fill('Làm bù cho thứ Năm 11/02');
    await page.getByRole('button', { name: 'Lưu ngày' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã lưu');
    const row = page.getByRole('row', { name: /Làm bù cho thứ Năm 11\/02/ });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Ngày làm bù');
    await page.screenshot({ path: `${ARTIFACTS_DIR}inbox-holidays.png`, fullPage: true });

    // The official list as a CSV file: the script puts its text in the form, the server reads it.
    const csv = path.join(scratch, '2027.csv');
    await writeFile(csv, 'date,kind,name\n2027-01-01,holiday,Tết Dương lịch\n2027-02-11,holiday,Nghỉ hoán đổi\n');
    await page.getByLabel('Chọn tệp').setInputFiles(csv);
    await expect.poll(() => page.getByLabel('Nội dung tệp').inputValue()).toContain('2027-02-11,holiday');
    await page.getByRole('button', { name: 'Nhập danh sách' }).click();
    await expect.poll(() => page.getByRole('row').count()).toBe(3);
    await page.getByLabel('Văn bản chính thức').fill('Thông báo lịch nghỉ năm 2027');
    await page.getByRole('button', { name: 'Xác nhận danh sách năm 2027' }).click();
    await expect.poll(() => page.getByText('Danh sách năm 2027 đã được xác nhận').count()).toBe(1);
    expect(await page.getByText('Cập nhật danh sách').count()).toBe(0); // the banner is gone
    await page.close();
  });

  it('an agent gets 403 on the holiday page and no banner', async () => {
    const page = await signIn('agent@hcc.vn');
    expect(await page.getByRole('alert').count()).toBe(0);
    const response = await page.goto(`${base}/inbox/admin/holidays`);
    expect(response?.status()).toBe(403);
    await page.close();
  });
});
