// An entrepreneur's progression map (stages, timeline, chart) and the programme
// dashboard, with the Rust side replaced by Tauri's mockIPC.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { mount, unmount, type Component } from 'svelte';
import ProgressionMap from './ProgressionMap.svelte';
import ProgressChart from './ProgressChart.svelte';
import { shortRupees } from '../../lib/format';
import ProgrammeDashboard from './ProgrammeDashboard.svelte';
import type { CheckIn } from '../../bindings/CheckIn';
import type { EntrepreneurLists } from '../../bindings/EntrepreneurLists';
import type { ProgrammeDashboard as Figures } from '../../bindings/ProgrammeDashboard';
import { api } from '../../lib/api';
import { setLocale } from '../../lib/i18n.svelte';

const lists: EntrepreneurLists = {
  sector: [],
  education: [],
  stage: [
    { id: 'idea', en: 'Idea', hi: 'आइडिया', meaning_en: 'Has an idea.', meaning_hi: 'काम का आइडिया है।' },
    { id: 'training', en: 'Training', hi: 'ट्रेनिंग', meaning_en: 'Learning.', meaning_hi: 'हुनर सीख रहे हैं।' },
    { id: 'finance', en: 'Finance', hi: 'पैसे का इंतज़ाम', meaning_en: 'Arranging money.', meaning_hi: 'पैसे का इंतज़ाम।' },
    { id: 'launch', en: 'Launch', hi: 'काम शुरू', meaning_en: 'Started and selling.', meaning_hi: 'बिक्री होने लगी है।' },
    { id: 'growth', en: 'Growth', hi: 'काम में बढ़त', meaning_en: 'Growing.', meaning_hi: 'काम बढ़ रहा है।' },
  ],
  loan_source: [
    { id: 'bank', en: 'Bank (Mudra loans included)', hi: 'बैंक (मुद्रा लोन भी)' },
    { id: 'shg', en: 'Self-help group', hi: 'स्वयं सहायता समूह' },
  ],
};

// The bindings still type i64 fields as bigint; the bridge sends plain JSON numbers.
function checkIn(fields: Record<string, unknown>): CheckIn {
  const base = {
    entrepreneur_id: 'e-1',
    version: 1,
    note: '',
    training_done: false,
    loan_applied_amount: null,
    loan_sanctioned_amount: null,
    loan_source: null,
    monthly_revenue: null,
    people_employed: 1,
    created_by: 'op-1',
  };
  return { ...base, created_at: `${fields.date}T10:00:00Z`, ...fields } as unknown as CheckIn;
}

// Out of order on purpose: the components sort by date.
const checkIns: CheckIn[] = [
  checkIn({ id: 'c-2', date: '2026-09-10', stage: 'finance', loan_applied_amount: 200000, loan_sanctioned_amount: 150000, loan_source: 'bank', monthly_revenue: 8000 }),
  checkIn({ id: 'c-3', date: '2026-11-12', stage: 'launch', note: 'दुकान खुल गई', monthly_revenue: 25000, people_employed: 3 }),
  checkIn({ id: 'c-1', date: '2026-08-05', stage: 'training', training_done: true }),
];

let mounted: ReturnType<typeof mount> | null = null;
const byId = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const allById = (root: HTMLElement, id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

function show<P extends Record<string, unknown>>(component: Component<P>, props: P): HTMLElement {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  mounted = mount(component, { target: root, props });
  return root;
}

afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
  clearMocks();
  setLocale('hi');
});

