// The sentence shown to the expert for a failure: translated by error code, never a stack trace.
import type { TFunction } from 'i18next';
import { BackendError } from './backend';

export function errorMessage(t: TFunction, error: unknown): string {
  return t(`errors.${error instanceof BackendError ? error.code : 'INTERNAL'}`);
}
