import { describe, expect, it } from 'vitest';
import { screenFromHash, screenHash, type Screen } from './screen';

describe('the screen in the address', () => {
  it('comes back as the same screen', () => {
    const screens: Screen[] = [
      { kind: 'home' },
      { kind: 'feature', feature: 'schemes' },
      { kind: 'feature', feature: 'courses' },
      { kind: 'feature', feature: 'register' },
      { kind: 'feature', feature: 'sync' },
      { kind: 'operator', task: null },
      { kind: 'operator', task: 'course-packs' },
      { kind: 'operator', task: 'learning-report' },
      { kind: 'operator', task: 'operators' },
      { kind: 'operator', task: 'kiosk-mode' },
    ];
    for (const screen of screens) {
      expect(screenFromHash(screenHash(screen), true)).toEqual(screen);
    }
  });

  it('keeps nothing of passing screens', () => {
    expect(screenHash({ kind: 'loading' })).toBe('');
    expect(screenHash({ kind: 'setup' })).toBe('');
    expect(screenHash({ kind: 'failed', problem: { code: 'x', message: 'y', path: null } })).toBe('');
  });

  it('opens nothing it does not know, and nothing personal on a kiosk not set up', () => {
    for (const hash of ['', '#', '#nowhere', '#operator/unknown', '#feature/schemes', 'javascript:1']) {
      expect(screenFromHash(hash, true)).toBeNull();
    }
    expect(screenFromHash('#schemes', false)).toEqual({ kind: 'feature', feature: 'schemes' });
    for (const hash of ['#register', '#sync', '#operator', '#operator/operators']) {
      expect(screenFromHash(hash, false)).toBeNull();
    }
  });
});
