import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import express from 'express';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebChat, createWebSender } from '../../bots/web/index.ts';
import { createChatCore } from '../../src/conversations/index.ts';
import { createTestInbox } from '../helpers/test-inbox.ts';
import { createStaff } from '../../src/inbox/create-staff.ts';
import { createOutboxWorker } from '../../src/outbox/deliver-outbox.ts';
import { listWebMessages } from '../../src/outbox/list-web-messages.ts';
import { createDatabaseLimitStore } from '../../src/rate-limits/database-limit-store.ts';
import { requests } from '../../src/tracker/index.ts';
import { ARTIFACTS_DIR, launchBrowser } from '../helpers/browser.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { listenOnLoopback } from '../helpers/listen.ts';
import { startPublicApp, type PublicApp } from '../helpers/public-fixtures.ts';
import { loadTrackerFixture, silentLogger } from '../helpers/tracker-fixture.ts';

// A 390 px wide phone (an iPhone 12-15 in CSS pixels): no page may be wider than the screen, so
// nobody has to scroll sideways to read a line. Long URLs wrap, tables scroll inside their box,
// the inbox queue folds into cards.
const WIDTH = 390;
const PASSWORD = 'correct horse battery';

let publicApp: PublicApp;
let database: TestDatabase;
let server: Server;
let base = '';
let browser: Browser;
let context: BrowserContext;
let page: Page;
let caseId = 0;
let running = true;
let loop: Promise<void> = Promise.resolve();

beforeAll(async () => {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  publicApp = await startPublicApp();
  database = await createTestDatabase();
  const { answerer, tracker } = await loadTrackerFixture();
  const db = database.db;
  await createStaff(db, {
    email: 'admin@tinh.vn',
    name: 'Quản Trị',
    role: 'admin',
    agencyId: null,
    password: PASSWORD,
  });
  const core = createChatCore({ db, answerer, tracker, logger: silentLogger, now: () => new Date() });
  // A handed-off case with a long unbroken line, as people paste links.
  await core.receive({
    channel: 'telegram',
    channelMessageId: 'n1',
    address: '4242',
    displayName: 'Nguyễn Thị Một-Cái-Tên-Rất-Dài-Không-Có-Khoảng-Trắng',
    sentAt: new Date(),
    content: {
      type: 'text',
      text: `Tôi nộp hồ sơ ở https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html?ma-ho-so=${'0'.repeat(80)} mà chưa thấy trả lời`,
    },
  });
  await core.receive({
    channel: 'telegram',
    channelMessageId: 'n2',
    address: '4242',
    sentAt: new Date(),
    content: { type: 'action', action: { type: 'person' } },
  });
  await core.drain();
  const [row] = await db.select({ id: requests.id }).from(requests);
  caseId = row?.id ?? 0;
  const app = express();
  server = createServer(app);
  base = await listenOnLoopback(server);
  app.use(
    createWebChat({
      core,
      listMessages: (to, after) => listWebMessages(db, to, after, 100),
      baseUrl: base,
      logger: silentLogger,
      limitStore: (name) => createDatabaseLimitStore(db, name),
    }),
  );
  app.use('/inbox', createTestInbox({ db, answerer, tracker }));
  const worker = createOutboxWorker({
    db,
    sender: createWebSender(),
    logger: silentLogger,
    now: () => new Date(),
    onPermanentFailure: async () => {},
  });
  // What main.ts does in the background: process what came in, deliver what is queued.
  loop = (async () => {
    while (running) {
      await core.drain();
      while ((await worker.runOnce()) > 0);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await worker.stop();
  })();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: WIDTH, height: 844 }, deviceScaleFactor: 1 });
  page = await context.newPage();
});

afterAll(async () => {
  running = false;
  await loop;
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await database?.destroy();
  await publicApp?.close();
});

