// Dates as the kiosk shows and sends them: the local calendar day (a kiosk in India is
// 5½ hours ahead of UTC), formatted for the language on screen.
import type { Language } from '../bindings/Language';

const DAY_MONTH_YEAR: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/** The locale dates are written in for `lang`. */
export function localeTag(lang: Language): string {
  return lang === 'hi' ? 'hi-IN' : 'en-IN';
}

/** Today's local date as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A calendar day (YYYY-MM-DD, or the day an RFC 3339 time was written on) as
 * "25 नव॰ 2026" / "25 Nov 2026"; text that is not a date is shown as it is. */
export function dateLabel(date: string, lang: Language, parts: Intl.DateTimeFormatOptions = DAY_MONTH_YEAR): string {
  const day = new Date(`${date.slice(0, 10)}T00:00:00`);
  if (Number.isNaN(day.getTime())) return date;
  return day.toLocaleDateString(localeTag(lang), parts);
}

/** A YYYY-MM-DD date, or an ISO time in the kiosk's own time zone, as "25 नव॰ 2026". */
export function shortDate(value: string, lang: Language): string {
  return value.length === 10 ? dateLabel(value, lang) : new Date(value).toLocaleDateString(localeTag(lang), DAY_MONTH_YEAR);
}
