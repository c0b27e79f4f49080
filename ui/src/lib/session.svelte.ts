// The signed-in operator, as the window knows it. The Rust side holds the real session
// and ends it after idle minutes; this side notices idleness itself too, so that a PC
// left alone hides personal records without waiting for the next click.
import type { Operator } from '../bindings/Operator';
import type { SessionView } from '../bindings/SessionView';
import { api, whenSignInNeeded } from './api';

/** How often, at most, activity is reported to the Rust side (which keeps its session
 * open): well within the idle time, so that both sides agree on it. */
const touchEveryMs = () => Math.min(30_000, (session.idleLockSeconds * 1000) / 3);
const CHECK_EVERY_MS = 1_000;

export const session = $state<{ operator: Operator | null; locked: boolean; idleLockSeconds: number }>({
  operator: null,
  locked: false,
  idleLockSeconds: 600,
});

let lastActivity = Date.now();
let lastTouch = 0;

/** Takes what the Rust side answered about the session. */
export function adopt(view: SessionView): void {
  session.idleLockSeconds = view.idle_lock_seconds;
  session.operator = view.operator;
  if (view.operator) {
    session.locked = false;
    lastActivity = Date.now();
  }
}

/** The session ended by itself (idle, or refused by the Rust side): screens with
 * personal data cover themselves until someone signs in again. */
export function lock(): void {
  if (!session.operator) return;
  session.operator = null;
  session.locked = true;
  api.signOut().catch(() => {});
}

export async function signOut(): Promise<void> {
  session.operator = null;
  session.locked = false;
  adopt(await api.signOut());
}

function active(): void {
  lastActivity = Date.now();
  if (session.operator && lastActivity - lastTouch > touchEveryMs()) {
    lastTouch = lastActivity;
    api
      .session()
      .then((view) => (view.operator ? adopt(view) : lock()))
      .catch(() => {});
  }
}

function check(): void {
  if (session.operator && Date.now() - lastActivity >= session.idleLockSeconds * 1000) lock();
}

/** Starts watching for activity; returns the function that stops it. */
export function watchIdle(): () => void {
  const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
  for (const event of events) window.addEventListener(event, active, { passive: true });
  const timer = window.setInterval(check, CHECK_EVERY_MS);
  whenSignInNeeded(lock);
  return () => {
    for (const event of events) window.removeEventListener(event, active);
    window.clearInterval(timer);
  };
}