/** How wide the page is, and the elements that stick out past the screen's right edge (to name in a failure). */
async function measure(url: string): Promise<{ url: string; width: number; wider: string[] }> {
  const response = await page.goto(url);
  // The 400 and 404 pages are measured too; only a server error would mean the page is not there.
  expect(response?.status(), url).toBeLessThan(500);
  return page.evaluate((screen) => {
    const wider = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > screen + 0.5)
      .slice(0, 5)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${element.className}: ${(element.textContent ?? '').slice(0, 60)}`,
      );
    return { url: location.pathname + location.search, width: document.documentElement.scrollWidth, wider };
  }, WIDTH);
}

async function expectFits(urls: string[]): Promise<void> {
  const tooWide = [];
  for (const url of urls) {
    const measured = await measure(url);
    if (measured.width > WIDTH) tooWide.push(measured);
  }
  expect(tooWide).toEqual([]);
}

describe(`pages on a ${WIDTH} px phone`, () => {
  it('the public pages fit: lists, every procedure, every document, figures, the form and its receipt', async () => {
    const { kb } = publicApp.answerer;
    const at = (path: string) => `${publicApp.base}${path}`;
    await expectFits(
      [
        '/thu-tuc',
        '/thu-tuc?trang=2',
        '/thu-tuc?q=giay%20phep%20lao%20dong',
        '/thu-tuc/qr/so-cong-thuong',
        '/van-ban',
        '/van-ban?trang=2',
        '/thong-ke',
        '/thong-ke?thang=2026-09',
        '/thong-ke?thang=abc',
        '/hoi-dap',
        '/doanh-nghiep',
        '/thu-tuc/khong-co',
        '/thu-tuc?lang=en',
        '/thu-tuc/cap-giay-phep-lao-dong-cho-nguoi-nuoc-ngoai?lang=en',
        '/thong-ke?lang=en',
        '/thu-tuc?lang=vi',
        ...kb.procedures.map((procedure) => `/thu-tuc/${procedure.id}`),
        ...kb.documents.map((doc) => `/van-ban/${doc.id}`),
      ].map(at),
    );
    await page.goto(at('/hoi-dap'));
    await page.getByLabel('Họ và tên').fill('Trần Thị B');
    await page.getByLabel('Số điện thoại hoặc email').fill('tran.thi.b.mot.dia.chi.thu.rat.dai@example.gov.vn');
    await page.getByLabel('Câu hỏi', { exact: true }).fill('Hộ kinh doanh bán rượu cần giấy tờ gì?');
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    await page.waitForURL(/\/hoi-dap\/da-gui$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
    await page.screenshot({ path: `${ARTIFACTS_DIR}narrow-receipt.png`, fullPage: true });
    await page.goto(at('/thu-tuc/cap-giay-phep-lao-dong-cho-nguoi-nuoc-ngoai'));
    await page.screenshot({ path: `${ARTIFACTS_DIR}narrow-procedure.png`, fullPage: true });
  });

  it('the web chat fits, with a conversation in it', async () => {
    await page.goto(`${base}/chat`);
    await expect.poll(() => page.locator('#messages > li.from-bot').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const box = page.getByLabel('Câu hỏi của bạn');
    await box.fill(`xem giúp https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc.html?ma=${'1'.repeat(90)}`);
    await box.press('Enter');
    await expect.poll(() => page.locator('#messages > li.from-bot').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
    await page.screenshot({ path: `${ARTIFACTS_DIR}narrow-chat.png`, fullPage: true });
  });

  it('the inbox fits: queue, case page and the other pages', async () => {
    await page.goto(`${base}/inbox`);
    await page.getByLabel('Email').fill('admin@tinh.vn');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${base}/inbox`);
    await expectFits(
      [
        '/inbox',
        '/inbox?queue=unassigned',
        `/inbox/cases/${caseId}`,
        `/inbox/cases/${caseId}/publish`,
        '/inbox/notifications',
        '/inbox/intake',
        '/inbox/reports',
        '/inbox/admin',
        '/inbox/admin/holidays',
        '/inbox/admin/audit',
      ].map((path) => `${base}${path}`),
    );
    await page.goto(`${base}/inbox?queue=unassigned`);
    await page.screenshot({ path: `${ARTIFACTS_DIR}narrow-inbox-queue.png`, fullPage: true });
    await page.goto(`${base}/inbox/cases/${caseId}`);
    await page.screenshot({ path: `${ARTIFACTS_DIR}narrow-inbox-case.png`, fullPage: true });
  });
});
