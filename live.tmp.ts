import { launchBrowser } from './test/helpers/browser.ts';
const B = 'http://localhost:4311';
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(`${B}/inbox/login`);
await page.fill('input[name=email]', 'admin@tinh.gov.vn');
await page.fill('input[name=password]', 'Quy-trinh-hanh-chinh-2026!');
await page.click('form button');
await page.waitForLoadState();
console.log('after login', page.url());
await page.goto(`${B}/inbox`);
await page.screenshot({ path: '/tmp/live/queue.png', fullPage: true });
const links = await page.$$eval('a[href^="/inbox/cases/"]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
console.log('cases', links.slice(0, 5));
if (links[0]) {
  await page.goto(links[0]);
  await page.screenshot({ path: '/tmp/live/case.png', fullPage: true });
  console.log((await page.innerText('main').catch(() => page.innerText('body'))).slice(0, 3000));
}
const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
await phone.context().addCookies(await page.context().cookies());
await phone.goto(`${B}/inbox`);
console.log('phone queue width', await phone.evaluate(() => document.documentElement.scrollWidth));
await phone.screenshot({ path: '/tmp/live/queue-phone.png', fullPage: true });
if (links[0]) {
  await phone.goto(links[0]);
  console.log('phone case width', await phone.evaluate(() => document.documentElement.scrollWidth));
  await phone.screenshot({ path: '/tmp/live/case-phone.png', fullPage: true });
}
await browser.close();
