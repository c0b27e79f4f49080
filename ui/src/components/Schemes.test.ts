// The Schemes screen with the Rust side replaced by Tauri's mockIPC.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { mount, unmount } from 'svelte';
import Schemes from './Schemes.svelte';
import type { Scheme } from '../bindings/Scheme';
import type { SearchResults } from '../bindings/SearchResults';
import { setLocale } from '../lib/i18n.svelte';
import { kiosk } from '../lib/kiosk.svelte';

const mudra: Scheme = {
  id: 'pmmy',
  name_en: 'Pradhan Mantri Mudra Yojana',
  name_hi: 'प्रधानमंत्री मुद्रा योजना',
  short_title: 'PMMY',
  brief_en: 'Loans up to ₹10 lakh for small businesses.',
  brief_hi: 'छोटे धंधों के लिए ₹10 लाख तक का लोन।',
  level: 'central',
  states: ['All India'],
  categories: ['Banking,Financial Services and Insurance'],
  ministry: 'Ministry Of Finance',
  tags: ['Loan'],
  close_date: null,
  age: {},
  rules: { residence: null, occupations: ['business'], bpl_card: false, students_only: false },
  detail_en: {
    benefits: 'Shishu: loans up to Rs. 50,000',
    eligibility: 'Must not be a defaulter to any bank.',
    how_to_apply: 'Apply at any bank branch.',
    where_to_apply: 'Any bank branch',
    helpline: '1800-180-1111',
    documents: [
      { heading: null, items: ['Proof of identity', 'Proof of residence'] },
      { heading: 'Also for Kishore loans', items: ['Bank statement'] },
    ],
  },
  detail_hi: null,
  source: { name: 'myScheme', url: 'https://www.myscheme.gov.in/schemes/pmmy' },
  last_verified: '2026-11-22',
};

let mounted: ReturnType<typeof mount> | null = null;
const byId = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

function start(results: (query: string) => SearchResults) {
  const searches: { query: string; filters: unknown }[] = [];
  mockIPC((cmd, args) => {
    const a = args as { query: string; filters: unknown; id: string };
    if (cmd === 'search_schemes') {
      searches.push({ query: a.query, filters: a.filters });
      return results(a.query);
    }
    if (cmd === 'scheme') return a.id === 'pmmy' ? mudra : null;
    if (cmd === 'scheme_categories') return ['Education & Learning', 'Business & Entrepreneurship'];
    throw new Error(`unexpected command ${cmd}`);
  });
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  mounted = mount(Schemes, { target: root, props: { onhome: () => {} } });
  return { root, searches };
}

async function type(root: HTMLElement, text: string) {
  const input = byId(root, 'scheme-search') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Searches, finds Mudra and opens its page; returns the screen's root. */
async function openMudra(): Promise<HTMLElement> {
  const { root } = start(() => ({
    hits: [{ id: 'pmmy', name_en: mudra.name_en, name_hi: mudra.name_hi, level: 'central', score: 9 }],
    hint: null,
  }));
  await type(root, 'mudra');
  await vi.waitFor(() => expect(byId(root, 'scheme-result-pmmy')).not.toBeNull());
  byId(root, 'scheme-result-pmmy')?.click();
  return root;
}

afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
  clearMocks();
  setLocale('hi');
  kiosk.name = null;
});

