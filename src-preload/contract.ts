// The one contract between the renderer and core: every call and pushed event with zod schemas
// for its input and output, and the closed set of error codes. Both transports carry exactly this.
import { z } from 'zod';

/** Every way a call can fail. The renderer shows one translated sentence per code. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'INTERNAL',
  'CORE_UNAVAILABLE',
  'CACHE_LOCKED',
  'CACHE_FROM_NEWER_VERSION',
  'CASE_NOT_FOUND',
  'CONTENT_NOT_FOUND',
  'ATTACHMENT_CORRUPT',
  'UNSUPPORTED_DICOM',
  'OFFLINE',
  'CONFLICT',
  'UNAUTHORIZED',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const CallError = z.object({ code: ErrorCode, message: z.string() });
export type CallError = z.infer<typeof CallError>;

/** What crosses the boundary: never a thrown exception, always plain data. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: CallError };

export const LOCALES = ['fr', 'en'] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

export const Connectivity = z.enum(['online', 'offline', 'unknown']);

export const AppInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
  platformUrl: z.string().nullable(),
  connectivity: Connectivity,
  locale: Locale,
  runtime: z.enum(['electron', 'preview', 'test']),
});
export type AppInfo = z.infer<typeof AppInfo>;

const NoInput = z.object({}).strict();

/** Calls: name → input and output schemas. Names are `<domain>.<verb>`. */
export const methods = {
  'app.info': { input: NoInput, output: AppInfo },
  'app.setLocale': { input: z.object({ locale: Locale }).strict(), output: AppInfo },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

/** Events that core pushes to the renderer: name → payload schema. */
export const events = {
  'app.changed': AppInfo,
} as const satisfies Record<string, z.ZodType>;

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

type CallFn<M extends MethodName> = Record<never, never> extends MethodInput<M>
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
}

/** What the renderer finds at `window.workstation`, whichever transport carries it. */
export type WorkstationApi = WorkstationCalls & WorkstationEvents;

/** A transport moves one call (or one event subscription) between the renderer and core. */
export interface Transport {
  call(method: MethodName, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: (event: EventName, payload: unknown) => void): () => void;
}
