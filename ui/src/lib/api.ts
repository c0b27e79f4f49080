// Typed calls to the Rust commands. Types come from Rust (ts-rs), never written here.
import { invoke } from '@tauri-apps/api/core';
import type { AppStatus } from '../bindings/AppStatus';
import type { BridgeError } from '../bindings/BridgeError';
import type { Language } from '../bindings/Language';

export const api = {
  appStatus: () => invoke<AppStatus>('app_status'),
  setLanguage: (language: Language) => invoke<Language>('set_language', { language }),
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
