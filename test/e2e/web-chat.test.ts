import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { eq } from 'drizzle-orm';
import express from 'express';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_COOKIE, createWebChat, createWebSender } from '../../bots/web/index.ts';
import { createChatCore } from '../../src/conversations/index.ts';
import { staff } from '../../src/inbox/inbox-tables.ts';
import { createOutboxWorker } from '../../src/outbox/deliver-outbox.ts';
import { listWebMessages } from '../../src/outbox/list-web-messages.ts';
import { createDatabaseLimitStore } from '../../src/rate-limits/database-limit-store.ts';
import { requests, type TrackerContext } from '../../src/tracker/index.ts';
import { ARTIFACTS_DIR, launchBrowser } from '../helpers/browser.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { loadTrackerFixture, replyAsStaff, silentLogger } from '../helpers/tracker-fixture.ts';
import { listenOnLoopback } from '../helpers/listen.ts';

let database: TestDatabase;
let tracker: TrackerContext;
let server: Server;
let base: string;
let browser: Browser;
let running = true;
let loop: Promise<void>;

beforeAll(async () => {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  database = await createTestDatabase();
  const fixture = await loadTrackerFixture();
  tracker = fixture.tracker;
  const db = database.db;
  const core = createChatCore({ db, answerer: fixture.answerer, tracker, logger: silentLogger, now: () => new Date() });
  const worker = createOutboxWorker({
    db,
    sender: createWebSender(),
    logger: silentLogger,
    now: () => new Date(),
    onPermanentFailure: async () => {},
  });
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
});

afterAll(async () => {
  running = false;
  await loop;
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await database?.destroy();
});

const bubbles = (page: Page) => page.locator('#messages > li');
const lastBubble = (page: Page, who: 'you' | 'bot' | 'staff') => page.locator(`#messages > li.from-${who}`).last();
/** What the conversation shows, as a person would read it (buttons' labels included). */
const transcript = (page: Page) =>
  bubbles(page).evaluateAll((items) =>
    items.map((item) => `${item.className.replace(/\s*pending/, '')}|${item.textContent ?? ''}`),
  );

async function ask(page: Page, text: string): Promise<void> {
  const box = page.getByLabel('Câu hỏi của bạn');
  await box.fill(text);
  await box.press('Enter');
}

