// Small helpers for showing schemes in the chosen language.
import type { Language } from '../bindings/Language';
import { format, hasMessage } from './i18n.svelte';

type Named = { name_en: string; name_hi: string | null };

/** The scheme's name in `lang`, falling back to English where Hindi is not written yet. */
export function schemeName(scheme: Named, lang: Language): string {
  return lang === 'hi' && scheme.name_hi ? scheme.name_hi : scheme.name_en;
}

export function otherLanguage(lang: Language): Language {
  return lang === 'hi' ? 'en' : 'hi';
}

/** The Fluent id for a state or subject name as the catalog spells it. */
export function catalogLabelId(kind: 'state' | 'category', name: string): string {
  return `${kind}-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

/** A line of a scheme's text as shown: a "- " point gets a bullet. */
export function textLine(line: string): { text: string; point: boolean } {
  return line.startsWith('- ') ? { text: line.slice(2), point: true } : { text: line, point: false };
}

/** A state or subject in `lang`; a name we have no words for stays as the catalog spells it. */
export function catalogLabel(kind: 'state' | 'category', name: string, lang: Language): string {
  const id = catalogLabelId(kind, name);
  return hasMessage(lang, id) ? format(lang, id) : name;
}
