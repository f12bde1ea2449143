// Inputs shaped like a contract schema asks (fast-check arbitraries read off a zod schema), so a
// fuzz run reaches the handlers instead of stopping at validation: enums take their values, numbers
// their bounds, strings their lengths (up to the limit and past it), ids the ones that exist.
import fc from 'fast-check';
import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  values?: unknown[];
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  checks?: { _zod: { def: { check: string; value?: number; inclusive?: boolean; maximum?: number; minimum?: number } } }[];
}

const defOf = (schema: z.ZodType): Def => schema._zod.def as Def;

/** `ids`: values for keys that name something that exists (caseId, attachmentId…). */
export function arbitraryFor(schema: z.ZodType, ids: Record<string, fc.Arbitrary<string>> = {}, key = '', depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const bound = (check: string) => def.checks?.map((c) => c._zod.def).find((c) => c.check === check);
  switch (def.type) {
    case 'string': {
      const max = bound('max_length')?.maximum ?? 300;
      const known = ids[key];
      const text = fc.oneof(
        fc.string({ maxLength: Math.min(max, 200) }),
        fc.string({ minLength: max, maxLength: max + 2 }),
        fc.string({ unit: 'grapheme', maxLength: 50 }),
      );
      return known ? fc.oneof({ weight: 3, arbitrary: known }, { weight: 1, arbitrary: text }) : text;
    }
    case 'number': {
      const low = bound('greater_than')?.value ?? -1e6;
      const high = bound('less_than')?.value ?? 1e6;
      return fc.oneof(
        fc.integer({ min: Math.ceil(low), max: Math.floor(high) }),
        fc.double({ noNaN: true, min: low, max: high }),
        fc.constantFrom(low - 1, high + 1),
      );
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'null':
      return fc.constant(null);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'pipe':
      return def.innerType ? fc.oneof(arbitraryFor(def.innerType, ids, key, depth), fc.constant(def.type === 'nullable' ? null : undefined)) : fc.anything();
    case 'array':
      return depth > 4 || !def.element ? fc.constant([]) : fc.array(arbitraryFor(def.element, ids, key, depth + 1), { maxLength: 5 });
    case 'record':
      return def.valueType
        ? fc.dictionary(fc.oneof(ids.linkId ?? fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 })), arbitraryFor(def.valueType, ids, key, depth + 1), {
            maxKeys: 12,
          })
        : fc.constant({});
    case 'union':
      return fc.oneof(...(def.options ?? []).map((o) => arbitraryFor(o, ids, key, depth + 1)));
    case 'object':
      return fc.record(Object.fromEntries(Object.entries(def.shape ?? {}).map(([k, v]) => [k, arbitraryFor(v, ids, k, depth + 1)])));
    default:
      return fc.anything({ maxDepth: 2 });
  }
}
