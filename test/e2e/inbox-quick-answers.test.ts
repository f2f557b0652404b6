import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { and, desc, eq } from 'drizzle-orm';
import express from 'express';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatCore, messages } from '../../src/conversations/index.ts';
import { createTestInbox } from '../helpers/test-inbox.ts';
import { createStaff } from '../../src/inbox/create-staff.ts';
import { closeRequest, rateRequest, requests } from '../../src/tracker/index.ts';
import { ARTIFACTS_DIR, launchBrowser } from '../helpers/browser.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { listenOnLoopback } from '../helpers/listen.ts';
import { loadTrackerFixture, silentLogger } from '../helpers/tracker-fixture.ts';

// Answering quickly in the staff inbox, in chromium, on a desktop and at 390 px: canned replies
// on "/", the keyboard, the person's earlier cases, tags and bulk actions in the queue.

let database: TestDatabase;
let server: Server;
let base = '';
let browser: Browser;
const PASSWORD = 'correct horse battery';
const WIDTHS = [1280, 390] as const;
/** Telegram chats handed off to staff, one per width and test. */
const CHATS = {
  macro1280: '501',
  macro390: '502',
  keys1280: '511',
  keys390: '512',
  bulkA1280: '521',
  bulkB1280: '522',
  bulkA390: '531',
  bulkB390: '532',
  waiting: '599',
} as const;

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
  const core = createChatCore({ db, answerer, tracker, logger: silentLogger, now: () => new Date() });
  for (const [key, address] of Object.entries(CHATS)) {
    await core.receive({
      channel: 'telegram',
      channelMessageId: `${key}:1`,
      address,
      displayName: `Người <i>${key}</i>`,
      sentAt: new Date(),
      content: { type: 'action', action: { type: 'person' } },
    });
  }
  await core.drain();
  // A person who came before: their first case closed and rated 5, then a new one.
  const [first] = await db.select().from(requests).where(eq(requests.replyAddress, CHATS.waiting));
  if (!first) throw new Error('no first case');
  await db.transaction(async (tx) => {
    const { request } = await closeRequest(tx, tracker, {
      requestId: first.id,
      at: new Date(),
      actor: { kind: 'system' },
    });
    await rateRequest(tx, tracker, { request, score: 5, at: new Date() });
  });
  await core.receive({
    channel: 'telegram',
    channelMessageId: 'waiting:2',
    address: CHATS.waiting,
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

async function signIn(email: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
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
  const [row] = await database.db
    .select()
    .from(requests)
    .where(eq(requests.replyAddress, address))
    .orderBy(desc(requests.id))
    .limit(1);
  if (!row) throw new Error(`no case for ${address}`);
  return row;
}

/** Nothing wider than the window: the page is usable without scrolling sideways. */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe('quick answers in chromium', () => {
  it('a supervisor adds an agency canned reply; an agent inserts it with "/" filled for the case', async () => {
    const supervisor = await signIn('sup@hcc.vn', 1280);
    await supervisor.getByRole('link', { name: 'Mẫu trả lời' }).click();
    await supervisor.getByLabel('Thuộc về').selectOption({ label: 'Cơ quan: Trung tâm Phục vụ hành chính công tỉnh' });
    await supervisor.getByLabel('Tên mẫu').fill('Tiếp nhận hồ sơ');
    await supervisor.getByLabel('Nội dung').fill('Kính gửi {tên}, hồ sơ {số hồ sơ} sẽ được trả lời trước {hạn}.');
    await supervisor.getByRole('button', { name: 'Thêm', exact: true }).click();
    await expect.poll(() => supervisor.getByRole('status').textContent()).toContain('Đã lưu mẫu trả lời');
    await supervisor.close();

    for (const width of WIDTHS) {
      const page = await signIn('agent@hcc.vn', width);
      const address = width === 1280 ? CHATS.macro1280 : CHATS.macro390;
      const request = await caseOf(address);
      await page.goto(`${base}/inbox/cases/${request.id}`);
      const reply = page.getByLabel('Trả lời người hỏi');
      await reply.click();
      await page.keyboard.type('Dạ. /tiep nh');
      const list = page.getByRole('listbox');
      await expect.poll(() => list.isVisible()).toBe(true);
      await expect.poll(() => list.getByRole('option').allTextContents()).toEqual(['Tiếp nhận hồ sơ']);
      await page.screenshot({ path: `${ARTIFACTS_DIR}inbox-macro-picker-${width}.png`, fullPage: true });
      expect(await fitsWidth(page)).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => list.isVisible()).toBe(false);
      const text = await reply.inputValue();
      expect(text).toMatch(
        new RegExp(
          `^Dạ\\. Kính gửi Người <i>macro${width}</i>, hồ sơ ${request.caseNumber} sẽ được trả lời trước \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}\\.$`,
        ),
      );
      // Escape closes the list and leaves what was typed.
      await page.keyboard.type(' /');
      await expect.poll(() => list.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => list.isVisible()).toBe(false);
      await page.keyboard.press('Backspace');
      await page.getByRole('button', { name: 'Gửi trả lời', exact: true }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã gửi trả lời');
      const sent = await database.db
        .select()
        .from(messages)
        .where(and(eq(messages.requestId, request.id), eq(messages.author, 'staff')));
      // The voice adds who answers ("Trả lời từ … (hồ sơ …):") above the words sent.
      expect(sent.map((message) => message.text.split('\n').slice(1).join('\n'))).toEqual([text.trimEnd()]);
      await page.close();
    }
  });

  it('works from the keyboard: ? lists the keys, r and n write, a assigns to me, c then Enter closes, j goes on', async () => {
    for (const width of WIDTHS) {
      const page = await signIn('agent@hcc.vn', width);
      const request = await caseOf(width === 1280 ? CHATS.keys1280 : CHATS.keys390);
      await page.goto(`${base}/inbox/cases/${request.id}`);
      const help = page.getByRole('dialog', { name: 'Phím tắt' });
      await page.keyboard.press('?');
      await expect.poll(() => help.isVisible()).toBe(true);
      expect(await help.getByRole('definition').allTextContents()).toContain('Giao hồ sơ cho tôi');
      await page.screenshot({ path: `${ARTIFACTS_DIR}inbox-shortcuts-${width}.png` });
      await page.keyboard.press('Escape');
      await expect.poll(() => help.isVisible()).toBe(false);

      // r: the reply box; the keys typed there are text, not shortcuts; Escape leaves it.
      await page.keyboard.press('r');
      const reply = page.getByLabel('Trả lời người hỏi');
      await expect.poll(() => reply.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.keyboard.type('rac j?');
      expect(await reply.inputValue()).toBe('rac j?');
      await page.keyboard.press('Escape');
      await page.keyboard.press('n');
      await expect
        .poll(() => page.getByLabel('Ghi chú nội bộ').evaluate((element) => element === document.activeElement))
        .toBe(true);
      await page.keyboard.press('Escape');

      await page.keyboard.press('a');
      await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã giao');
      expect((await caseOf(request.replyAddress ?? '')).assigneeId).not.toBeNull();
      expect(await fitsWidth(page)).toBe(true);

      await page.keyboard.press('c');
      const close = page.getByRole('button', { name: 'Đóng hồ sơ', exact: true });
      await expect.poll(() => close.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForURL(/notice=closed/);
      expect((await caseOf(request.replyAddress ?? '')).status).toBe('closed');

      await page.keyboard.press('j');
      await page.waitForURL(
        (url) => /\/inbox\/cases\/\d+$/.test(url.pathname) && !url.pathname.endsWith(`/${request.id}`),
      );
      await page.close();
    }
  });

  it('shows the person’s other cases with status and rating, each a link', async () => {
    const [first, second] = await database.db
      .select()
      .from(requests)
      .where(eq(requests.replyAddress, CHATS.waiting))
      .orderBy(requests.id);
    if (!first || !second) throw new Error('expected two cases');
    for (const width of WIDTHS) {
      const page = await signIn('agent@hcc.vn', width);
      await page.goto(`${base}/inbox/cases/${second.id}`);
      const history = page.getByRole('region', { name: /Các hồ sơ khác của người này/ });
      await expect.poll(() => history.getByRole('listitem').count()).toBe(1);
      const item = history.getByRole('listitem');
      expect(await item.textContent()).toMatch(/đã đóng · đánh giá 5\/5/);
      await history.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${ARTIFACTS_DIR}inbox-person-history-${width}.png` });
      expect(await fitsWidth(page)).toBe(true);
      await item.getByRole('link', { name: first.caseNumber }).click();
      await page.waitForURL(`${base}/inbox/cases/${first.id}`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(first.caseNumber);
      await page.close();
    }
  });

  it('tags a case, filters the queue by the tag, and assigns then closes the chosen cases at once', async () => {
    for (const width of WIDTHS) {
      const page = await signIn('agent@hcc.vn', width);
      const a = await caseOf(width === 1280 ? CHATS.bulkA1280 : CHATS.bulkA390);
      const b = await caseOf(width === 1280 ? CHATS.bulkB1280 : CHATS.bulkB390);
      const tag = `lô ${width}`;
      for (const request of [a, b]) {
        await page.goto(`${base}/inbox/cases/${request.id}`);
        await page.getByLabel('Gắn thẻ').fill(`${tag}, Gọi lại`);
        await page.getByRole('button', { name: 'Gắn', exact: true }).click();
        await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã gắn thẻ');
      }
      await expect.poll(() => page.locator('.tag').allTextContents()).toEqual(['gọi lại', tag]);
      await page.getByRole('button', { name: 'Bỏ thẻ gọi lại' }).click();
      await expect.poll(() => page.locator('.tag').allTextContents()).toEqual([tag]);

      await page.goto(`${base}/inbox`);
      await page.getByLabel('Thẻ', { exact: true }).selectOption(tag);
      await page.getByRole('button', { name: 'Lọc' }).click();
      await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
      await page.getByLabel(`Chọn ${a.caseNumber}`).check();
      await page.getByLabel(`Chọn ${b.caseNumber}`).check();
      await page.screenshot({ path: `${ARTIFACTS_DIR}inbox-queue-bulk-${width}.png`, fullPage: true });
      expect(await fitsWidth(page)).toBe(true);
      await page.getByRole('button', { name: 'Giao', exact: true }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã giao 2 hồ sơ.');
      expect((await caseOf(a.replyAddress ?? '')).assigneeId).not.toBeNull();

      await page.goto(`${base}/inbox?queue=mine&tag=${encodeURIComponent(tag)}`);
      await page.getByLabel('Chọn tất cả hồ sơ trong trang').check();
      await page.getByRole('button', { name: 'Đóng các hồ sơ đã chọn' }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã đóng 2 hồ sơ.');
      expect((await caseOf(b.replyAddress ?? '')).status).toBe('closed');
      await page.close();
    }
  });
});
