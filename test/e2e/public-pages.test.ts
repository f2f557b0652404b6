import { mkdir } from 'node:fs/promises';
import jsqr from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, launchBrowser } from '../helpers/browser.ts';
import { startPublicApp, type PublicApp } from '../helpers/public-fixtures.ts';

let app: PublicApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  app = await startPublicApp();
  browser = await launchBrowser();
  // Mobile first: a phone-sized viewport, as after scanning a QR code at the counter.
  page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

// jsqr is CommonJS whose types declare only `default`; at run time both it and its `default` are the decoder.
const decodeQr = jsqr.default;

const screenshot = (name: string) => page.screenshot({ path: `${ARTIFACTS_DIR}public-${name}.png`, fullPage: true });

describe('public pages in a browser', () => {
  it('reaches the search box with the keyboard, finds a procedure typed without accents and opens it', async () => {
    await page.goto(`${app.base}/thu-tuc`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    let reached = false;
    for (let presses = 0; presses < 12 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'q');
    }
    expect(reached).toBe(true);
    await screenshot('procedures');

    await page.keyboard.type('giay phep lao dong');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=giay/);
    const first = page.locator('main li.card h2 a').first();
    expect(await first.textContent()).toContain('Cấp giấy phép lao động');
    await screenshot('procedures-search');
    await first.click();
    await page.waitForURL(/\/thu-tuc\/cap-giay-phep-lao-dong-cho-nguoi-nuoc-ngoai$/);
    expect(await page.locator('h1').textContent()).toContain('Cấp giấy phép lao động');
    expect(await page.locator('a[href="/chat?p=P01"]').count()).toBe(1);
    await screenshot('procedure');
  });

  it('decodes the QR code image and follows the URL it holds', async () => {
    const response = await fetch(`${app.base}/thu-tuc/cap-giay-phep-ban-le-ruou/qr.png`);
    const png = PNG.sync.read(Buffer.from(await response.arrayBuffer()));
    const decoded = decodeQr(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(`${app.base}/thu-tuc/cap-giay-phep-ban-le-ruou`);
    await page.goto(decoded?.data ?? '');
    expect(await page.locator('h1').textContent()).toBe('Cấp Giấy phép bán lẻ rượu');
    expect(await page.title()).toContain('(P16)');
  });

  it('prints an A4 sheet of QR codes for one agency', async () => {
    await page.goto(`${app.base}/thu-tuc/qr/trung-tam-dich-vu-viec-lam`);
    expect(await page.locator('.sheet .tile svg').count()).toBe(5);
    await screenshot('qr-sheet');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site').isVisible()).toBe(false);
    await page.pdf({ path: `${ARTIFACTS_DIR}public-qr-sheet.pdf`, format: 'A4', preferCSSPageSize: true });
    // How the printed sheet looks: A4 width at 96 dpi, print styles on.
    await page.setViewportSize({ width: 794, height: 1123 });
    await screenshot('qr-sheet-print');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ media: 'screen' });
  });

  it('filters legal documents and follows a replaced document to what replaced it', async () => {
    await page.goto(`${app.base}/van-ban`);
    await page.selectOption('#status', 'replaced');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.waitForURL(/status=replaced/);
    const numbers = await page.locator('main li.card h2 a').allTextContents();
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).toContain('Nghị định 152/2020/NĐ-CP');
    expect(await page.locator('main li.card .badge').allTextContents()).toEqual(numbers.map(() => 'Đã được thay thế'));
    await screenshot('documents');
    await page
      .locator('main li.card', { hasText: '152/2020' })
      .getByRole('link', { name: 'Nghị định 219/2025/NĐ-CP' })
      .click();
    await page.waitForURL(/\/van-ban\/nd-219-2025$/);
    await screenshot('document');
  });

  it('reads the monthly figures', async () => {
    await page.goto(`${app.base}/thong-ke`);
    const row = page.locator('tbody tr', { hasText: 'Sở Công Thương' });
    expect(await row.locator('td').allTextContents()).toEqual(['42', '81 %', '1,5 ngày', '88 %']);
    expect(await page.locator('svg.chart').count()).toBe(4);
    await screenshot('figures');
    await page.fill('#thang', '2026-09');
    await page.getByRole('button', { name: 'Xem' }).click();
    await page.waitForURL(/thang=2026-09/);
    expect(await page.locator('tbody tr th').allTextContents()).toEqual(['Sở Nội vụ']);
  });

  it('sends a question with the form and shows the case number', async () => {
    await page.goto(`${app.base}/hoi-dap`);
    await screenshot('answers');
    await page.getByLabel('Họ và tên').fill('Trần Thị B');
    await page.getByLabel('Số điện thoại hoặc email').fill('b@example.vn');
    await page.getByLabel('Câu hỏi', { exact: true }).fill('Hộ kinh doanh bán rượu cần giấy tờ gì?');
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    await page.waitForURL(/\/hoi-dap\/da-gui$/);
    expect(await page.locator('.case-number').textContent()).toMatch(/^HD-2026-\d{5}$/);
    await screenshot('receipt');
  });

  it('shows the business section and the English pages', async () => {
    await page.goto(`${app.base}/doanh-nghiep`);
    expect(await page.locator('h1').textContent()).toBe('Dành cho doanh nghiệp');
    await screenshot('business');
    await page.getByRole('link', { name: 'English' }).click();
    expect(await page.locator('h1').textContent()).toBe('For businesses');
    await page.goto(`${app.base}/thu-tuc/cap-giay-phep-ban-le-ruou`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot('procedure-en');
  });
});
