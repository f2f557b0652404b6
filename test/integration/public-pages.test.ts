import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE, startPublicApp, type PublicApp } from '../helpers/public-fixtures.ts';

let app: PublicApp;

beforeAll(async () => {
  app = await startPublicApp();
});

afterAll(async () => {
  await app.close();
});

const get = (path: string, cookie = '') =>
  fetch(`${app.base}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });
const titleOf = (page: string) => (/<title>([^<]*)<\/title>/.exec(page)?.[1] ?? '').replaceAll('&amp;', '&');
/** The cookies a response sets, as a Cookie header value. */
const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
const procedureLinks = (page: string) =>
  [...page.matchAll(/<h[24]><a href="\/thu-tuc\/([^"]+)">/g)].map((match) => match[1] ?? '');

describe('public pages', () => {
  it('serves every page with a title, a description, the language and the security headers', async () => {
    const pages: Array<[string, string]> = [
      ['/thu-tuc', 'Thủ tục hành chính'],
      ['/thu-tuc/cap-giay-phep-ban-le-ruou', 'Cấp Giấy phép bán lẻ rượu (P16)'],
      ['/thu-tuc/qr/so-cong-thuong', 'Bảng mã QR thủ tục: Sở Công Thương'],
      ['/van-ban', 'Văn bản pháp luật'],
      ['/van-ban/nd-105-2017', 'Nghị định 105/2017/NĐ-CP'],
      ['/hoi-dap', 'Hỏi đáp'],
      ['/thong-ke', 'Thống kê trả lời tháng 10 năm 2026'],
      ['/doanh-nghiep', 'Dành cho doanh nghiệp'],
    ];
    for (const [path, title] of pages) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-security-policy'), path).toContain("script-src 'none'");
      const page = await response.text();
      expect(titleOf(page), path).toBe(`${title} · Hỏi đáp thủ tục hành chính`);
      expect(page, path).toMatch(/<meta name="description" content="[^"]{20,}">/);
      expect(page, path).toContain('<html lang="vi">');
      expect(page, path).toContain('<a class="skip" href="#main">');
      expect(page, path).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
    }
    const css = await get('/static/public.css');
    expect(css.headers.get('content-type')).toContain('text/css');
  });

  it('answers 404 with a page for an unknown procedure or document, and redirects a ref to the id', async () => {
    for (const path of ['/thu-tuc/khong-co-thu-tuc-nay', '/van-ban/nd-0-0000', '/thu-tuc/qr/khong-co']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toContain('Không tìm thấy trang');
    }
    const byRef = await get('/thu-tuc/p16');
    expect(byRef.status).toBe(301);
    expect(byRef.headers.get('location')).toBe('/thu-tuc/cap-giay-phep-ban-le-ruou');
  });

  it('finds procedures typed without accents with the bot’s search', async () => {
    const page = await (await get('/thu-tuc?q=giay%20phep%20lao%20dong')).text();
    const found = procedureLinks(page);
    expect(found).toContain('cap-giay-phep-lao-dong-cho-nguoi-nuoc-ngoai');
    expect(page).toContain('Cấp giấy phép lao động đối với người lao động nước ngoài');
    expect(found).not.toContain('cap-giay-phep-ban-le-ruou');
    expect(procedureLinks(await (await get('/thu-tuc?q=ban%20le%20ruou')).text())[0]).toBe('cap-giay-phep-ban-le-ruou');
    // The bot's abbreviations work too: GPLĐ is "giấy phép lao động".
    expect(procedureLinks(await (await get('/thu-tuc?q=gia%20han%20GPLD')).text())[0]).toBe(
      'gia-han-giay-phep-lao-dong',
    );
  });

  it('filters procedures by agency and field', async () => {
    const page = await (await get('/thu-tuc?agency=trung-tam-dich-vu-viec-lam')).text();
    expect(procedureLinks(page)).toHaveLength(5);
    const field = await (await get(`/thu-tuc?field=${encodeURIComponent('Kinh doanh khí')}`)).text();
    expect(procedureLinks(field).every((id) => id.includes('lpg'))).toBe(true);
  });

  it('shows every field of a procedure, its legal basis, chat links and QR code', async () => {
    const page = await (await get('/thu-tuc/cap-giay-phep-lao-dong-cho-nguoi-nuoc-ngoai')).text();
    for (const text of [
      '1.014199',
      'Sở Nội vụ',
      '10 ngày làm việc',
      'Thành phần hồ sơ',
      'Trình tự thực hiện',
      'https://dichvucong.gov.vn',
      'Căn cứ pháp lý',
    ]) {
      expect(page).toContain(text);
    }
    expect(page).toContain('href="/van-ban/nd-219-2025"');
    expect(page).toContain(
      '<p class="flag" role="note">⚠ Chưa xác minh: cơ quan giải quyết; phí, lệ phí; thành phần hồ sơ.',
    );
    expect(page).toContain('href="https://t.me/hoidap_demo_bot?start=P01"');
    expect(page).toContain('href="https://zalo.me/4318129348459302810"');
    expect(page).toContain('href="/chat?p=P01"');
    expect(page).toMatch(/<svg role="img" aria-label="[^"]+"/);
    // Sources: the official ones first and labelled so; the rest labelled secondary (P21 has both).
    const tobacco = await (await get('/thu-tuc/cap-giay-phep-ban-le-san-pham-thuoc-la')).text();
    const sources = tobacco.slice(tobacco.lastIndexOf('<h2>Nguồn</h2>'));
    const labels = [...sources.matchAll(/class="source-(official|secondary)"/g)].map((match) => match[1]);
    expect(labels).toContain('official');
    expect(labels).toContain('secondary');
    expect(labels.indexOf('secondary')).toBeGreaterThan(labels.lastIndexOf('official'));
    expect(sources).toContain('Nguồn chính thức');
    const png = await get('/thu-tuc/cap-giay-phep-lao-dong-cho-nguoi-nuoc-ngoai/qr.png');
    expect(png.headers.get('content-type')).toBe('image/png');
  });

  it('says "Chưa xác minh" at most once on any page, as one line naming the parts', async () => {
    const { kb } = app.answerer;
    let flagged = 0;
    for (const path of [
      '/thu-tuc',
      '/van-ban',
      ...kb.procedures.map((procedure) => `/thu-tuc/${procedure.id}`),
      ...kb.documents.map((doc) => `/van-ban/${doc.id}`),
    ]) {
      const page = await (await get(path)).text();
      expect(page.match(/Chưa xác minh/g)?.length ?? 0, path).toBeLessThanOrEqual(1);
      expect(page.match(/class="flag"/g)?.length ?? 0, path).toBeLessThanOrEqual(1);
      if (page.includes('⚠ Chưa xác minh:')) flagged++;
    }
    // The content marks parts of many procedures unverified: the line is there, once each.
    expect(flagged).toBeGreaterThan(10);
  });

  it('lists documents with the R6 fields, filters them and links what replaced them', async () => {
    const circulars = await (await get(`/van-ban?type=${encodeURIComponent('Thông tư')}`)).text();
    const headings = [...circulars.matchAll(/<h2><a href="\/van-ban\/[^"]+">([^<]+)<\/a>/g)].map(
      (match) => match[1] ?? '',
    );
    expect(headings.length).toBeGreaterThan(5);
    expect(headings.every((heading) => heading.startsWith('Thông tư '))).toBe(true);
    const replaced = await (await get('/van-ban?status=replaced&year=2020')).text();
    expect(replaced).toContain('href="/van-ban/nd-152-2020"');
    expect(replaced).toMatch(/Được thay thế bởi <a href="\/van-ban\/nd-219-2025">/);
    const byNumber = await (await get('/van-ban?q=152%2F2020')).text();
    expect(byNumber).toContain('href="/van-ban/nd-152-2020"');
    const unaccented = await (await get('/van-ban?q=lao%20dong%20nuoc%20ngoai')).text();
    expect(unaccented).toContain('href="/van-ban/nd-219-2025"');
  });

  it('shows long lists 30 at a time, every entry once, with page links that keep the filters', async () => {
    const documentLinks = (page: string) => [...page.matchAll(/<h2><a href="\/van-ban\/([^"]+)">/g)].map((m) => m[1]);
    const first = await (await get('/van-ban')).text();
    const second = await (await get('/van-ban?trang=2')).text();
    expect(documentLinks(first)).toHaveLength(30);
    const documents = [...documentLinks(first), ...documentLinks(second)];
    expect(new Set(documents).size).toBe(app.answerer.kb.documents.length);
    expect(first).toContain('<a href="/van-ban?trang=2" rel="next">');
    expect(second).toContain('<a href="/van-ban" rel="prev">');
    const procedures = [
      ...procedureLinks(await (await get('/thu-tuc')).text()),
      ...procedureLinks(await (await get('/thu-tuc?trang=2')).text()),
    ];
    expect(procedures).toHaveLength(app.answerer.kb.procedures.length);
    expect(new Set(procedures).size).toBe(app.answerer.kb.procedures.length);
    // Filters stay in the links; a filtered list that fits on one page has none.
    const inForce = await (await get('/van-ban?status=in_force&lang=vi')).text();
    const count = Number(/<p role="status">(\d+) kết quả/.exec(inForce)?.[1]);
    expect(count).toBeGreaterThan(30);
    expect(inForce).toContain('href="/van-ban?status=in_force&amp;lang=vi&amp;trang=2" rel="next"');
    expect(await (await get('/van-ban?status=replaced')).text()).not.toContain('class="pager"');
  });

  it('only ever shows hostile text escaped, in answers and in queries', async () => {
    const page = await (await get(`/hoi-dap?q=${encodeURIComponent(`"><script>x</script>`)}`)).text();
    expect(page).not.toContain('<script>');
    expect(page).toContain('value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    const all = await (await get('/hoi-dap')).text();
    expect(all).not.toContain(HOSTILE);
    expect(all).not.toContain('<img src=x');
    expect(all).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('searches published answers without accents', async () => {
    const page = await (await get('/hoi-dap?q=tro%20cap%20that%20nghiep')).text();
    expect(page).toContain('Nghỉ việc bao lâu thì phải nộp hồ sơ trợ cấp thất nghiệp?');
    expect(page).not.toContain('Cửa hàng tạp hóa bán rượu');
  });

  it('refuses the question form without the CSRF token, files it with the token and shows the case number', async () => {
    const form = (fields: Record<string, string>, cookie: string) =>
      fetch(`${app.base}/hoi-dap`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
        body: new URLSearchParams(fields),
      });
    const fields = {
      name: 'Nguyễn Văn A',
      contact: '0912 345 678',
      question: 'Doanh nghiệp tôi cần giấy phép gì để bán rượu?',
      is_business: 'on',
      tax_code: '0101234567',
      agency: 'so-cong-thuong',
    };
    expect((await form(fields, '')).status).toBe(403);

    const opened = await get('/hoi-dap');
    const cookie = cookiesOf(opened);
    const token = /name="_csrf" value="([^"]+)"/.exec(await opened.text())?.[1] ?? '';
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(opened.headers.getSetCookie().join()).toMatch(/HttpOnly/i);
    expect((await form({ ...fields, _csrf: 'x'.repeat(43) }, cookie)).status).toBe(403);
    expect(app.filed).toHaveLength(0);

    const invalid = await form({ ...fields, _csrf: token, question: `ngắn ${HOSTILE}`.slice(0, 9) }, cookie);
    expect(invalid.status).toBe(400);
    expect(await invalid.text()).toContain('Câu hỏi cần từ 10 đến 4000 ký tự.');

    const hostile = await form({ ...fields, _csrf: token, name: HOSTILE, contact: 'khong-phai-email' }, cookie);
    expect(hostile.status).toBe(400);
    const shown = await hostile.text();
    expect(shown).not.toContain(HOSTILE);
    expect(shown).toContain('value="&lt;script&gt;');

    const posted = await form({ ...fields, _csrf: token }, cookie);
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe('/hoi-dap/da-gui');
    expect(app.filed).toEqual([
      {
        name: 'Nguyễn Văn A',
        contact: '0912 345 678',
        question: fields.question,
        isBusiness: true,
        taxCode: '0101234567',
        agencyId: 'so-cong-thuong',
        language: 'vi',
      },
    ]);
    const receipt = await (await get('/hoi-dap/da-gui', `${cookie}; ${cookiesOf(posted)}`)).text();
    expect(receipt).toContain('HD-2026-00001');
    expect(receipt).toContain('16:00 ngày 17/11/2026');
    expect((await get('/hoi-dap/da-gui')).status).toBe(303);
  });

  it('keeps what was typed when the tracker cannot file the question', async () => {
    const failing = await startPublicApp({ failFiling: true });
    try {
      const opened = await fetch(`${failing.base}/hoi-dap`);
      const token = /name="_csrf" value="([^"]+)"/.exec(await opened.text())?.[1] ?? '';
      const response = await fetch(`${failing.base}/hoi-dap`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(opened) },
        body: new URLSearchParams({
          _csrf: token,
          name: 'B',
          contact: 'b@example.vn',
          question: 'Một câu hỏi đủ dài để gửi.',
        }),
      });
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('Một câu hỏi đủ dài để gửi.');
    } finally {
      await failing.close();
    }
  });

  it('shows the monthly figures of the previous month by default, another month on request', async () => {
    const page = await (await get('/thong-ke')).text();
    expect(page).toContain('value="2026-10"');
    expect(page).toMatch(
      /<th scope="row">Sở Công Thương<\/th><td class="num">42<\/td><td class="num">81 %<\/td><td class="num">1,5 ngày<\/td><td class="num">88 %<\/td>/,
    );
    expect(page).toContain('<svg class="chart"');
    const september = await (await get('/thong-ke?thang=2026-09')).text();
    expect(september).toContain('<th scope="row">Sở Nội vụ</th><td class="num">9</td>');
  });

  it('links months only between the first month with figures and the last finished one', async () => {
    const links = (page: string) =>
      [...page.matchAll(/<a href="\/thong-ke\?thang=([^"]+)" rel="(prev|next)">/g)].map((m) => `${m[2]} ${m[1]}`);
    // October 2026 is the last finished month on 15 Nov 2026; September 2026 the first with figures.
    const october = await (await get('/thong-ke')).text();
    expect(links(october)).toEqual(['prev 2026-09']);
    expect(october).toContain('min="2026-09" max="2026-10"');
    const september = await (await get('/thong-ke?thang=2026-09')).text();
    expect(links(september)).toEqual(['next 2026-10']);
    // An old month has no figures, and no link further back.
    const old = await get('/thong-ke?thang=2025-01');
    expect(old.status).toBe(200);
    const oldPage = await old.text();
    expect(oldPage).toContain('Chưa có số liệu cho tháng này.');
    expect(links(oldPage)).toEqual(['next 2025-02']);
  });

  it('answers ?thang= that is not a finished month with a polite 400 page', async () => {
    for (const asked of ['abc', '2026-13', '2026-1', '2026-11', '2027-01', '<script>']) {
      const response = await get(`/thong-ke?thang=${encodeURIComponent(asked)}`);
      expect(response.status, asked).toBe(400);
      const page = await response.text();
      expect(page, asked).toContain('<h1>Không có số liệu cho tháng này</h1>');
      expect(page, asked).toContain('Số liệu có từ tháng 9 năm 2026 đến tháng 10 năm 2026.');
      expect(page, asked).toContain('<a href="/thong-ke">');
      expect(page, asked).not.toContain('<script>');
    }
  });

  it('groups business procedures and the answers about them', async () => {
    const page = await (await get('/doanh-nghiep')).text();
    expect(page).toContain('href="/thu-tuc/cap-giay-phep-ban-le-ruou"');
    expect(page).not.toContain('href="/thu-tuc/giai-quyet-huong-tro-cap-that-nghiep"');
    expect(page).toContain('Cửa hàng tạp hóa bán rượu');
    expect(page).not.toContain('Nghỉ việc bao lâu');
  });

  it('switches to English with ?lang=en and remembers it in the lang cookie', async () => {
    const english = await get('/thu-tuc/cap-giay-phep-ban-le-ruou?lang=en');
    const page = await english.text();
    expect(page).toContain('<html lang="en">');
    expect(titleOf(page)).toBe('Issuing a liquor retail licence (P16) · Administrative procedures Q&A');
    const cookie = cookiesOf(english);
    expect(cookie).toBe('lang=en');
    const next = await (await get('/van-ban', cookie)).text();
    expect(titleOf(next)).toBe('Legal documents · Administrative procedures Q&A');
    expect(next).toContain('href="/van-ban?lang=vi"');
  });

  it('lists every procedure and document in the sitemap, and points robots.txt to it', async () => {
    const sitemap = await (await get('/sitemap.xml')).text();
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
    expect(locations.filter((loc) => loc.startsWith(`${app.base}/thu-tuc/`))).toHaveLength(
      app.answerer.kb.procedures.length,
    );
    expect(locations.filter((loc) => loc.startsWith(`${app.base}/van-ban/`))).toHaveLength(
      app.answerer.kb.documents.length,
    );
    expect(await (await get('/robots.txt')).text()).toContain(`Sitemap: ${app.base}/sitemap.xml`);
  });
});