describe('web chat in a browser', () => {
  it('asks, gets an answer, talks to a person, sees the staff reply, shows typed markup as text and keeps it all after a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(`${base}/chat`);
    // A first visit gets the welcome, with the personal-data notice and the language choice.
    await expect.poll(() => lastBubble(page, 'bot').textContent()).toContain('Nghị định 13/2023');

    await ask(page, 'giấy phép bán lẻ cần giấy tờ gì');
    await expect.poll(() => lastBubble(page, 'you').textContent()).toContain('giấy phép bán lẻ cần giấy tờ gì');
    // A retail licence of what? Several procedures fit: the bot asks which, with buttons.
    const choice = page.locator('#messages .choices button', { hasText: 'Cấp Giấy phép bán lẻ rượu' });
    await choice.waitFor();
    expect(await page.locator('#messages .choices button', { hasText: 'Gặp cán bộ' }).count()).toBeGreaterThan(0);
    await choice.click();
    await expect.poll(() => lastBubble(page, 'bot').textContent(), { timeout: 10_000 }).toContain('(P16)');
    expect(await page.locator('#messages .choices button', { hasText: '👍' }).count()).toBe(1);

    await page.locator('nav button.quick', { hasText: 'Gặp cán bộ' }).click();
    await expect.poll(() => lastBubble(page, 'bot').textContent(), { timeout: 10_000 }).toMatch(/Mã hồ sơ: \S+\./);
    const acknowledgement = (await lastBubble(page, 'bot').textContent()) ?? '';
    const caseNumber = /Mã hồ sơ: (\S+)\./.exec(acknowledgement)?.[1] ?? 'missing';

    // The cookie is the person's address: httpOnly, so the page's script cannot read it.
    const cookie = (await context.cookies()).find((candidate) => candidate.name === CHAT_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('hoidap_chat');
    const [request] = await database.db
      .select()
      .from(requests)
      .where(eq(requests.replyAddress, cookie?.value ?? ''));
    expect(request?.caseNumber).toBe(caseNumber);
    expect(request?.channel).toBe('web');
    const [officer] = await database.db
      .insert(staff)
      .values({
        email: 'officer@example.vn',
        name: 'Officer',
        role: 'officer',
        agencyId: request?.agencyId ?? 'trung-tam-phuc-vu-hcc',
        passwordHash: 'x',
      })
      .returning();
    await replyAsStaff(database.db, tracker, {
      requestId: request?.id ?? 0,
      staffId: officer?.id ?? '',
      text: 'Bạn cần thêm bản sao hộ chiếu có chứng thực. <b>Không in đậm</b>',
      at: new Date(),
    });
    await expect
      .poll(() => lastBubble(page, 'staff').textContent(), { timeout: 10_000 })
      .toContain('<b>Không in đậm</b>');
    expect(await lastBubble(page, 'staff').textContent()).toContain(caseNumber);
    expect(await page.locator('#messages b').count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS_DIR}web-chat-staff-reply.png` });

    const before = await bubbles(page).count();
    await ask(page, '<script>alert(1)</script>');
    await expect.poll(() => lastBubble(page, 'you').textContent()).toBe('Bạn: <script>alert(1)</script>');
    await expect.poll(() => bubbles(page).count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(before + 2);
    expect(await page.locator('#messages script').count()).toBe(0);
    expect(dialogs).toBe(0);
    await page.waitForTimeout(2_000); // let the last poll settle before comparing with the reload
    const shown = await transcript(page);
    await page.screenshot({ path: `${ARTIFACTS_DIR}web-chat.png`, fullPage: true });

    await page.reload();
    await expect.poll(() => bubbles(page).count(), { timeout: 10_000 }).toBe(shown.length);
    expect(await transcript(page)).toEqual(shown);
    expect(dialogs).toBe(0);
    await context.close();
  });

  it('opens the procedure from a QR code deep link once, not again on reload', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${base}/chat?p=P16`);
    await expect.poll(() => bubbles(page).count(), { timeout: 10_000 }).toBe(2);
    expect(await bubbles(page).nth(0).textContent()).toContain('Nghị định 13/2023');
    expect(await bubbles(page).nth(1).textContent()).toContain('P16');
    expect(new URL(page.url()).searchParams.has('p')).toBe(false);
    await page.reload();
    await page.waitForTimeout(2_000);
    expect(await bubbles(page).count()).toBe(2);
    await context.close();
  });

  it('embeds on an agency page: a floating button opens the chat in an iframe that works', async () => {
    // The agency's site on another port of the same host: same site, so the Lax cookie is sent in the iframe.
    const agency = express();
    agency.get('/', (_req, res) => {
      res.send(
        `<!doctype html><html lang="vi"><head><title>Sở Nội vụ</title></head><body><h1>Sở Nội vụ</h1><script src="${base}/chat/embed.js" defer></script></body></html>`,
      );
    });
    const site = agency.listen(0, '127.0.0.1');
    await new Promise((resolve) => site.once('listening', resolve));
    const siteAddress = site.address();
    if (siteAddress === null || typeof siteAddress === 'string') throw new Error('no address');
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${siteAddress.port}/`);
    const toggle = page.getByRole('button', { name: /Hỏi đáp/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('iframe').count()).toBe(0); // nothing loads before it is asked for
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('iframe').getAttribute('src')).toBe(`${base}/chat?embed=1`);
    const chat = page.frameLocator('iframe');
    await expect
      .poll(() => chat.locator('#messages > li.from-bot').last().textContent(), { timeout: 10_000 })
      .toContain('Nghị định 13/2023');
    await chat.getByLabel('Câu hỏi của bạn').fill('gặp cán bộ');
    await chat.getByLabel('Câu hỏi của bạn').press('Enter');
    await expect
      .poll(() => chat.locator('#messages > li.from-bot').last().textContent(), { timeout: 10_000 })
      .toMatch(/Mã hồ sơ: \S+\./);
    await page.screenshot({ path: `${ARTIFACTS_DIR}web-chat-embed.png` });
    // Escape inside the chat closes the panel and gives focus back to the button.
    await chat.getByLabel('Câu hỏi của bạn').press('Escape');
    await expect.poll(() => page.locator('#hoidap-chat-panel').isHidden()).toBe(true);
    expect(await toggle.evaluate((element) => element === document.activeElement)).toBe(true);
    await toggle.click();
    await page.getByRole('button', { name: 'Đóng hỏi đáp' }).click();
    expect(await page.locator('#hoidap-chat-panel').isHidden()).toBe(true);
    await context.close();
    await new Promise((resolve) => site.close(resolve));
  });

  it('switches the page and the bot to English', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${base}/chat`);
    await expect.poll(() => bubbles(page).count(), { timeout: 10_000 }).toBe(1);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/lang=en/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => lastBubble(page, 'bot').textContent(), { timeout: 10_000 }).toMatch(/English/);
    await page.getByLabel('Your question').fill('hello');
    expect(await page.getByRole('button', { name: 'Talk to a person' }).count()).toBe(1);
    await context.close();
  });
});
