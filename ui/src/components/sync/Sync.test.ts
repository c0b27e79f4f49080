// The Sync screen with the Rust side replaced by Tauri's mockIPC.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { mount, tick, unmount } from 'svelte';
import Sync from './Sync.svelte';
import type { SyncView } from '../../bindings/SyncView';
import { setLocale } from '../../lib/i18n.svelte';

let mounted: ReturnType<typeof mount> | null = null;
const byId = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

const connected: SyncView = {
  enrolled: true,
  server_url: 'https://ho.example.org',
  pending: [
    { kind: 'entrepreneur', count: 3 },
    { kind: 'check_in', count: 2 },
  ],
  quarantined: [{ kind: 'check_in', record_id: 'c-9', version: 1, reason: 'record.bad_body', at: '2026-11-25T09:00:00Z' }],
  last_success_at: '2026-11-24T12:30:00Z',
  last_error: { code: 'sync.offline', message: 'इंटरनेट नहीं मिला', at: '2026-11-25T09:05:00Z' },
};

function start(view: SyncView) {
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  let current = view;
  mockIPC((cmd, raw) => {
    const args = (raw ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    switch (cmd) {
      case 'sync_status':
        return current;
      case 'sync_enrol':
        current = { ...connected, pending: [], quarantined: [], last_error: null };
        return null;
      case 'sync_now':
        current = { ...current, pending: [], last_error: null };
        return { sent: 5, duplicates: 0, quarantined: 0, batches: 1, blobs_uploaded: 0 };
      case 'sync_retry':
        current = { ...current, quarantined: [] };
        return 1;
      default:
        throw new Error(`unexpected command ${cmd}`);
    }
  });
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  mounted = mount(Sync, { target: root, props: { onhome: () => {} } });
  return { root, calls };
}

afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
  clearMocks();
  setLocale('hi');
});

describe('sync screen', () => {
  it('connects a new kiosk with the address and code typed', async () => {
    const { root, calls } = start({ enrolled: false, server_url: null, pending: [], quarantined: [], last_success_at: null, last_error: null });
    await vi.waitFor(() => expect(byId(root, 'sync-enrol')).not.toBeNull());
    for (const [id, value] of [['sync-url', 'ho.example.org'], ['sync-token', 'ABCD EFGH']]) {
      const input = byId(root, id) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await tick();
    byId(root, 'sync-enrol-submit')?.click();
    await vi.waitFor(() => expect(byId(root, 'sync-server')?.textContent).toBe('https://ho.example.org'));
    expect(calls).toContainEqual({ cmd: 'sync_enrol', args: { url: 'ho.example.org', token: 'ABCD EFGH' } });
  });

  it('shows what waits, the last failure and refused records, and sends on request', async () => {
    const { root, calls } = start(connected);
    await vi.waitFor(() => expect(byId(root, 'sync-waiting')?.textContent).toContain('5'));
    expect(byId(root, 'sync-pending')?.textContent).toContain('उद्यमी: 3');
    expect(byId(root, 'sync-pending')?.textContent).toContain('मुलाक़ातें: 2');
    expect(byId(root, 'sync-last-error')?.textContent).toContain('इंटरनेट नहीं मिला');
    expect(byId(root, 'sync-quarantined')?.textContent).toContain('record.bad_body');

    byId(root, 'sync-now')?.click();
    await vi.waitFor(() => expect(byId(root, 'sync-waiting')?.textContent).toContain('कुछ भी बाकी नहीं'));
    expect(byId(root, 'sync-last-error')).toBeNull();

    byId(root, 'sync-retry-all')?.click();
    await vi.waitFor(() => expect(byId(root, 'sync-quarantined')).toBeNull());
    expect(calls).toContainEqual({ cmd: 'sync_retry', args: { recordId: null } });
  });
});
