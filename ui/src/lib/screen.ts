// Which screen the app shows, and how it is kept in the address's #fragment so that a
// reload (the app reloads the page by itself when the web view's renderer dies) comes
// back to the same screen instead of the home tiles. Only the screen's name is kept:
// nothing a villager typed ever goes into the address.
import type { StartupProblem } from '../bindings/StartupProblem';
import { FEATURES, type Feature, type OperatorTask } from './features';

export type Screen =
  | { kind: 'loading' }
  | { kind: 'setup' }
  | { kind: 'home' }
  | { kind: 'feature'; feature: Feature }
  | { kind: 'operator'; task: OperatorTask | null }
  | { kind: 'failed'; problem: StartupProblem };

const TASKS: readonly OperatorTask[] = ['course-packs', 'learning-report', 'operators', 'kiosk-mode'];

/** The fragment for a screen worth coming back to; '' for the others. */
export function screenHash(screen: Screen): string {
  switch (screen.kind) {
    case 'home':
      return '#home';
    case 'feature':
      return `#${screen.feature}`;
    case 'operator':
      return screen.task ? `#operator/${screen.task}` : '#operator';
    default:
      return '';
  }
}

/**
 * The screen a fragment names, for a kiosk that is set up or not; `null` for a
 * fragment that names none. An unset kiosk opens only what needs no set-up.
 */
export function screenFromHash(hash: string, setUp: boolean): Screen | null {
  const name = hash.replace(/^#/, '');
  if (name === 'home') return { kind: 'home' };
  const feature = FEATURES.find((f) => f === name);
  if (feature) {
    const personal = feature === 'register' || feature === 'sync';
    return personal && !setUp ? null : { kind: 'feature', feature };
  }
  if (!setUp) return null;
  if (name === 'operator') return { kind: 'operator', task: null };
  const task = TASKS.find((t) => name === `operator/${t}`);
  return task ? { kind: 'operator', task } : null;
}
