// The kiosk mode screen with the Rust side replaced by Tauri's mockIPC.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { mount, tick, unmount } from 'svelte';
import KioskModeSettings from './KioskModeSettings.svelte';
import type { KioskMode } from '../../bindings/KioskMode';
import type { KioskModeView } from '../../bindings/KioskModeView';
import type { OperatorRole } from '../../bindings/OperatorRole';
import { setLocale } from '../../lib/i18n.svelte';
import { session } from '../../lib/session.svelte';

let mounted: ReturnType<typeof mount> | null = null;
const byId = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

function start(role: OperatorRole, active: boolean) {
  const saved: KioskMode[] = [];
  const pins: string[] = [];
  let view: KioskModeView = { setting: { enabled: active, start_on_login: false }, active };
  session.operator = { id: 'o1', name: 'आशा वर्मा', role };
  mockIPC((cmd, args) => {
    if (cmd === 'kiosk_mode') return view;
    if (cmd === 'set_kiosk_mode') {
      const mode = (args as { mode: KioskMode }).mode;
      saved.push(mode);
      view = { setting: mode, active: view.active || mode.enabled };
      return view;
    }
    if (cmd === 'leave_kiosk_mode') {
      const pin = (args as { pin: string }).pin;
      pins.push(pin);
      if (pin !== '482913') throw { code: 'people.sign_in_failed', message: 'पिन ग़लत है। 4 बार और' };
      view = { ...view, active: false };
      return view;
    }
    throw new Error(`unexpected command ${cmd}`);
  });
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  mounted = mount(KioskModeSettings, { target: root, props: { onback: () => {} } });
  return { root, saved, pins };
}

afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
  session.operator = null;
  clearMocks();
  setLocale('hi');
});

describe('kiosk mode', () => {
  it('lets an admin turn kiosk mode and start on login on', async () => {
    const { root, saved } = start('admin', false);
    await vi.waitFor(() => expect(byId(root, 'kiosk-mode-state')?.dataset.active).toBe('false'));
    expect(byId(root, 'kiosk-mode-leave')).toBeNull();
    byId(root, 'kiosk-mode-enabled-on')?.click();
    byId(root, 'kiosk-mode-start_on_login-on')?.click();
    await tick();
    byId(root, 'kiosk-mode-save')?.click();
    await vi.waitFor(() => expect(saved).toEqual([{ enabled: true, start_on_login: true }]));
    await vi.waitFor(() => expect(byId(root, 'kiosk-mode-state')?.dataset.active).toBe('true'));
    expect(byId(root, 'kiosk-mode-notice')?.textContent).toContain('सहेज लिया');
  });

  it('shows an operator the choice but not the means to change it', async () => {
    const { root } = start('operator', true);
    await vi.waitFor(() => expect(byId(root, 'kiosk-mode-state')).not.toBeNull());
    expect(byId(root, 'kiosk-mode-save')).toBeNull();
    expect((byId(root, 'kiosk-mode-enabled-off') as HTMLButtonElement).disabled).toBe(true);
  });

  it('leaves kiosk mode only with the right PIN, and says why not', async () => {
    const { root, pins } = start('operator', true);
    await vi.waitFor(() => expect(byId(root, 'kiosk-mode-leave')).not.toBeNull());
    const pin = byId(root, 'kiosk-mode-pin') as HTMLInputElement;
    pin.value = '111111';
    pin.dispatchEvent(new Event('input', { bubbles: true }));
    byId(root, 'kiosk-mode-leave')?.click();
    await vi.waitFor(() => expect(byId(root, 'kiosk-mode-error')?.textContent).toContain('पिन ग़लत'));
    expect(byId(root, 'kiosk-mode-state')?.dataset.active).toBe('true');
    pin.value = '482913';
    pin.dispatchEvent(new Event('input', { bubbles: true }));
    byId(root, 'kiosk-mode-leave')?.click();
    await vi.waitFor(() => expect(byId(root, 'kiosk-mode-state')?.dataset.active).toBe('false'));
    expect(pins).toEqual(['111111', '482913']);
    expect(byId(root, 'kiosk-mode-leave')).toBeNull();
    expect(byId(root, 'kiosk-mode-error')).toBeNull();
  });
});
