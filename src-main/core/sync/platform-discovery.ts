// Before the expert types a password: does this address answer as a second-opinion platform?
// It reads the platform's discovery document (GET /.well-known/smo-platform), which needs no
// sign-in and says nothing about experts or cases (a demonstration platform offers its demo
// account there, which the sign-in of a workstation started with it pre-fills).
import type { z } from 'zod';
import { DemoAccount, Discovery } from '../../../shared/platform-api/auth';
import type { PlatformCheck } from '../../../contract';
import { isSecurePlatformUrl } from '../config';
import { readBoundedJson } from './bounded-body';
import { platformUrl } from './platform-url';

export type PlatformDiscovery = z.infer<typeof Discovery>;
export type DemoAccount = z.infer<typeof DemoAccount>;
/** The expert API versions this workstation speaks. */
const SUPPORTED_API_VERSIONS = [1];

type Discovered = { state: 'ok'; discovery: z.infer<typeof Discovery> } | Exclude<PlatformCheck, { state: 'ok' }>;

async function discover(url: string, timeoutMs: number): Promise<Discovered> {
  if (!isSecurePlatformUrl(url)) return { state: 'insecure' };
  let response: Response;
  try {
    response = await fetch(platformUrl(url, '/.well-known/smo-platform'), {
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
  } catch {
    return { state: 'unreachable' };
  }
  const body: unknown = response.ok ? await readBoundedJson(response, 64 * 1024).catch(() => null) : null;
  const discovery = Discovery.safeParse(body);
  if (!discovery.success) return { state: 'not-a-platform' };
  if (!SUPPORTED_API_VERSIONS.includes(discovery.data.apiVersion)) return { state: 'unsupported', apiVersion: discovery.data.apiVersion };
  return { state: 'ok', discovery: discovery.data };
}

export async function checkPlatform(url: string, timeoutMs = 10_000): Promise<PlatformCheck> {
  const found = await discover(url, timeoutMs);
  return found.state === 'ok' ? { state: 'ok', name: found.discovery.name } : found;
}

/** The platform's discovery document, or null when it is out of reach or not a platform. */
export async function discoveryOf(url: string, timeoutMs = 10_000): Promise<z.infer<typeof Discovery> | null> {
  const found = await discover(url, timeoutMs);
  return found.state === 'ok' ? found.discovery : null;
}
