import { describe, expect, it } from 'vitest';
import { catalogLabelId, schemeName, textLine } from './schemes';

describe('scheme helpers', () => {
  it('marks "- " lines as points and leaves other lines alone', () => {
    expect(textLine('- Shishu: up to ₹50,000')).toEqual({ text: 'Shishu: up to ₹50,000', point: true });
    expect(textLine('1. Go to the bank')).toEqual({ text: '1. Go to the bank', point: false });
    expect(textLine('-5 degrees')).toEqual({ text: '-5 degrees', point: false });
  });

  it('names a scheme in Hindi where written, else in English', () => {
    expect(schemeName({ name_en: 'Mudra', name_hi: 'मुद्रा' }, 'hi')).toBe('मुद्रा');
    expect(schemeName({ name_en: 'Mudra', name_hi: null }, 'hi')).toBe('Mudra');
    expect(schemeName({ name_en: 'Mudra', name_hi: 'मुद्रा' }, 'en')).toBe('Mudra');
  });

  it('turns catalog spellings into message ids', () => {
    expect(catalogLabelId('category', 'Agriculture,Rural & Environment')).toBe('category-agriculture-rural-environment');
    expect(catalogLabelId('state', 'Madhya Pradesh')).toBe('state-madhya-pradesh');
  });
});