describe('schemes screen', () => {
  it('hints what to type before anything is typed', async () => {
    const { root } = start(() => ({ hits: [], hint: 'empty_query' }));
    await vi.waitFor(() => expect(byId(root, 'scheme-hint')?.textContent).toContain('मुद्रा लोन'));
  });

  it('searches as the villager types and shows names in the chosen language', async () => {
    const { root, searches } = start((query) =>
      query.includes('मुद्रा')
        ? { hits: [{ id: 'pmmy', name_en: mudra.name_en, name_hi: mudra.name_hi, level: 'central', score: 9 }], hint: null }
        : { hits: [], hint: 'empty_query' },
    );
    await type(root, 'मुद्रा लोन');
    await vi.waitFor(() => expect(byId(root, 'scheme-result-pmmy')?.textContent).toContain('प्रधानमंत्री मुद्रा योजना'));
    expect(searches.at(-1)).toEqual({
      query: 'मुद्रा लोन',
      filters: { level: null, state: null, category: null, group: null },
    });
    expect(byId(root, 'scheme-count')?.textContent).toContain('1 योजना मिली');
  });

  it('narrows the search by state, subject and group', async () => {
    const { root, searches } = start(() => ({ hits: [], hint: 'no_match' }));
    await type(root, 'loan');
    const choose = (id: string, value: string) => {
      const select = byId(root, id) as HTMLSelectElement;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    await vi.waitFor(() => expect((byId(root, 'scheme-filter-category') as HTMLSelectElement).options.length).toBe(3));
    expect(byId(root, 'scheme-filter-category')?.textContent).toContain('धंधा और उद्यम');
    choose('scheme-filter-state', 'Madhya Pradesh');
    choose('scheme-filter-category', 'Business & Entrepreneurship');
    choose('scheme-filter-group', 'widowed');
    await vi.waitFor(() =>
      expect(searches.at(-1)?.filters).toEqual({
        level: null,
        state: 'Madhya Pradesh',
        category: 'Business & Entrepreneurship',
        group: 'widowed',
      }),
    );
    choose('scheme-filter-group', '');
    await vi.waitFor(() => expect((searches.at(-1)?.filters as { group: unknown }).group).toBeNull());
  });

  it('says so when nothing matches', async () => {
    const { root } = start(() => ({ hits: [], hint: 'no_match' }));
    await type(root, 'zzzz');
    await vi.waitFor(() => expect(byId(root, 'scheme-hint')?.textContent).toContain('कोई योजना नहीं मिली'));
  });

  it('opens a scheme, shows its source and date, and switches its language in one tap', async () => {
    const root = await openMudra();
    await vi.waitFor(() => expect(byId(root, 'scheme-name')?.textContent).toBe('प्रधानमंत्री मुद्रा योजना'));
    expect(byId(root, 'scheme-source')?.textContent).toContain('2026-11-22');
    expect(byId(root, 'scheme-states')?.textContent).toBe('पूरा भारत');
    expect(byId(root, 'scheme-english-only')?.textContent).toContain('सिर्फ़ अंग्रेज़ी');
    expect(byId(root, 'scheme-documents')?.textContent).toContain('Proof of identity');
    expect(byId(root, 'scheme-documents')?.querySelector('h4')?.textContent).toBe('Also for Kishore loans');
    expect(byId(root, 'scheme-where-to-apply')?.textContent).toBe('Any bank branch');
    expect(byId(root, 'scheme-helpline')?.textContent).toContain('1800-180-1111');
    byId(root, 'scheme-other-language')?.click();
    await vi.waitFor(() => expect(byId(root, 'scheme-name')?.textContent).toBe('Pradhan Mantri Mudra Yojana'));
    expect(byId(root, 'scheme-brief')?.textContent).toContain('small businesses');
  });
});

describe('papers checklist', () => {
  it('shows the scheme, every paper with a tick box, where to apply and the date', async () => {
    const root = await openMudra();
    await vi.waitFor(() => expect(byId(root, 'checklist-open')).not.toBeNull());
    byId(root, 'checklist-open')?.click();
    await vi.waitFor(() => expect(byId(root, 'screen-checklist')).not.toBeNull());
    expect(byId(root, 'checklist-scheme')?.textContent).toBe('योजना: प्रधानमंत्री मुद्रा योजना');
    const papers = byId(root, 'checklist-documents')?.querySelectorAll('li') ?? [];
    expect([...papers].map((li) => li.textContent)).toEqual(['Proof of identity', 'Proof of residence', 'Bank statement']);
    expect(byId(root, 'checklist-helpline')?.textContent).toContain('1800-180-1111');
    expect(byId(root, 'checklist-printed')?.textContent).toContain('ग्राम कियोस्क');
    byId(root, 'checklist-back')?.click();
    await vi.waitFor(() => expect(byId(root, 'checklist-open')).not.toBeNull());
    kiosk.name = 'बड़ोदिया कियोस्क';
    byId(root, 'checklist-open')?.click();
    await vi.waitFor(() => expect(byId(root, 'checklist-printed')?.textContent).toContain('बड़ोदिया कियोस्क से'));
    byId(root, 'checklist-back')?.click();
    await vi.waitFor(() => expect(byId(root, 'screen-scheme')).not.toBeNull());
  });
});
