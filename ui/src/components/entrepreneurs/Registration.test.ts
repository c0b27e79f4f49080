// The registration form and an entrepreneur's page with the Rust side replaced by
// Tauri's mockIPC: nothing is saved before possible duplicates are seen, an edit sends
// the version it started from, and "saved" appears only after the Rust side answers.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { mount, tick, unmount } from 'svelte';
import Entrepreneurs from './Entrepreneurs.svelte';
import type { Entrepreneur } from '../../bindings/Entrepreneur';
import type { EntrepreneurLists } from '../../bindings/EntrepreneurLists';
import { setLocale } from '../../lib/i18n.svelte';
import { adopt } from '../../lib/session.svelte';

const lists: EntrepreneurLists = {
  sector: [{ id: 'goat_rearing', en: 'Goat rearing', hi: 'बकरी पालन' }],
  education: [{ id: 'class_10', en: '10th pass', hi: '10वीं पास' }],
  stage: [
    { id: 'idea', en: 'Idea', hi: 'आइडिया', meaning_en: 'Has an idea.', meaning_hi: 'आइडिया है।' },
    { id: 'training', en: 'Training', hi: 'ट्रेनिंग', meaning_en: 'Learning.', meaning_hi: 'सीख रहे हैं।' },
  ],
  loan_source: [{ id: 'bank', en: 'Bank', hi: 'बैंक' }],
};

const sunita: Entrepreneur = {
  id: 'e-1',
  version: 2,
  profile: {
    full_name: 'सुनीता देवी',
    gender: 'female',
    birth_date: null,
    age_at_registration: 29,
    mobile: '9876543210',
    village: 'करनावद',
    state: 'madhya-pradesh',
    district: 'dewas',
    caste: null,
    education: 'class_10',
    shg_member: true,
    sector: 'goat_rearing',
    idea: 'बकरी पालन',
    stage: 'training',
    bank_account: true,
    aadhaar_last4: '0124',
    photo: null,
  },
  consent: { version: 1, at: '2026-11-20T10:00:00Z', by: 'op-1' },
  registered_at: '2026-11-20T10:00:00Z',
  registered_by: 'op-1',
  updated_at: '2026-11-20T10:00:00Z',
  erased_at: null,
  erased_by: null,
};

type Call = { cmd: string; args: Record<string, unknown> };
let mounted: ReturnType<typeof mount> | null = null;
const byId = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

function start(duplicates: unknown[] = []) {
  const calls: Call[] = [];
  let answerSave: ((value: Entrepreneur) => void) | null = null;
  mockIPC((cmd, raw) => {
    const args = (raw ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    switch (cmd) {
      case 'entrepreneur_lists':
        return lists;
      case 'entrepreneurs':
        return [{ id: 'e-1', full_name: 'सुनीता देवी', village: 'करनावद', mobile: '9876543210', sector: 'goat_rearing', stage: 'training', photo: null, registered_at: sunita.registered_at, erased_at: null }];
      case 'kiosk_places':
        return [{ id: 'madhya-pradesh', en: 'Madhya Pradesh', hi: 'मध्य प्रदेश', districts: [{ id: 'dewas', en: 'Dewas', hi: 'देवास' }] }];
      case 'kiosk_profile':
        return { name: 'K', village: 'करनावद', block: 'बागली', state: 'madhya-pradesh', district: 'dewas' };
      case 'consent_notice':
        return { version: 3, en: { title: 'Consent', sections: [] }, hi: { title: 'सहमति', sections: [{ heading: 'क्या', body: 'नाम' }] } };
      case 'possible_duplicates':
        return duplicates;
      case 'register_entrepreneur':
      case 'update_entrepreneur':
        return new Promise<Entrepreneur>((resolve) => (answerSave = resolve));
      case 'entrepreneur':
        return sunita;
      case 'check_ins':
        return [];
      case 'entrepreneur_synced':
        return false;
      default:
        throw new Error(`unexpected command ${cmd}`);
    }
  });
  adopt({ operator: { id: 'op-1', name: 'आशा', role: 'admin' }, idle_lock_seconds: 600 });
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  mounted = mount(Entrepreneurs, { target: root, props: { onhome: () => {} } });
  return { root, calls, save: (value: Entrepreneur) => answerSave?.(value) };
}

async function type(root: HTMLElement, id: string, value: string): Promise<void> {
  const input = byId(root, id) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  await tick();
}

async function fillIn(root: HTMLElement): Promise<void> {
  await type(root, 'register-name', 'सुनीता');
  byId(root, 'register-gender-female')?.click();
  byId(root, 'register-knows-age')?.click();
  await tick();
  await type(root, 'register-age', '29');
  await type(root, 'register-mobile', '98765 43210');
  await type(root, 'register-education', 'class_10');
  byId(root, 'register-shg-yes')?.click();
  byId(root, 'register-bank-no')?.click();
  await type(root, 'register-village', 'करनावद');
  await type(root, 'register-sector', 'goat_rearing');
  await type(root, 'register-idea', 'बकरी पालन');
  (byId(root, 'register-consent-given') as HTMLInputElement).click();
  await tick();
}

afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
  clearMocks();
  setLocale('hi');
});

