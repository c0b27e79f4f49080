// The shell's behaviour with the Rust side replaced by Tauri's mockIPC.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { mount, unmount } from 'svelte';
import App from './App.svelte';
import type { AppStatus } from './bindings/AppStatus';
import { setLocale } from './lib/i18n.svelte';

type Calls = { cmd: string; args: unknown }[];
let mounted: ReturnType<typeof mount> | null = null;

function start(status: AppStatus, onSetLanguage?: (args: unknown) => unknown): { root: HTMLElement; calls: Calls } {
  const calls: Calls = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    if (cmd === 'app_status') return status;
    if (cmd === 'set_language') return onSetLanguage ? onSetLanguage(args) : (args as { language: string }).language;
    throw new Error(`unexpected command ${cmd}`);
  });
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  mounted = mount(App, { target: root });
  return { root, calls };
}

const byId = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const ready = (language: 'hi' | 'en'): AppStatus => ({ state: 'ready', language, kiosk_id: 'k-1', kiosk_name: null });

afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
  clearMocks();
  setLocale('hi');
});

describe('home screen', () => {
  it('shows the four tiles in the saved language', async () => {
    const { root } = start(ready('en'));
    await vi.waitFor(() => expect(byId(root, 'screen-home')).not.toBeNull());
    const labels = ['schemes', 'courses', 'register', 'sync'].map((f) => byId(root, `tile-${f}-label`)?.textContent);
    expect(labels).toEqual(['Schemes', 'Courses', 'Register entrepreneur', 'Sync']);
  });

  it('switches to Hindi at once and saves the choice', async () => {
    const { root, calls } = start(ready('en'));
    await vi.waitFor(() => expect(byId(root, 'screen-home')).not.toBeNull());
    byId(root, 'lang-hi')?.click();
    await vi.waitFor(() => expect(byId(root, 'tile-schemes-label')?.textContent).toBe('सरकारी योजनाएँ'));
    expect(byId(root, 'lang-hi')?.getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('hi');
    expect(calls).toContainEqual({ cmd: 'set_language', args: { language: 'hi' } });
  });

  it('opens a placeholder for a feature and comes back', async () => {
    const { root } = start(ready('hi'));
    await vi.waitFor(() => expect(byId(root, 'screen-home')).not.toBeNull());
    byId(root, 'tile-register')?.click();
    await vi.waitFor(() => expect(byId(root, 'screen-placeholder')).not.toBeNull());
    expect(byId(root, 'placeholder-title')?.textContent).toBe('उद्यमी पंजीकरण');
    expect(byId(root, 'placeholder-coming')?.textContent).toContain('जल्द');
    byId(root, 'nav-back-home')?.click();
    await vi.waitFor(() => expect(byId(root, 'screen-home')).not.toBeNull());
  });

  it('keeps the new language on screen and says so when saving fails', async () => {
    const failure = { code: 'store.sqlite', message: 'could not save' };
    const { root } = start(ready('hi'), () => {
      throw failure;
    });
    await vi.waitFor(() => expect(byId(root, 'screen-home')).not.toBeNull());
    byId(root, 'lang-en')?.click();
    await vi.waitFor(() => expect(byId(root, 'language-notice')?.textContent).toContain('could not save'));
    expect(byId(root, 'tile-sync-label')?.textContent).toBe('Sync');
  });
});

describe('start-up failure', () => {
  it('shows the problem, the file and the code instead of the home screen', async () => {
    const status: AppStatus = {
      state: 'failed',
      language: 'hi',
      problem: { code: 'store.corrupt', message: 'फ़ाइल ख़राब है', path: '/data/kiosk.sqlite3' },
    };
    const { root, calls } = start(status);
    await vi.waitFor(() => expect(byId(root, 'screen-error')).not.toBeNull());
    expect(byId(root, 'screen-home')).toBeNull();
    expect(byId(root, 'error-path')?.textContent).toBe('/data/kiosk.sqlite3');
    expect(byId(root, 'error-code')?.textContent).toBe('store.corrupt');
    expect(byId(root, 'error-message')?.textContent).toBe('फ़ाइल ख़राब है');

    byId(root, 'lang-en')?.click();
    await vi.waitFor(() => expect(calls.filter((c) => c.cmd === 'app_status')).toHaveLength(2));
  });
});
