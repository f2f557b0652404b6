import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, launchBrowser } from '../helpers/browser.ts';
import { LIVE_PASSWORD, startLiveApp } from '../helpers/live-app.ts';
import { samplePdf, samplePng } from '../helpers/sample-files.ts';

// Files both ways in chromium, on the app wired as main.ts does: the person attaches a picture in
// the web chat, staff see it on the case page and open it, then reply with a PDF that appears in the
// person's chat as a link that downloads it.

let app: Awaited<ReturnType<typeof startLiveApp>>;
let browser: Browser;
const contexts: BrowserContext[] = [];
const files = path.join(tmpdir(), `hoidap-e2e-files-${process.pid}`);

beforeAll(async () => {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  await mkdir(files, { recursive: true });
  await writeFile(path.join(files, 'giay-to.png'), samplePng(64));
  await writeFile(path.join(files, 'mau-don.pdf'), samplePdf());
  app = await startLiveApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await app?.close();
});

async function newPage(width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.on('dialog', () => {
    throw new Error('a dialog opened');
  });
  return page;
}

describe('attachments in the browser', () => {
  it('a picture from the web chat is shown on the case page, and a file staff send back appears in the chat', async () => {
    const chat = await newPage(390);
    await chat.goto(`${app.base}/chat`);
    await expect.poll(() => chat.locator('#messages > li.from-bot').count()).toBeGreaterThan(0);
    await chat.locator('nav button.quick', { hasText: 'Gặp cán bộ' }).click();
    const ack = chat.locator('#messages > li.from-bot').last();
    await expect.poll(() => ack.textContent()).toMatch(/Mã hồ sơ: \S+\./);
    const caseNumber = /Mã hồ sơ: (\S+)\./.exec((await ack.textContent()) ?? '')?.[1] ?? 'missing';

    // The person attaches a picture: it shows in their own transcript once stored.
    await chat.locator('#file').setInputFiles(path.join(files, 'giay-to.png'));
    const mine = chat.locator('#messages > li.from-you').last();
    await expect.poll(() => mine.locator('img').count()).toBe(1);
    await expect.poll(() => mine.locator('img').evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(64);
    await expect.poll(() => chat.locator('#messages > li.from-bot').last().textContent()).toContain(caseNumber);

    // Staff open the case: the picture is there as a thumbnail that loads.
    const inbox = await newPage(1280);
    await inbox.goto(`${app.base}/inbox`);
    await inbox.getByLabel('Email').fill('binh@hcc.vn');
    await inbox.getByLabel('Mật khẩu').fill(LIVE_PASSWORD);
    await inbox.getByRole('button', { name: 'Đăng nhập' }).click();
    await inbox.waitForURL(`${app.base}/inbox`);
    await inbox.getByRole('link', { name: caseNumber }).first().click();
    const thumbnail = inbox.locator('.msg.person a.file img');
    await expect.poll(() => thumbnail.count()).toBe(1);
    await expect.poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(64);
    const href = await inbox.locator('.msg.person a.file').getAttribute('href');
    const opened = await inbox.request.get(`${app.base}${href}`);
    expect(opened.headers()['content-type']).toBe('image/png');
    expect(opened.headers()['x-content-type-options']).toBe('nosniff');

    // Staff reply with a PDF: the web chat shows the reply with a link to it.
    await inbox.locator('#reply').fill('Mời bạn điền mẫu đơn đính kèm.');
    await inbox.locator('#reply-file').setInputFiles(path.join(files, 'mau-don.pdf'));
    await inbox.getByRole('button', { name: 'Gửi trả lời', exact: true }).click();
    await expect.poll(() => inbox.locator('.msg.staff a.file').count()).toBe(1);
    await inbox.screenshot({ path: `${ARTIFACTS_DIR}attachments-case.png`, fullPage: true });

    const reply = chat.locator('#messages > li.from-staff').last();
    await expect.poll(() => reply.textContent()).toContain('Mời bạn điền mẫu đơn đính kèm.');
    const link = reply.locator('a.file');
    await expect.poll(() => link.textContent()).toContain('mau-don.pdf');
    const pdf = await chat.request.get(`${app.base}${await link.getAttribute('href')}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdf.headers()['content-disposition']).toMatch(/^attachment; filename="mau-don\.pdf"/);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await chat.screenshot({ path: `${ARTIFACTS_DIR}attachments-chat.png`, fullPage: true });

    // After a reload the person's own picture and the reply's file are still there.
    await chat.reload();
    await expect.poll(() => chat.locator('#messages > li.from-you img').count()).toBe(1);
    await expect.poll(() => chat.locator('#messages > li.from-staff a.file').count()).toBe(1);
  });
});
