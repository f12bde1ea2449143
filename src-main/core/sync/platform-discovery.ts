// Before the expert types a password: does this address answer as a second-opinion platform?
// It reads the platform's discovery document (GET /.well-known/smo-platform), which needs no
// sign-in and says nothing about experts or cases.
import { z } from 'zod';
import type { PlatformCheck } from '../../../src-preload/contract';
import { isSecurePlatformUrl } from '../config';
import { readBoundedJson } from './bounded-body';

const Discovery = z.object({ service: z.literal('smo-expert-api'), apiVersion: z.number().int(), name: z.string().min(1).max(200) });
/** The expert API versions this workstation speaks. */
const SUPPORTED_API_VERSIONS = [1];

export async function checkPlatform(url: string, timeoutMs = 10_000): Promise<PlatformCheck> {
  if (!isSecurePlatformUrl(url)) return { state: 'insecure' };
  let response: Response;
  try {
    response = await fetch(new URL('/.well-known/smo-platform', url), { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
  } catch {
    return { state: 'unreachable' };
  }
  const body: unknown = response.ok ? await readBoundedJson(response, 64 * 1024).catch(() => null) : null;
  const discovery = Discovery.safeParse(body);
  if (!discovery.success) return { state: 'not-a-platform' };
  if (!SUPPORTED_API_VERSIONS.includes(discovery.data.apiVersion)) return { state: 'unsupported', apiVersion: discovery.data.apiVersion };
  return { state: 'ok', name: discovery.data.name };
}
