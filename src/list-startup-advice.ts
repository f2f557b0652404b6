import { join } from 'node:path';

export type StartupFacts = {
  /** Whether PUBLIC_URL is set: without it every link the app hands out names this machine. */
  publicUrlSet: boolean;
  /** The address the app prints (PUBLIC_URL, or http://localhost:PORT). */
  local: string;
  contentDir: string;
  /** This year and next, with what the working calendar knows of each. */
  years: Array<{ year: number; known: boolean; confirmed: boolean }>;
};

/**
 * The lines of advice printed under the links when the app starts: what a person setting it up
 * should do next, each naming the setting, file or page to change. Nothing here is a fault — the
 * app runs as it is — so they read as advice and are not logged as warnings.
 */
export function listStartupAdvice(facts: StartupFacts): string[] {
  const advice: string[] = [];
  if (!facts.publicUrlSet) {
    advice.push(
      `PUBLIC_URL is not set: QR codes, printed sheets and links in messages point at ${facts.local} ` +
        'until you set it to the address people reach (e.g. PUBLIC_URL=https://hoidap.example.gov.vn).',
    );
  }
  const holidaysPage = `${facts.local}/inbox/admin/holidays`;
  for (const { year, known, confirmed } of facts.years) {
    const file = join(facts.contentDir, 'holidays', `${year}.yaml`);
    if (!known) {
      advice.push(
        `Holidays ${year}: no list yet, so deadlines count only weekends as days off. Add ${file} ` +
          `(same shape as the other years' files) when the Government announces the days off, ` +
          `or an admin adds them at ${holidaysPage}.`,
      );
    } else if (!confirmed) {
      advice.push(
        `Holidays ${year}: the list is provisional (statutory days only). When the Government's decision is out, ` +
          `update ${file} and remove "provisional", or an admin confirms or corrects it at ${holidaysPage}.`,
      );
    }
  }
  return advice;
}
