// The shell's behaviour with the Rust side replaced by Tauri's mockIPC.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { mount, tick, unmount } from 'svelte';
import App from './App.svelte';
import type { AppStatus } from './bindings/AppStatus';
import type { Operator } from './bindings/Operator';
import type { SessionView } from './bindings/SessionView';
import { setLocale } from './lib/i18n.svelte';

type Calls = { cmd: string; args: unknown }[];
let mounted: ReturnType<typeof mount> | null = null;

const admin: Operator = { id: 'op-1', name: 'सुनीता', role: 'admin' };
/** The Rust side's session, as the mocked commands keep it. */
let signedIn: Operator | null = null;
const sessionView = (): SessionView => ({ operator: signedIn, idle_lock_seconds: 600 });

function start(status: AppStatus, onSetLanguage?: (args: unknown) => unknown): { root: HTMLElement; calls: Calls } {
  const calls: Calls = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    if (cmd === 'app_status') return status;
    if (cmd === 'set_language') return onSetLanguage ? onSetLanguage(args) : (args as { language: string }).language;
    if (cmd === 'session') return sessionView();
    if (cmd === 'sync_status')
      return { enrolled: false, server_url: null, pending: [], quarantined: [], last_success_at: null, last_error: null };
    if (cmd === 'operators') return [admin];
    if (cmd === 'kiosk_places') return [{ id: 'mp', en: 'Madhya Pradesh', hi: 'मध्य प्रदेश', districts: [{ id: 'dewas', en: 'Dewas', hi: 'देवास' }] }];
    if (cmd === 'sign_in') {
      if ((args as { pin: string }).pin !== '482913')
        throw { code: 'people.sign_in_failed', message: 'पिन ग़लत है। 4 बार और' };
      signedIn = admin;
      return sessionView();
    }
    if (cmd === 'sign_out') {
      signedIn = null;
      return sessionView();
    }
    if (cmd === 'set_up_kiosk') {
      signedIn = admin;
      return sessionView();
    }
    throw new Error(`unexpected command ${cmd}`);
  });
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  mounted = mount(App, { target: root });
  return { root, calls };
}

const byId = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const ready = (language: 'hi' | 'en', set_up = true): AppStatus => ({
  state: 'ready',
  language,
  kiosk_id: 'k-1',
  kiosk_name: set_up ? 'Gram Kiosk Bagli' : null,
  set_up,
});

/** Types into a field (or chooses in a list) and lets the screen update. */
async function type(root: HTMLElement, id: string, value: string): Promise<void> {
  const input = byId(root, id) as HTMLInputElement | HTMLSelectElement;
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  await tick();
}

afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
  signedIn = null;
  vi.useRealTimers();
  clearMocks();
  setLocale('hi');
  // Each test starts as a new app does: with no screen named in its address.
  history.replaceState(null, '', location.pathname);
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

  it('asks for sign-in before a feature with personal data, then opens it', async () => {
    const { root } = start(ready('hi'));
    await vi.waitFor(() => expect(byId(root, 'screen-home')).not.toBeNull());
    byId(root, 'tile-sync')?.click();
    await vi.waitFor(() => expect(byId(root, 'sign-in-operator-0')).not.toBeNull());
    expect(byId(root, 'screen-sync')).toBeNull();
    await type(root, 'sign-in-pin', '111222');
    byId(root, 'sign-in-submit')?.click();
    await vi.waitFor(() => expect(byId(root, 'sign-in-error')?.textContent).toContain('पिन ग़लत'));
    await type(root, 'sign-in-pin', '482913');
    byId(root, 'sign-in-submit')?.click();
    await vi.waitFor(() => expect(byId(root, 'sync-enrol')).not.toBeNull());
    expect(byId(root, 'screen-sync')?.textContent).toContain('मुख्य कार्यालय');
    byId(root, 'nav-back-home')?.click();
    await vi.waitFor(() => expect(byId(root, 'screen-home')).not.toBeNull());
  });

  it('names the screen in the address, and a reload comes back to it', async () => {
    const first = start(ready('hi'));
    await vi.waitFor(() => expect(byId(first.root, 'screen-home')).not.toBeNull());
    expect(location.hash).toBe('#home');
    byId(first.root, 'tile-sync')?.click();
    await vi.waitFor(() => expect(location.hash).toBe('#sync'));
    if (mounted) unmount(mounted);

    // The window reloads the page (its renderer died): the sync screen comes back,
    // behind the operator's sign-in as before, instead of the home tiles.
    const again = start(ready('hi'));
    await vi.waitFor(() => expect(byId(again.root, 'sign-in-operator-0')).not.toBeNull());
    expect(byId(again.root, 'screen-home')).toBeNull();
    await type(again.root, 'sign-in-pin', '482913');
    byId(again.root, 'sign-in-submit')?.click();
    await vi.waitFor(() => expect(byId(again.root, 'sync-enrol')).not.toBeNull());
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

describe('kiosk set-up and operator session', () => {
  it('starts a new kiosk on the set-up screen; "later" leaves schemes and courses open', async () => {
    const { root } = start(ready('en', false));
    await vi.waitFor(() => expect(byId(root, 'screen-setup')).not.toBeNull());
    byId(root, 'setup-later')?.click();
    await vi.waitFor(() => expect(byId(root, 'screen-home')).not.toBeNull());
    byId(root, 'tile-sync')?.click();
    await vi.waitFor(() => expect(byId(root, 'screen-setup')).not.toBeNull());
  });

  it('refuses two different PINs before asking the Rust side', async () => {
    const { root, calls } = start(ready('en', false));
    await vi.waitFor(() => expect(byId(root, 'setup-state')?.querySelectorAll('option').length).toBe(2));
    await type(root, 'setup-name', 'Gram Kiosk Bagli');
    await type(root, 'setup-pin', '482913');
    await type(root, 'setup-pin-again', '482914');
    byId(root, 'setup-submit')?.click();
    await vi.waitFor(() => expect(byId(root, 'setup-error')?.textContent).toContain('not the same'));
    expect(calls.some((c) => c.cmd === 'set_up_kiosk')).toBe(false);
  });

  it('sets the kiosk up and lands on the operator screen, signed in', async () => {
    const { root, calls } = start(ready('en', false));
    await vi.waitFor(() => expect(byId(root, 'setup-state')?.querySelectorAll('option').length).toBe(2));
    await type(root, 'setup-name', 'Gram Kiosk Bagli');
    await type(root, 'setup-state', 'mp');
    await type(root, 'setup-district', 'dewas');
    await type(root, 'setup-block', 'Bagli');
    await type(root, 'setup-village', 'Karnawad');
    await type(root, 'setup-admin', 'सुनीता');
    await type(root, 'setup-pin', '482913');
    await type(root, 'setup-pin-again', '482913');
    byId(root, 'setup-submit')?.click();
    await vi.waitFor(() => expect(byId(root, 'operator-signed-in')?.textContent).toContain('सुनीता'));
    expect(calls).toContainEqual({
      cmd: 'set_up_kiosk',
      args: {
        profile: { name: 'Gram Kiosk Bagli', village: 'Karnawad', block: 'Bagli', state: 'mp', district: 'dewas' },
        admin: 'सुनीता',
        pin: '482913',
      },
    });
    expect(byId(root, 'operator-open')?.textContent?.trim()).toBe('सुनीता');
  });

  it('hides the operator screen after idle minutes and shows it again on sign-in', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    signedIn = admin;
    const { root, calls } = start(ready('en'));
    await vi.waitFor(() => expect(byId(root, 'screen-home')).not.toBeNull());
    byId(root, 'operator-open')?.click();
    await vi.waitFor(() => expect(byId(root, 'screen-operator')).not.toBeNull());
    vi.advanceTimersByTime(601_000);
    await vi.waitFor(() => expect(byId(root, 'sign-in-locked')).not.toBeNull());
    expect(byId(root, 'screen-operator')?.closest('[hidden]')).not.toBeNull();
    expect(calls.some((c) => c.cmd === 'sign_out')).toBe(true);
    await type(root, 'sign-in-pin', '482913');
    byId(root, 'sign-in-submit')?.click();
    await vi.waitFor(() => expect(byId(root, 'screen-operator')?.closest('[hidden]')).toBeNull());
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
