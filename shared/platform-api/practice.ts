// The expert API's shapes of the expert's practice (their past opinions, the network's figures)
// and of the signing certificate a demonstration platform issues.
import { z } from 'zod';

const instant = z.string().datetime({ offset: true });

export const PastOpinion = z
  .object({
    id: z.string().min(1).max(200),
    family: z.string().min(1).max(100),
    disease: z.string().max(300),
    acceptedAt: instant,
    reportedAt: instant,
    dueAt: instant.nullable(),
    complexity: z.enum(['simple', 'complex']),
    divergence: z.enum(['convergent', 'divergent']),
    divergenceKind: z.enum(['diagnostic', 'therapeutic', 'both']).nullable(),
    reviewSeconds: z
      .number()
      .int()
      .min(0)
      .max(10 * 365 * 86_400),
  })
  .meta({ id: 'PastOpinion', description: 'No patient data.' });
export type PastOpinion = z.infer<typeof PastOpinion>;

export const OpinionHistory = z.object({ opinions: z.array(PastOpinion).max(100_000) }).meta({ id: 'OpinionHistory' });

const Rate = z.object({ rate: z.number().min(0).max(1), opinions: z.number().int().min(0).nullable() });
export const NetworkFigures = z
  .object({
    reference: z.object({
      source: z.string().max(500),
      overall: z.object({ opinions: z.number().int().min(0), divergent: z.number().int().min(0) }),
      families: z.array(Rate.extend({ family: z.string().max(100) })).max(100),
    }),
    live: z.object({
      families: z.array(z.object({ family: z.string().max(100), opinions: z.number().int().min(0), divergent: z.number().int().min(0) })).max(100),
    }),
  })
  .meta({ id: 'NetworkFigures', description: 'The published reference cohort, and the platform’s live aggregate.' });
export type NetworkFigures = z.infer<typeof NetworkFigures>;

export const CertificateRequest = z
  .object({ csr: z.string().min(1).max(16_384).meta({ description: 'A PKCS#10 request, PEM.' }) })
  .meta({ id: 'CertificateRequest' });

export const IssuedCertificate = z
  .object({ certificate: z.string().max(16_384), chain: z.array(z.string().max(16_384)).max(8) })
  .meta({ id: 'IssuedCertificate', description: 'PEM: the expert’s certificate, then the authorities up to the root.' });
