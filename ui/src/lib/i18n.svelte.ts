// The UI's text: the same Fluent files as the Rust side (locales/{en,hi}/*.ftl),
// bundled at build time so the kiosk never fetches them.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { Language } from '../bindings/Language';

const sources = import.meta.glob('../../../locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export const LANGUAGES: readonly Language[] = ['hi', 'en'];

function buildBundle(lang: Language): FluentBundle {
  const bundle = new FluentBundle(lang === 'hi' ? 'hi-IN' : 'en-IN', { useIsolating: false });
  for (const [path, text] of Object.entries(sources)) {
    if (!path.includes(`/locales/${lang}/`)) continue;
    const errors = bundle.addResource(new FluentResource(text));
    for (const error of errors) console.error(`${path}: ${error.message}`);
  }
  return bundle;
}

// Each language's messages are parsed when first needed, not at start-up: a kiosk in
// Hindi never parses the English ones unless someone switches.
const bundles: Partial<Record<Language, FluentBundle>> = {};

function bundle(lang: Language): FluentBundle {
  return (bundles[lang] ??= buildBundle(lang));
}

/** The language on screen. Hindi until the saved choice arrives from the store. */
export const locale = $state<{ current: Language }>({ current: 'hi' });

export function setLocale(lang: Language): void {
  locale.current = lang;
  document.documentElement.lang = lang;
}

/** The side of an `{ en, hi }` pair (a place, a list choice) in the language on screen. */
export function inLanguage<T>(pair: { en: T; hi: T }): T {
  return locale.current === 'hi' ? pair.hi : pair.en;
}

export function hasMessage(lang: Language, id: string): boolean {
  return bundle(lang).hasMessage(id);
}

/** Message `id` in `lang`, falling back to English, then to the id itself. */
export function format(lang: Language, id: string, args?: Record<string, FluentVariable>): string {
  for (const fallback of lang === 'en' ? ['en' as const] : [lang, 'en' as const]) {
    const messages = bundle(fallback);
    const pattern = messages.getMessage(id)?.value;
    if (pattern) return messages.formatPattern(pattern, args);
  }
  return id;
}

/** Message `id` in the language on screen; re-evaluated when the language changes. */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  return format(locale.current, id, args);
}
