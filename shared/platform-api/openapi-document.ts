// The OpenAPI 3.1 document of a list of operations, generated from their zod shapes (zod 4's JSON
// Schema output, draft 2020-12 as OpenAPI 3.1 uses): each named shape a component, each operation
// with its operationId, summary, parameters, body, answer and problem-details errors.
import { z } from 'zod';
import { ERROR_MEANINGS, type Operation } from './operation';
import { Problem } from './auth';

export interface DocumentInfo {
  title: string;
  description: string;
  version: string;
  servers: { url: string; description: string; variables?: Record<string, { default: string; description?: string }> }[];
  /** What each tag of the operations groups. */
  tags: Record<string, string>;
}

type JsonSchema = Record<string, unknown>;
const COMPONENT = '#/components/schemas/';

function idOf(schema: z.ZodType): string {
  const id = z.globalRegistry.get(schema)?.id;
  if (!id) throw new Error('Every body and answer of the API is a named shape (.meta({ id })).');
  return id;
}

const ref = (schema: z.ZodType) => ({ $ref: `${COMPONENT}${idOf(schema)}` });

/** The named shapes the operations reach (directly, or through other shapes), as JSON Schema. */
function components(operations: Operation[]): Record<string, JsonSchema> {
  const all = z.toJSONSchema(z.globalRegistry, { target: 'draft-2020-12', io: 'input', uri: (id) => `${COMPONENT}${id}` }).schemas as Record<
    string,
    JsonSchema
  >;
  const wanted = new Set<string>([idOf(Problem)]);
  for (const op of operations) for (const schema of [op.body, op.response.schema]) if (schema) wanted.add(idOf(schema));
  const reached = new Set<string>();
  const visit = (id: string) => {
    if (reached.has(id)) return;
    reached.add(id);
    for (const [, next] of JSON.stringify(all[id]).matchAll(/"#\/components\/schemas\/([^"]+)"/g)) if (next) visit(next);
  };
  wanted.forEach(visit);
  return Object.fromEntries(
    [...reached].sort().map((id) => {
      const { $schema: _, $id: _id, ...schema } = all[id] ?? {};
      return [id, tidy(schema)];
    }),
  );
}

/** Without the bounds zod gives every integer (±2^53 - 1): they say nothing to a reader. */
function tidy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(tidy) as T;
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).filter(([key, v]) => !((key === 'minimum' || key === 'maximum') && Math.abs(Number(v)) === Number.MAX_SAFE_INTEGER));
  return Object.fromEntries(entries.map(([key, v]) => [key, tidy(v)])) as T;
}

function parameters(op: Operation) {
  const inPath = [...op.path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
  const query = Object.entries(op.query?.shape ?? {}).map(([name, schema]) => {
    const { $schema: _, ...json } = z.toJSONSchema(schema as z.ZodType, { target: 'draft-2020-12', io: 'input' });
    return { name, in: 'query', required: !(schema as z.ZodType).safeParse(undefined).success, schema: tidy(json) };
  });
  const idempotency = op.idempotent ? [{ $ref: '#/components/parameters/IdempotencyKey' }] : [];
  return [...inPath, ...query, ...idempotency];
}

function responses(op: Operation) {
  const { status, description, schema, mediaType } = op.response;
  const answer = schema
    ? { description, content: { [mediaType ?? 'application/json']: { schema: ref(schema) } } }
    : mediaType
      ? { description, content: { [mediaType]: { schema: { type: 'string', contentMediaType: mediaType } } } }
      : { description };
  const problem = (meaning: string) => ({ description: meaning, content: { 'application/problem+json': { schema: ref(Problem) } } });
  return {
    [String(status)]: answer,
    ...Object.fromEntries(op.errors.map((code) => [String(code), problem(ERROR_MEANINGS[code] ?? 'Refused.')])),
    '5XX': problem('The platform failed, or is unavailable for a while (Retry-After may say how long): retry later.'),
  };
}

export function openApiDocument(operations: Operation[], info: DocumentInfo) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    paths[op.path] ??= {};
    const entry = paths[op.path] as Record<string, unknown>;
    const params = parameters(op);
    entry[op.method.toLowerCase()] = {
      operationId: op.operationId,
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      tags: [op.tag],
      security: op.auth === 'bearer' ? [{ bearer: [] }] : [],
      ...(params.length ? { parameters: params } : {}),
      ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(op.body) } } } } : {}),
      responses: responses(op),
    };
  }
  const tags = [...new Set(operations.map((op) => op.tag))].map((name) => ({ name, description: info.tags[name] ?? '' }));
  const bearerUsed = operations.some((op) => op.auth === 'bearer');
  const idempotencyUsed = operations.some((op) => op.idempotent);
  return {
    openapi: '3.1.0',
    info: { title: info.title, version: info.version, description: info.description, license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' } },
    servers: info.servers,
    tags,
    paths,
    components: {
      securitySchemes: bearerUsed ? { bearer: BEARER } : {},
      parameters: idempotencyUsed ? { IdempotencyKey: IDEMPOTENCY_KEY } : {},
      schemas: components(operations),
    },
  };
}

const BEARER = {
  type: 'http',
  scheme: 'bearer',
  description:
    'An access token: from the platform’s OpenID provider for this API’s audience (a JWT, checked by signature and audience), or from /auth/login on a platform without a provider.',
};

const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description: 'A UUID per change: the same key again gets the first answer, so a retry never acts twice.',
  schema: { type: 'string', format: 'uuid' },
};