describe('registration', () => {
  it('shows possible duplicates first and saves only when told it is someone else', async () => {
    const { root, calls, save } = start([{ id: 'e-1', full_name: 'सुनीता देवी', village: 'करनावद', mobile_last4: '3210', why: 'same_mobile' }]);
    await vi.waitFor(() => expect(byId(root, 'entrepreneurs-register')).not.toBeNull());
    byId(root, 'entrepreneurs-register')?.click();
    await vi.waitFor(() => expect(byId(root, 'register-consent')).not.toBeNull());
    await fillIn(root);
    byId(root, 'register-save')?.click();
    await vi.waitFor(() => expect(byId(root, 'register-duplicates')?.textContent).toContain('सुनीता देवी'));
    expect(byId(root, 'register-duplicates')?.textContent).toContain('3210');
    expect(calls.some((c) => c.cmd === 'register_entrepreneur')).toBe(false);

    byId(root, 'register-save-anyway')?.click();
    await vi.waitFor(() => expect(calls.some((c) => c.cmd === 'register_entrepreneur')).toBe(true));
    const form = calls.find((c) => c.cmd === 'register_entrepreneur')?.args.form as Record<string, unknown>;
    expect(form).toMatchObject({
      full_name: 'सुनीता',
      gender: 'female',
      birth_date: null,
      age: 29,
      mobile: '98765 43210',
      state: 'madhya-pradesh',
      district: 'dewas',
      shg_member: true,
      bank_account: false,
      aadhaar: null,
      consent_version: 3,
    });
    // Not "saved" until the Rust side has answered.
    expect(byId(root, 'entrepreneur-notice')).toBeNull();
    save(sunita);
    await vi.waitFor(() => expect(byId(root, 'entrepreneur-notice')?.textContent).toContain('सहेज लिया गया'));
  });

  it('asks for the yes/no answers before asking the Rust side', async () => {
    const { root, calls } = start();
    await vi.waitFor(() => expect(byId(root, 'entrepreneurs-register')).not.toBeNull());
    byId(root, 'entrepreneurs-register')?.click();
    await vi.waitFor(() => expect(byId(root, 'register-save')).not.toBeNull());
    await type(root, 'register-name', 'सुनीता');
    byId(root, 'register-save')?.click();
    await vi.waitFor(() => expect(byId(root, 'register-error')?.textContent).toContain('बैंक'));
    expect(calls.some((c) => c.cmd === 'possible_duplicates' || c.cmd === 'register_entrepreneur')).toBe(false);
  });

  it('corrects a record from the version it was read at', async () => {
    const { root, calls, save } = start();
    await vi.waitFor(() => expect(byId(root, 'entrepreneur-e-1')).not.toBeNull());
    byId(root, 'entrepreneur-e-1')?.click();
    await vi.waitFor(() => expect(byId(root, 'entrepreneur-aadhaar')?.textContent).toBe('XXXX XXXX 0124'));
    byId(root, 'entrepreneur-edit')?.click();
    await vi.waitFor(() => expect((byId(root, 'register-name') as HTMLInputElement)?.value).toBe('सुनीता देवी'));
    await type(root, 'register-mobile', '9123456780');
    (byId(root, 'register-consent-given') as HTMLInputElement).click();
    await tick();
    byId(root, 'register-save')?.click();
    await vi.waitFor(() => expect(calls.some((c) => c.cmd === 'update_entrepreneur')).toBe(true));
    const call = calls.find((c) => c.cmd === 'update_entrepreneur');
    expect(call?.args.id).toBe('e-1');
    expect(call?.args.version).toBe(2);
    expect(call?.args.form).toMatchObject({ mobile: '9123456780', age: 29, aadhaar: null, consent_version: 3 });
    save({ ...sunita, version: 3 });
    await vi.waitFor(() => expect(byId(root, 'entrepreneur-notice')).not.toBeNull());
  });

  it('asks for consent again when the notice changed since the person agreed', async () => {
    const { root, calls } = start();
    await vi.waitFor(() => expect(byId(root, 'entrepreneur-e-1')).not.toBeNull());
    byId(root, 'entrepreneur-e-1')?.click();
    await vi.waitFor(() => expect(byId(root, 'entrepreneur-edit')).not.toBeNull());
    byId(root, 'entrepreneur-edit')?.click();
    // She agreed to notice 1; the kiosk now shows notice 3.
    await vi.waitFor(() => expect(byId(root, 'register-consent')).not.toBeNull());
    byId(root, 'register-save')?.click();
    await vi.waitFor(() => expect(calls.some((c) => c.cmd === 'update_entrepreneur')).toBe(true));
    const form = calls.find((c) => c.cmd === 'update_entrepreneur')?.args.form as Record<string, unknown>;
    expect(form.consent_version).toBeNull();
  });
});
