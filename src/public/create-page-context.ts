import type { Request, Response } from 'express';
import type { TFunction } from 'i18next';
import { isLanguage, translator, type Language } from '../i18n/index.ts';
import { VIETNAM_TIME_ZONE } from '../vietnam-time.ts';

/** What every page needs to know about the request it renders. */
export type PageContext = {
  language: Language;
  t: TFunction;
  baseUrl: string;
  /** The path of the page, without query: for the current-page mark in the menu and canonical links. */
  path: string;
  /** The request URL (path and query), for links that keep the query, such as the language switch. */
  url: URL;
  /** A query parameter as a trimmed string, '' when absent or repeated. */
  param(name: string): string;
  /** A date in the page's language: 30/12/2020 or 30 Dec 2020. ISO dates stay calendar dates. */
  date(value: Date | string | null): string;
  /** A moment with the time, in Vietnam's time zone: for deadlines. */
  dateTime(value: Date): string;
  /** A share in [0, 1] as a percentage. */
  percent(value: number | null): string;
};

const ONE_YEAR_MS = 365 * 24 * 3600 * 1000;

/** Reads the language from ?lang= (then remembered in the `lang` cookie) or the cookie; Vietnamese by default. */
export function createPageContext(req: Request, res: Response, baseUrl: string): PageContext {
  const asked = req.query.lang;
  let language: Language = 'vi';
  if (isLanguage(asked)) {
    language = asked;
    res.cookie('lang', asked, { maxAge: ONE_YEAR_MS, sameSite: 'lax', path: '/', httpOnly: true });
  } else {
    const saved: unknown = req.cookies?.lang;
    if (isLanguage(saved)) language = saved;
  }
  res.vary('Cookie');
  res.setHeader('Content-Language', language);
  const locale = language === 'vi' ? 'vi-VN' : 'en-GB';
  const dates = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: language === 'vi' ? '2-digit' : 'short',
    year: 'numeric',
    timeZone: VIETNAM_TIME_ZONE,
  });
  const isoDates = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: language === 'vi' ? '2-digit' : 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const times = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: VIETNAM_TIME_ZONE,
  });
  const t = translator(language, 'pages');
  return {
    language,
    t,
    baseUrl,
    path: req.path,
    url: new URL(req.originalUrl, 'http://localhost'),
    param: (name) => {
      const value = req.query[name];
      return typeof value === 'string' ? value.trim() : '';
    },
    date: (value) => {
      if (value === null) return t('common.unknown');
      if (typeof value === 'string')
        return /^\d{4}-\d{2}-\d{2}$/.test(value) ? isoDates.format(new Date(`${value}T00:00:00Z`)) : value;
      return dates.format(value);
    },
    dateTime: (value) => t('common.dateTime', { date: dates.format(value), time: times.format(value) }),
    percent: (value) => (value === null ? '–' : `${Math.round(value * 100)} %`),
  };
}

/** The same URL with one query parameter set (or removed when empty), as a relative link. */
export function withParam(url: URL, name: string, value: string): string {
  const next = new URL(url);
  if (value === '') next.searchParams.delete(name);
  else next.searchParams.set(name, value);
  return `${next.pathname}${next.search}`;
}

/** A route parameter as one string (express 5 types wildcard parameters as arrays). */
export function routeParam(req: Request, name: string): string {
  const value = req.params[name];
  return typeof value === 'string' ? value : '';
}
