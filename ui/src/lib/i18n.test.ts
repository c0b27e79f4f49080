// Every message id the UI asks for exists in both languages.
import { describe, expect, it } from 'vitest';
import { format, hasMessage } from './i18n.svelte';
import { AVATARS } from './avatars';
import { FEATURES } from './features';

const sources = import.meta.glob('../**/*.{svelte,ts}', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

/** Literal ids passed to t('…') in the UI's source, plus the ids built from feature names. */
function usedIds(): string[] {
  const ids = new Set<string>();
  for (const [path, text] of Object.entries(sources)) {
    if (path.endsWith('.test.ts')) continue;
    for (const match of text.matchAll(/\b(?:t|format)\((?:\w+, )?'([a-z0-9-]+)'/g)) ids.add(match[1]);
  }
  for (const feature of FEATURES) {
    ids.add(`tile-${feature}`);
    ids.add(`tile-${feature}-hint`);
  }
  ids.add('lang-hi');
  ids.add('lang-en');
  for (const level of ['all', 'central', 'state']) ids.add(`schemes-level-${level}`);
  for (const level of ['central', 'state']) ids.add(`scheme-level-${level}`);
  for (const answer of ['female', 'male', 'transgender', 'general', 'obc', 'sc', 'st', 'ews', 'pvtg'])
    ids.add(`elig-a-${answer}`);
  for (const fit of ['fits', 'possible']) ids.add(`elig-fit-${fit}`);
  const questions = ['age', 'gender', 'caste', 'state', 'residence', 'occupation', 'widowed', 'disability', 'bpl', 'student'];
  for (const question of questions) ids.add(`elig-q-${question}`);
  for (const answer of ['rural', 'urban', 'yes', 'no', 'other-state', 'no-answer']) ids.add(`elig-a-${answer}`);
  const works = ['farmer', 'livestock', 'fisher', 'labourer', 'construction-worker', 'artisan', 'street-vendor', 'business'];
  works.push('health-worker', 'safai-karamchari', 'ex-serviceman', 'sportsperson', 'journalist', 'unemployed');
  for (const work of works) ids.add(`elig-a-work-${work}`);
  for (const kind of ['state', 'category', 'group']) ids.add(`schemes-filter-${kind}`);
  for (const any of ['any-state', 'any-category', 'anyone']) ids.add(`schemes-filter-${any}`);
  for (const group of ['female', 'widowed', 'pwd', 'sc', 'st', 'obc', 'ews', 'pvtg', 'transgender'])
    ids.add(`schemes-group-${group}`);
  for (const status of ['passed', 'read', 'new']) ids.add(`courses-status-${status}`);
  for (const avatar of AVATARS) ids.add(`avatar-${avatar}`);
  for (const task of ['course-packs', 'learning-report', 'operators']) {
    ids.add(`operator-task-${task}`);
    ids.add(`operator-task-${task}-hint`);
  }
  for (const role of ['operator', 'admin']) ids.add(`operators-role-${role}`);
  return [...ids].sort();
}

describe('ui text', () => {
  it('finds the ids it checks', () => {
    expect(usedIds()).toContain('home-heading');
  });

  it.each(usedIds())('%s exists in Hindi and English', (id) => {
    expect(hasMessage('hi', id)).toBe(true);
    expect(hasMessage('en', id)).toBe(true);
  });

  it('fills variables and shapes Hindi text', () => {
    expect(format('hi', 'language-not-saved', { reason: 'X' })).toContain('X');
    expect(format('hi', 'tile-register')).toBe('उद्यमी पंजीकरण');
    expect(format('en', 'tile-register')).toBe('Register entrepreneur');
  });

  it('shows an unknown id rather than failing', () => {
    expect(format('hi', 'no-such-message')).toBe('no-such-message');
  });
});

describe('catalog labels', () => {
  it('names the kiosk states and subjects in both languages', async () => {
    const { catalogLabelId } = await import('./schemes');
    expect(format('hi', catalogLabelId('state', 'Madhya Pradesh'))).toBe('मध्य प्रदेश');
    expect(format('hi', catalogLabelId('state', 'All India'))).toBe('पूरा भारत');
    expect(format('en', catalogLabelId('category', 'Banking,Financial Services and Insurance'))).toBe(
      'Banking, Financial Services and Insurance',
    );
    expect(hasMessage('hi', catalogLabelId('category', 'Business & Entrepreneurship'))).toBe(true);
  });
});
