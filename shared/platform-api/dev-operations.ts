// The reference platform's scenario controls (served with --dev-controls, to this computer only),
// for tests and demos: a separate OpenAPI document (docs/platform-dev-controls.openapi.json), since
// no real platform implements them. The shapes of their bodies are owned here.
import { z } from 'zod';
import type { Operation } from './operation';

export const FailNext = z
  .object({ count: z.number().int().min(0), status: z.number().int().min(400).max(599), retryAfterSeconds: z.number().int().nullable().default(null) })
  .meta({ id: 'FailNext' });
export const NetworkFaults = z
  .object({ bytesPerSecond: z.number().positive().nullable().default(null), cutAfterBytes: z.number().int().min(0).nullable().default(null) })
  .meta({ id: 'NetworkFaults' });
export const Unreachable = z.object({ unreachable: z.boolean() }).meta({ id: 'Unreachable' });
export const DropCount = z.object({ count: z.number().int().min(0) }).meta({ id: 'DropCount' });
export const Tamper = z.object({ times: z.number().int().min(0) }).meta({ id: 'Tamper' });
export const RevokeDevice = z.object({ deviceId: z.string().uuid().optional() }).meta({ id: 'RevokeDevice', description: 'One device, or (none named) all.' });
export const ExpireTokens = z
  .object({ refresh: z.boolean().optional() })
  .meta({ id: 'ExpireTokens', description: '`refresh`: the refresh tokens too (the session ends).' });
export const AnyStatus = z.object({ status: z.string().min(1).max(40) }).meta({ id: 'AnyStatus' });
export const PatientMessage = z
  .object({ body: z.string().min(1), kind: z.enum(['message', 'follow_up_question']).default('message') })
  .meta({ id: 'PatientMessage' });
export const PatientDocument = z
  .object({ name: z.string().min(1), kind: z.enum(['dicom', 'pdf', 'photo', 'other']), mediaType: z.string(), base64: z.string() })
  .meta({ id: 'PatientDocument' });
export const LongSeries = z.object({ slices: z.number().int().min(1).max(5000), size: z.number().int().min(16).max(1024) }).meta({ id: 'LongSeries' });

const control = { auth: 'none', tag: 'dev controls', errors: [400, 403] } as const;
const post = { ...control, method: 'POST' } as const;
const get = { ...control, method: 'GET' } as const;
const done = { status: 200, description: 'Done; the new setting' } as const;
const onCase = { errors: [400, 403, 404] };

export const DEV_OPERATIONS: Operation[] = [
  { ...post, operationId: 'failNext', path: '/dev/faults/fail', summary: 'The next API answers fail with this status', body: FailNext, response: done },
  {
    ...post,
    operationId: 'dropNext',
    path: '/dev/faults/drop',
    summary: 'Process the next changes, then drop the connection',
    body: DropCount,
    response: done,
  },
  { ...post, operationId: 'setUnreachable', path: '/dev/faults/unreachable', summary: 'Drop every API connection', body: Unreachable, response: done },
  { ...post, operationId: 'setNetwork', path: '/dev/faults/network', summary: 'Slow or cut downloads', body: NetworkFaults, response: done },
  {
    ...post,
    operationId: 'tamperAttachment',
    path: '/dev/attachments/{attachmentId}/tamper',
    summary: 'Corrupt one byte of the next downloads',
    body: Tamper,
    response: done,
  },
  {
    ...get,
    operationId: 'recentRanges',
    path: '/dev/requests',
    summary: 'The Range headers of the latest downloads',
    response: { status: 200, description: 'The ranges' },
  },
  {
    ...get,
    operationId: 'listDevices',
    path: '/dev/devices',
    summary: 'The workstations experts signed in from',
    response: { status: 200, description: 'The devices' },
  },
  { ...post, operationId: 'revokeDevices', path: '/dev/devices/revoke', summary: 'Revoke one device, or all', body: RevokeDevice, response: done },
  {
    ...get,
    operationId: 'deviceAudit',
    path: '/dev/audit/{deviceId}',
    summary: 'A device’s audit trail as the platform holds it',
    response: { status: 200, description: 'The entries' },
  },
  {
    ...get,
    operationId: 'providerState',
    path: '/dev/identity',
    summary: 'How many refresh tokens and browser sessions the OpenID provider still honours (null without a provider)',
    response: { status: 200, description: 'The counts' },
  },
  {
    ...post,
    operationId: 'expireTokens',
    path: '/dev/experts/expire-tokens',
    summary: 'Expire the access tokens (and the refresh tokens)',
    body: ExpireTokens,
    response: done,
  },
  { ...post, ...onCase, operationId: 'withdrawCase', path: '/dev/cases/{ref}/withdraw', summary: 'The patient withdraws the case', response: done },
  { ...post, ...onCase, operationId: 'reassignCase', path: '/dev/cases/{ref}/reassign', summary: 'Give the case to another expert', response: done },
  {
    ...post,
    ...onCase,
    operationId: 'setCaseStatus',
    path: '/dev/cases/{ref}/status',
    summary: 'Set any status, known or not (a platform newer than the workstation)',
    body: AnyStatus,
    response: done,
  },
  { ...post, ...onCase, operationId: 'closeCase', path: '/dev/cases/{ref}/close', summary: 'Close the case', response: done },
  {
    ...post,
    ...onCase,
    operationId: 'patientMessage',
    path: '/dev/cases/{ref}/patient-messages',
    summary: 'A message from the patient',
    body: PatientMessage,
    response: { status: 201, description: 'Posted' },
  },
  {
    ...get,
    ...onCase,
    operationId: 'caseAsRecorded',
    path: '/dev/cases/{ref}',
    summary: 'The case as the platform has it (status, submissions, messages)',
    response: { status: 200, description: 'The case' },
  },
  {
    ...post,
    ...onCase,
    operationId: 'patientDocument',
    path: '/dev/cases/{ref}/attachments',
    summary: 'A document added by the patient',
    body: PatientDocument,
    response: { status: 201, description: 'Added' },
  },
  {
    ...post,
    ...onCase,
    operationId: 'longSeries',
    path: '/dev/cases/{ref}/long-series',
    summary: 'A long synthetic CT series (for memory tests), generated by the platform',
    body: LongSeries,
    response: { status: 201, description: 'Added' },
  },
];
