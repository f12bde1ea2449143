// Checks one incoming call against the contract. Used by every receiver of calls (the Electron
// IPC handler and core's dispatcher), so a malformed payload is refused the same way everywhere.
import { isMethodName, methods, type CallError, type MethodName } from '../contract';
import { INPUT_PROBLEM_SENTENCES, inputProblem } from './input-bounds';

export type ParsedCall = { ok: true; method: MethodName; input: unknown } | { ok: false; error: CallError };

export function parseCall(method: unknown, input: unknown): ParsedCall {
  if (!isMethodName(method)) {
    return {
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: 'This request is not part of the workstation contract.' },
    };
  }
  // Before the schema walks it: a hostile shape is refused here, never a stack overflow.
  const problem = inputProblem(input);
  if (problem) return { ok: false, error: { code: 'INVALID_INPUT', message: `Invalid input for ${method}: ${INPUT_PROBLEM_SENTENCES[problem]}` } };
  const parsed = methods[method].input.safeParse(input);
  if (!parsed.success) {
    // Name the fields, never echo their values: they may be patient data.
    const fields = parsed.error.issues.map((i) => i.path.join('.') || '(input)').join(', ');
    return { ok: false, error: { code: 'INVALID_INPUT', message: `Invalid input for ${method}: ${fields}.` } };
  }
  return { ok: true, method, input: parsed.data };
}
