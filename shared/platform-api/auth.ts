// The expert API's shapes for knowing a platform and signing in (see operations.ts): what the
// platform serves, what the workstation checks, and what the OpenAPI document is generated from.
// `meta({ id })` names a shape in the document's components.
import { z } from 'zod';

/** Every error answer: RFC 9457 problem details, with a stable `code`. */
export const Problem = z
  .object({
    type: z.string().optional(),
    title: z.string().optional(),
    status: z.number().int().optional(),
    code: z.string().optional().meta({ description: 'Stable machine-readable code, e.g. SESSION_EXPIRED, CASE_NOT_FOUND, SIGNATURE_INVALID.' }),
    detail: z.string().optional(),
    instance: z.string().optional(),
  })
  .meta({ id: 'Problem', description: 'Problem details (RFC 9457).' });

export const DemoAccount = z.object({ email: z.string().email().max(200), password: z.string().min(1).max(200) });

/** How experts sign in: through the platform's OpenID provider, or with a password (also when absent). */
export const SignInMethod = z
  .discriminatedUnion('method', [
    z.object({ method: z.literal('password') }),
    z.object({
      method: z.literal('oidc'),
      issuer: z.string().url().max(500).meta({ description: 'The OpenID provider (its /.well-known/openid-configuration).' }),
      clientId: z.string().min(1).max(200).meta({ description: 'The workstation, a public native client (PKCE, loopback redirect).' }),
      scope: z.string().min(1).max(500),
    }),
  ])
  .meta({ id: 'SignInMethod' });

export const Discovery = z
  .object({
    service: z.literal('smo-expert-api'),
    apiVersion: z.number().int(),
    name: z.string().min(1).max(200),
    demoAccount: DemoAccount.optional().meta({ description: 'A demonstration platform only (fictitious patients): the account to pre-fill.' }),
    issuesSigningCertificates: z.boolean().optional().meta({ description: 'A demonstration platform acting as a certification authority.' }),
    signIn: SignInMethod.optional(),
  })
  .meta({ id: 'Discovery', description: 'What this server is, before any sign-in; nothing about experts or cases.' });

export const PasswordLogin = z
  .object({ email: z.string().email(), password: z.string().min(1), deviceId: z.string().uuid().optional() })
  .meta({ id: 'PasswordLogin' });

export const RefreshRequest = z.object({ refreshToken: z.string().min(1) }).meta({ id: 'RefreshRequest' });

export const Tokens = z
  .object({ accessToken: z.string(), refreshToken: z.string(), expiresIn: z.number().int().optional() })
  .meta({ id: 'Tokens', description: 'Opaque bearer tokens of the password flow; the refresh token is single-use.' });

export const Expert = z.object({ id: z.string(), email: z.string(), displayName: z.string(), specialty: z.string().optional() }).meta({ id: 'Expert' });

export const PasswordSession = Tokens.extend({ expert: Expert }).meta({ id: 'PasswordSession' });
