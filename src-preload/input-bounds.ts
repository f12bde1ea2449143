// Bounds on the shape of a call's input, checked before anything walks it (the schema, the
// structured clone to core's process, a log): nesting, number of values and text size. Walked with
// an explicit stack, so a value nested a million deep is refused, never a stack overflow that takes
// the process down. The contract's inputs are shallow and small; these bounds are far above them.
export interface InputBounds {
  maxDepth: number;
  maxValues: number;
  maxTextLength: number;
}

export const INPUT_BOUNDS: InputBounds = {
  /** Objects and arrays inside each other (a report's answers are 2 deep). */
  maxDepth: 32,
  /** Every value, key and element counted once. */
  maxValues: 100_000,
  /** All strings (keys included), in UTF-16 code units. */
  maxTextLength: 4 * 1024 * 1024,
};

export type InputProblem = 'too-deep' | 'too-many-values' | 'too-much-text' | 'not-plain-data';

/** The first bound the value breaks, or null when it is within all of them. */
export function inputProblem(value: unknown, bounds: InputBounds = INPUT_BOUNDS): InputProblem | null {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let values = 0;
  let text = 0;
  while (stack.length > 0) {
    const next = stack.pop() as { value: unknown; depth: number };
    if (++values > bounds.maxValues) return 'too-many-values';
    const v = next.value;
    if (typeof v === 'string') {
      text += v.length;
      if (text > bounds.maxTextLength) return 'too-much-text';
      continue;
    }
    if (v === null || typeof v === 'number' || typeof v === 'boolean' || v === undefined) continue;
    if (typeof v !== 'object') return 'not-plain-data';
    if (next.depth >= bounds.maxDepth) return 'too-deep';
    if (Array.isArray(v)) {
      for (const item of v) stack.push({ value: item, depth: next.depth + 1 });
      continue;
    }
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype && proto !== null) return 'not-plain-data';
    for (const [key, item] of Object.entries(v)) {
      text += key.length;
      stack.push({ value: item, depth: next.depth + 1 });
    }
    if (text > bounds.maxTextLength) return 'too-much-text';
  }
  return null;
}

/** The deepest nesting of a JSON text, read without parsing it (so a hostile text costs one pass). */
export function jsonNestingWithin(json: string, maxDepth: number = INPUT_BOUNDS.maxDepth): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return false;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return true;
}

export const INPUT_PROBLEM_SENTENCES: Record<InputProblem, string> = {
  'too-deep': `The request is nested more than ${INPUT_BOUNDS.maxDepth} levels deep.`,
  'too-many-values': `The request holds more than ${INPUT_BOUNDS.maxValues} values.`,
  'too-much-text': 'The request holds more text than the workstation accepts in one call.',
  'not-plain-data': 'The request holds something other than plain data.',
};