describe('progression map', () => {
  const map = (list: CheckIn[]) =>
    show(ProgressionMap, { checkIns: list, registeredStage: 'idea', registeredAt: '2026-07-20T09:30:00Z', lists });

  it('marks the latest check-in’s stage as current and ticks the stages before it', () => {
    const root = map(checkIns);
    const current = root.querySelectorAll('[aria-current="step"]');
    expect(current).toHaveLength(1);
    expect(current[0].getAttribute('data-testid')).toBe('progress-stage-launch');
    expect(current[0].textContent).toContain('काम शुरू');
    expect(current[0].textContent).toContain('बिक्री होने लगी है।');
    for (const passed of ['idea', 'training', 'finance']) {
      expect(byId(root, `progress-stage-${passed}`)?.textContent).toContain('✓');
    }
    expect(byId(root, 'progress-stage-launch')?.textContent).not.toContain('✓');
    expect(byId(root, 'progress-stage-growth')?.textContent).not.toContain('✓');
    expect(byId(root, 'progress-empty')).toBeNull();
  });

  it('lists the check-ins newest first, down to the registration, with rupees grouped the Indian way', () => {
    const root = map(checkIns);
    const items = allById(byId(root, 'progress-timeline')!, 'progress-item');
    expect(items).toHaveLength(4);
    expect(items[0].textContent).toContain('12 नव॰ 2026');
    expect(items[0].textContent).toContain('दुकान खुल गई');
    expect(items[0].textContent).toContain('महीने की बिक्री: ₹25,000');
    expect(items[0].textContent).toContain('काम में लगे लोग: 3');
    expect(items[1].textContent).toContain('10 सित॰ 2026');
    expect(items[1].textContent).toContain('₹2,00,000 के लोन की अर्ज़ी दी');
    expect(items[1].textContent).toContain('₹1,50,000 का लोन मंज़ूर हुआ');
    expect(items[1].textContent).toContain('बैंक (मुद्रा लोन भी)');
    expect(items[2].textContent).toContain('5 अग॰ 2026');
    expect(items[2].textContent).toContain('ट्रेनिंग पूरी हो गई');
    expect(items[2].textContent).not.toContain('₹');
    expect(items[3].textContent).toContain('20 जुल॰ 2026');
    expect(items[3].textContent).toContain('कियोस्क पर नाम लिखा गया');
    expect(items[3].textContent).toContain('आइडिया');
  });

  it('speaks English when English is chosen', () => {
    setLocale('en');
    const root = map(checkIns);
    const items = allById(root, 'progress-item');
    expect(items[0].textContent).toContain('12 Nov 2026');
    expect(items[1].textContent).toContain('Loan of ₹1,50,000 sanctioned');
    expect(items[1].textContent).toContain('Loan from: Bank (Mudra loans included)');
    expect(byId(root, 'progress-stage-launch')?.textContent).toContain('Launch');
  });

  it('says plainly when nothing was recorded yet and shows the stage at registration', () => {
    const root = map([]);
    expect(byId(root, 'progress-empty')?.textContent).toContain('अभी कोई मुलाक़ात नहीं');
    expect(root.querySelector('[aria-current="step"]')?.getAttribute('data-testid')).toBe('progress-stage-idea');
    expect(root.textContent).not.toContain('✓');
    expect(allById(root, 'progress-item')).toHaveLength(1);
    expect(byId(root, 'progress-chart')).toBeNull();
  });
});

describe('progress chart', () => {
  it('draws a bar per check-in with sales, oldest left, and a dot per check-in for people working', () => {
    const root = show(ProgressChart, { checkIns });
    const chart = byId(root, 'progress-chart')!;
    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.getAttribute('aria-label')).toContain('चार्ट');
    const bars = allById(chart, 'progress-chart-bar');
    expect(bars).toHaveLength(2);
    expect(Number(bars[0].getAttribute('x'))).toBeLessThan(Number(bars[1].getAttribute('x')));
    expect(Number(bars[0].getAttribute('height'))).toBeLessThan(Number(bars[1].getAttribute('height')));
    const values = [...chart.querySelectorAll('text.value')].map((text) => text.textContent);
    expect(values).toEqual(['₹8k', '₹25k']);
    const dots = allById(chart, 'progress-chart-dot');
    expect(dots).toHaveLength(3);
    const heights = dots.map((dot) => Number(dot.getAttribute('cy')));
    expect(heights[0]).toBe(heights[1]);
    expect(heights[2]).toBeLessThan(heights[1]);
    expect(root.textContent).toContain('महीने की बिक्री (₹)');
    expect(root.textContent).toContain('काम में लगे लोग');
  });

  it('writes rupees short on the bars, in thousands and lakhs', () => {
    expect(shortRupees(850)).toBe('₹850');
    expect(shortRupees(12000)).toBe('₹12k');
    expect(shortRupees(150000)).toBe('₹1.5L');
    expect(shortRupees(25000000)).toBe('₹2.5Cr');
  });
});

