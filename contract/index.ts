// The one contract between the renderer and core: every call and pushed event with zod schemas for
// its input and output, and the closed set of error codes. Both transports carry exactly this; the
// renderer, the preload and core all import it (the renderer its types only). One file per domain.
export * from './common';
export * from './settings';
export * from './security';
export * from './sync';
export * from './cases';
export * from './messages';
export * from './notifications';
export * from './imaging';
export * from './timer';
export * from './reports';
export * from './signing';
export * from './practice';
export * from './documents';
export * from './calls';
