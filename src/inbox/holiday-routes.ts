import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { parseHolidayFile } from '../kb/parse-holiday-file.ts';
import { changeCalendar, type CalendarChange } from '../tracker/index.ts';
import { renderHolidayPage } from './holiday-page.ts';
import { pageContext, requireRole, type InboxDeps } from './inbox-context.ts';

const yearField = z.coerce.number().int().min(2000).max(2100);
const daySchema = z.object({
  year: yearField,
  date: z.string().max(20),
  kind: z.enum(['holiday', 'working']),
  name: z.string().trim().min(1).max(200),
});

// The import form sends the file as text (a script fills the text area from the chosen file), so it
// goes through the one form parser and CSRF check like every other form.
const READ_FILE_JS = `document.querySelectorAll('input[type=file][data-fills]').forEach(function (input) {
  input.addEventListener('change', function () {
    var file = input.files && input.files[0];
    var target = document.getElementById(input.getAttribute('data-fills'));
    if (file && target) file.text().then(function (text) { target.value = text; });
  });
});
`;

/** Admin only: each year's holidays and make-up working days, edited day by day, imported, confirmed. */
export function holidayRoutes(deps: InboxDeps): Router {
  const router = express.Router();
  router.use('/admin/holidays', requireRole('admin'));
  const thisYear = async () => Number((await deps.tracker.calendar.current(deps.db)).localDay(deps.now()).slice(0, 4));

  const show = async (req: Request, res: Response, year: number, extra: { problems?: string[]; draft?: string }) => {
    const context = pageContext(req, res);
    const moved = typeof req.query.moved === 'string' ? req.query.moved : null;
    const notice = moved && /^\d+$/.test(moved) ? context.t('calendar.saved', { moved }) : null;
    const years = await deps.tracker.calendar.years(deps.db);
    res
      .status(extra.problems ? 400 : 200)
      .send(renderHolidayPage(context, { year, years, thisYear: await thisYear(), notice, ...extra }));
  };

  const apply = async (req: Request, res: Response, year: number, change: CalendarChange, draft?: string) => {
    const context = pageContext(req, res);
    const result = await changeCalendar(deps.db, deps.tracker, change, { staffId: context.staff.id, at: deps.now() });
    if (result.problems.length > 0) {
      await show(req, res, year, { problems: result.problems.map((p) => `${p.field}: ${p.message}`), draft });
      return;
    }
    deps.logger.info(
      { staffId: context.staff.id, change: change.type, year, changed: result.changed, moved: result.moved },
      'holiday list changed',
    );
    res.redirect(303, `/inbox/admin/holidays?year=${year}&moved=${result.moved}`);
  };

  router.get('/admin/holidays', async (req, res) => {
    const asked = yearField.safeParse(req.query.year);
    await show(req, res, asked.success ? asked.data : await thisYear(), {});
  });

  router.get('/admin/holidays/read-file.js', (_req, res) => {
    res.type('text/javascript').send(READ_FILE_JS);
  });

  router.post('/admin/holidays/add', async (req, res) => {
    const parsed = daySchema.safeParse(req.body);
    const year = yearField.safeParse(req.body?.year);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      await show(req, res, year.success ? year.data : await thisYear(), { problems });
      return;
    }
    const { date, kind, name } = parsed.data;
    await apply(req, res, Number(date.slice(0, 4)) || parsed.data.year, { type: 'set', day: { date, kind, name } });
  });

  router.post('/admin/holidays/remove', async (req, res) => {
    const date = String(req.body?.date ?? '');
    await apply(req, res, Number(date.slice(0, 4)) || (await thisYear()), { type: 'remove', date });
  });

  router.post('/admin/holidays/import', async (req, res) => {
    const year = yearField.safeParse(req.body?.year);
    if (!year.success) {
      res.status(400).send('year: expected a year from 2000 to 2100');
      return;
    }
    const text = typeof req.body?.file === 'string' ? req.body.file : '';
    const parsed = parseHolidayFile(text, year.data);
    if (parsed.problems.length > 0 || parsed.days.length === 0) {
      const problems =
        parsed.problems.length > 0 ? parsed.problems : [pageContext(req, res).t('calendar.empty', { year: year.data })];
      await show(req, res, year.data, { problems, draft: text });
      return;
    }
    await apply(req, res, year.data, { type: 'import', year: year.data, days: parsed.days }, text);
  });

  router.post('/admin/holidays/confirm', async (req, res) => {
    const year = yearField.safeParse(req.body?.year);
    if (!year.success) {
      res.status(400).send('year: expected a year from 2000 to 2100');
      return;
    }
    const listed = (await deps.tracker.calendar.years(deps.db)).find((entry) => entry.year === year.data);
    if (!listed || listed.days.length === 0) {
      const problems = [pageContext(req, res).t('calendar.nothing_to_confirm', { year: year.data })];
      await show(req, res, year.data, { problems });
      return;
    }
    const source = typeof req.body?.source === 'string' ? req.body.source.trim().slice(0, 500) : '';
    await apply(req, res, year.data, { type: 'confirm', year: year.data, source: source || null });
  });
  return router;
}
