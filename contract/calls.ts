// The whole contract between the renderer and core: every domain's calls and events merged into
// the two tables both transports carry, and the typed client (window.workstation) derived from them.
import type { z } from 'zod';
import type { Result } from './common';
import { settingsMethods, settingsEvents } from './settings';
import { securityMethods, securityEvents } from './security';
import { syncMethods, syncEvents } from './sync';
import { casesMethods, casesEvents } from './cases';
import { imagingMethods } from './imaging';
import { timerMethods, timerEvents } from './timer';
import { reportsMethods } from './reports';
import { signingMethods, signingEvents } from './signing';
import { practiceMethods } from './practice';
import { messagesMethods } from './messages';
import { notificationsMethods, notificationsEvents } from './notifications';
import { documentsMethods, documentsEvents } from './documents';

/** Calls: name → input and output schemas. Names are `<domain>.<verb>`. */
export const methods = {
  ...settingsMethods,
  ...securityMethods,
  ...syncMethods,
  ...casesMethods,
  ...imagingMethods,
  ...timerMethods,
  ...reportsMethods,
  ...signingMethods,
  ...practiceMethods,
  ...messagesMethods,
  ...notificationsMethods,
  ...documentsMethods,
} as const;

/** Events that core pushes to the renderer: name → payload schema. */
export const events = {
  ...settingsEvents,
  ...securityEvents,
  ...syncEvents,
  ...casesEvents,
  ...timerEvents,
  ...signingEvents,
  ...notificationsEvents,
  ...documentsEvents,
} as const;

export type MethodName = keyof typeof methods;
export type EventName = keyof typeof events;
export type MethodInput<M extends MethodName> = z.input<(typeof methods)[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<(typeof methods)[M]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const METHOD_NAMES = Object.keys(methods) as MethodName[];
export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(methods, name);
}
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

// ---- The typed client shape (window.workstation), derived from the tables above ----

type CallFn<M extends MethodName> =
  Record<never, never> extends MethodInput<M>
    ? (input?: MethodInput<M>) => Promise<Result<MethodOutput<M>>>
    : (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;

type Domain<N> = N extends `${infer D}.${string}` ? D : never;
type Verb<N, D extends string> = N extends `${D}.${infer V}` ? V : never;

export type WorkstationCalls = {
  [D in Domain<MethodName>]: {
    [V in Verb<MethodName, D>]: `${D}.${V}` extends MethodName ? CallFn<`${D}.${V}`> : never;
  };
};

export interface WorkstationEvents {
  /** Subscribes to a pushed event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Where the browser fetches a document's bytes (see Transport). */
  contentUrl(documentId: string): string;
}

/** What the renderer finds at `window.workstation`, whichever transport carries it. */
export type WorkstationApi = WorkstationCalls & WorkstationEvents;

/** A transport moves one call (or one event subscription) between the renderer and core. */
export interface Transport {
  call(method: MethodName, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: (event: EventName, payload: unknown) => void): () => void;
  /** Where the browser fetches a document's bytes (the app:// protocol, or the preview's route with its access). */
  contentUrl(documentId: string): string;
}