describe('programme dashboard', () => {
  const months = Array.from({ length: 12 }, (_, i) => {
    const date = new Date(2025, 11 + i, 1);
    const month = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
    return { month, registered: i === 10 ? 5 : 2, launched: i === 11 ? 1 : 0, loans_sanctioned: 0, loans_sanctioned_rupees: 0, jobs: i + 20 };
  });
  const figures = {
    registered: 24,
    women: 13,
    women_percent: 54,
    youth: 9,
    youth_percent: 38,
    launched: 7,
    jobs: 31,
    loans_sanctioned: 3,
    loans_sanctioned_rupees: 275000,
    months,
  } as unknown as Figures;

  it('shows the totals and the last twelve months', async () => {
    mockIPC((cmd) => {
      if (cmd === 'programme_dashboard') return figures;
      throw new Error(`unexpected command ${cmd}`);
    });
    let back = 0;
    const root = show(ProgrammeDashboard, { onback: () => back++, load: api.programmeDashboard });
    await vi.waitFor(() => expect(byId(root, 'dashboard-registered')).not.toBeNull());
    expect(byId(root, 'dashboard-registered')?.textContent).toContain('24');
    expect(byId(root, 'dashboard-women')?.textContent).toContain('13');
    expect(byId(root, 'dashboard-women')?.textContent).toContain('54%');
    expect(byId(root, 'dashboard-youth')?.textContent).toContain('38%');
    expect(byId(root, 'dashboard-launched')?.textContent).toContain('7');
    expect(byId(root, 'dashboard-jobs')?.textContent).toContain('31');
    expect(byId(root, 'dashboard-loans')?.textContent).toContain('3');
    expect(byId(root, 'dashboard-loans')?.textContent).toContain('₹2,75,000');

    const chart = byId(root, 'dashboard-chart')!;
    const groups = allById(chart, 'dashboard-month');
    expect(groups).toHaveLength(12);
    expect(chart.querySelectorAll('rect')).toHaveLength(24);
    expect(groups[0].textContent).toContain('दिस॰ 25');
    expect(groups[11].textContent).toContain('नव॰ 26');
    const registeredHeights = groups.map((g) => Number(g.querySelector('rect.registered')?.getAttribute('height')));
    expect(Math.max(...registeredHeights)).toBe(registeredHeights[10]);
    expect(Number(groups[11].querySelector('rect.launched')?.getAttribute('height'))).toBeGreaterThan(0);
    expect(Number(groups[10].querySelector('rect.launched')?.getAttribute('height'))).toBe(0);
    expect(root.textContent).toContain('नाम लिखे गए');
    expect(root.textContent).toContain('काम शुरू हुआ');
    expect(byId(root, 'dashboard-jobs-chart')?.querySelectorAll('circle')).toHaveLength(12);

    byId(root, 'dashboard-back')?.click();
    expect(back).toBe(1);
  });

  it('waits for the figures', () => {
    const root = show(ProgrammeDashboard, { onback: () => {}, load: () => new Promise<Figures>(() => {}) });
    expect(byId(root, 'dashboard-loading')).not.toBeNull();
    expect(byId(root, 'dashboard-registered')).toBeNull();
  });

  it('says what went wrong when the figures cannot be read', async () => {
    mockIPC(() => {
      throw { code: 'store.unavailable', message: 'कियोस्क का रिकॉर्ड नहीं खुल सका।' };
    });
    const root = show(ProgrammeDashboard, { onback: () => {}, load: api.programmeDashboard });
    await vi.waitFor(() => expect(byId(root, 'dashboard-error')?.textContent).toBe('कियोस्क का रिकॉर्ड नहीं खुल सका।'));
    expect(byId(root, 'dashboard-error')?.classList.contains('error-box')).toBe(true);
    expect(byId(root, 'dashboard-chart')).toBeNull();
  });

  it('falls back to a plain sentence for an unexpected failure', async () => {
    const root = show(ProgrammeDashboard, { onback: () => {}, load: () => Promise.reject(new Error('disk')) });
    await vi.waitFor(() => expect(byId(root, 'dashboard-error')?.textContent).toContain('कुछ गड़बड़ हो गई'));
  });
});
