// Typed calls to the Rust commands. Types come from Rust (ts-rs), never written here.
import { invoke } from '@tauri-apps/api/core';
import type { AppStatus } from '../bindings/AppStatus';
import type { BridgeError } from '../bindings/BridgeError';
import type { EligibleScheme } from '../bindings/EligibleScheme';
import type { Language } from '../bindings/Language';
import type { Profile } from '../bindings/Profile';
import type { Scheme } from '../bindings/Scheme';
import type { SchemeFilters } from '../bindings/SchemeFilters';
import type { SearchResults } from '../bindings/SearchResults';

export const api = {
  appStatus: () => invoke<AppStatus>('app_status'),
  setLanguage: (language: Language) => invoke<Language>('set_language', { language }),
  searchSchemes: (query: string, filters: SchemeFilters) =>
    invoke<SearchResults>('search_schemes', { query, filters }),
  scheme: (id: string) => invoke<Scheme | null>('scheme', { id }),
  eligibleSchemes: (profile: Profile) => invoke<EligibleScheme[]>('eligible_schemes', { profile }),
  schemeCategories: () => invoke<string[]>('scheme_categories'),
};

export function isBridgeError(value: unknown): value is BridgeError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as BridgeError).code === 'string' &&
    typeof (value as BridgeError).message === 'string'
  );
}

/** A translated sentence for any failure; raw details stay out of the villager's sight. */
export function errorMessage(error: unknown, fallback: string): string {
  return isBridgeError(error) ? error.message : fallback;
}
