import { createServer } from 'node:http';
import express from 'express';
import { MemoryStore } from 'express-rate-limit';
import { openKnowledge, type Answerer } from '../../src/kb/index.ts';
import { createPublicPages } from '../../src/public/create-public-pages.ts';
import type { AgencyFigures, PublishedAnswer, QuestionInput } from '../../src/public/public-types.ts';
import { listenOnLoopback } from './listen.ts';

export const HOSTILE = '<script>alert("x")</script>';

/** Published answers for the tests: one about P16 (a business procedure), one about P08, one hostile. */
export const PUBLISHED_ANSWERS: PublishedAnswer[] = [
  {
    id: 'a1',
    question: 'Cửa hàng tạp hóa bán rượu dưới 5,5 độ có cần giấy phép không?',
    answer: 'Rượu dưới 5,5 độ không cần giấy phép bán lẻ rượu, nhưng cần đăng ký.\nXem thủ tục P16.',
    agencyId: 'ubnd-cap-xa',
    procedureRef: 'P16',
    publishedAt: new Date('2026-10-02T03:00:00Z'),
  },
  {
    id: 'a2',
    question: 'Nghỉ việc bao lâu thì phải nộp hồ sơ trợ cấp thất nghiệp?',
    answer: 'Trong 03 tháng kể từ ngày chấm dứt hợp đồng lao động.',
    agencyId: 'trung-tam-dich-vu-viec-lam',
    procedureRef: 'P08',
    publishedAt: new Date('2026-10-05T03:00:00Z'),
  },
  {
    id: 'a3',
    question: `Câu hỏi thử ${HOSTILE}`,
    answer: `Trả lời <img src=x onerror=alert(1)> ${HOSTILE}`,
    agencyId: 'so-cong-thuong',
    procedureRef: null,
    publishedAt: new Date('2026-09-20T03:00:00Z'),
  },
];

export const FIGURES: Record<string, AgencyFigures[]> = {
  '2026-10': [
    {
      agencyId: 'so-cong-thuong',
      requests: 42,
      answeredWithin48hShare: 0.81,
      medianDays: 1.5,
      satisfactionShare: 0.88,
    },
    { agencyId: 'ubnd-cap-xa', requests: 17, answeredWithin48hShare: 0.65, medianDays: 3, satisfactionShare: null },
    { agencyId: 'so-noi-vu', requests: 0, answeredWithin48hShare: null, medianDays: null, satisfactionShare: null },
  ],
  '2026-09': [
    { agencyId: 'so-noi-vu', requests: 9, answeredWithin48hShare: 0.44, medianDays: 6.5, satisfactionShare: 0.7 },
  ],
};

/** The month of the first request in these figures: the figures page links no month before it. */
export const FIRST_MONTH = '2026-09';

/** 15 Nov 2026 in Vietnam: the figures page defaults to October 2026. */
export const NOW = new Date('2026-11-15T02:00:00Z');

export type PublicApp = { base: string; answerer: Answerer; filed: QuestionInput[]; close(): Promise<void> };

let knowledge: Promise<Answerer> | null = null;

/** An express app with only the public pages on port 0, fake deps in memory, baseUrl = the server's own address. */
export async function startPublicApp(
  options: { answers?: PublishedAnswer[]; failFiling?: boolean } = {},
): Promise<PublicApp> {
  knowledge ??= openKnowledge('content', { baseUrl: 'http://localhost' });
  const answerer = await knowledge;
  const app = express();
  const server = createServer(app);
  const base = await listenOnLoopback(server);
  const filed: QuestionInput[] = [];
  app.use(
    createPublicPages({
      answerer,
      baseUrl: base,
      publishedAnswers: async () => options.answers ?? PUBLISHED_ANSWERS,
      monthlyFigures: async (month) => FIGURES[month] ?? [],
      // These pages have no database: the form's limit counts in memory here (the app's is in the database).
      limitStore: () => new MemoryStore(),
      firstMonth: async () => FIRST_MONTH,
      fileQuestion: async (input) => {
        if (options.failFiling) throw new Error('tracker down');
        filed.push(input);
        return {
          caseNumber: `HD-2026-${String(filed.length).padStart(5, '0')}`,
          deadline: new Date('2026-11-17T09:00:00Z'),
        };
      },
      chatLinks: { telegramBot: 'hoidap_demo_bot', zaloOaId: '4318129348459302810' },
      now: () => NOW,
    }),
  );
  return { base, answerer, filed, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
