// The eligibility questionnaire with the Rust side replaced by Tauri's mockIPC.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { mount, unmount } from 'svelte';
import EligibilityFinder from './EligibilityFinder.svelte';
import type { EligibleScheme } from '../bindings/EligibleScheme';
import type { Profile } from '../bindings/Profile';
import { setLocale } from '../lib/i18n.svelte';

let mounted: ReturnType<typeof mount> | null = null;
const byId = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

const ladliBehna: EligibleScheme = {
  id: 'cmlby',
  name_en: 'Chief Minister Ladli Behna Yojana',
  name_hi: 'मुख्यमंत्री लाड़ली बहना योजना',
  level: 'state',
  verdict: {
    scheme_id: 'cmlby',
    fit: 'possible',
    why: ['महिलाओं के लिए, उम्र 21 से 60 साल: आपकी उम्र 30 साल है'],
    missing: ['सिर्फ़ मध्य प्रदेश में: आपका राज्य अभी नहीं बताया'],
  },
};

function start() {
  const asked: Profile[] = [];
  const opened: string[] = [];
  mockIPC((cmd, args) => {
    if (cmd !== 'eligible_schemes') throw new Error(`unexpected command ${cmd}`);
    const profile = (args as { profile: Profile }).profile;
    asked.push(profile);
    return profile.gender === 'female' ? [ladliBehna] : [];
  });
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  mounted = mount(EligibilityFinder, {
    target: root,
    props: { onopen: (id: string) => opened.push(id), onback: () => {} },
  });
  return { root, asked, opened };
}

afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
  clearMocks();
  setLocale('hi');
});

describe('eligibility finder', () => {
  it('asks with no answers at first, then with each answer given', async () => {
    const { root, asked } = start();
    await vi.waitFor(() => expect(asked.length).toBeGreaterThan(0));
    expect(asked[0]).toEqual({
      age: null,
      gender: null,
      caste: null,
      state: null,
      widowed: null,
      disability: null,
      residence: null,
      occupation: null,
      bpl_card: null,
      student: null,
    });
    await vi.waitFor(() => expect(byId(root, 'elig-count')?.textContent).toContain('0'));

    const age = byId(root, 'elig-age') as HTMLInputElement;
    age.value = '30';
    age.dispatchEvent(new Event('input', { bubbles: true }));
    byId(root, 'elig-gender-female')?.click();
    await vi.waitFor(() => expect(asked.at(-1)).toMatchObject({ age: 30, gender: 'female' }));
    await vi.waitFor(() => expect(byId(root, 'elig-result-cmlby')).not.toBeNull());
    const text = byId(root, 'elig-result-cmlby')?.textContent ?? '';
    expect(text).toContain('मुख्यमंत्री लाड़ली बहना योजना');
    expect(text).toContain('शायद मिल सकती है');
    expect(text).toContain('आपकी उम्र 30 साल है');
    expect(text).toContain('राज्य अभी नहीं बताया');
  });

  it('clears an answer when it is tapped again and opens a scheme on tap', async () => {
    const { root, asked, opened } = start();
    byId(root, 'elig-gender-female')?.click();
    await vi.waitFor(() => expect(byId(root, 'elig-result-cmlby')).not.toBeNull());
    byId(root, 'elig-result-cmlby')?.click();
    expect(opened).toEqual(['cmlby']);
    byId(root, 'elig-gender-female')?.click();
    await vi.waitFor(() => expect(asked.at(-1)?.gender).toBeNull());
    expect(byId(root, 'elig-gender-female')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('asks where the villager lives, their work, a BPL card and studies', async () => {
    const { root, asked } = start();
    byId(root, 'elig-residence-rural')?.click();
    const work = byId(root, 'elig-occupation') as HTMLSelectElement;
    expect([...work.options].map((o) => o.textContent)).toContain('रेहड़ी-पटरी वाला');
    work.value = 'street_vendor';
    work.dispatchEvent(new Event('change', { bubbles: true }));
    byId(root, 'elig-bpl-yes')?.click();
    byId(root, 'elig-student-no')?.click();
    await vi.waitFor(() =>
      expect(asked.at(-1)).toMatchObject({ residence: 'rural', occupation: 'street_vendor', bpl_card: true, student: false }),
    );
    work.value = '';
    work.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(asked.at(-1)?.occupation).toBeNull());
  });
});
