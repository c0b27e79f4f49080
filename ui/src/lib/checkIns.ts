// An entrepreneur's check-ins in the order they happened.
import type { CheckIn } from '../bindings/CheckIn';

/** By date, then by when they were written down (two check-ins on one day). */
export function oldestFirst(checkIns: CheckIn[]): CheckIn[] {
  return [...checkIns].sort((a, b) => a.date.localeCompare(b.date) || a.created_at.localeCompare(b.created_at));
}
