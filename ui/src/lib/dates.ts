// Dates as the kiosk shows and sends them: the local calendar day (a kiosk in India is
// 5½ hours ahead of UTC), formatted for the language on screen.
import type { Language } from '../bindings/Language';

/** Today's local date as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A YYYY-MM-DD date or an ISO time as "25 नव॰ 2026" / "25 Nov 2026". */
export function shortDate(value: string, lang: Language): string {
  const when = value.length === 10 ? new Date(`${value}T00:00:00`) : new Date(value);
  return when.toLocaleDateString(lang === 'hi' ? 'hi-IN' : 'en-IN', { day: 'numeric', month: 'short', year: 'numeric' });
}
