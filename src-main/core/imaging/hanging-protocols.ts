// Loads the hanging protocols (resources/hanging-protocols/*.json) when core starts: each file
// checked against the format (contract's HangingProtocol), ids unique. A broken file is left out
// and named, in the log and by the build's check, never half applied.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HangingProtocol } from '../../../contract';
import { jsonFiles } from '../fs/json-files';

export interface HangingProtocolLibrary {
  protocols: HangingProtocol[];
  /** The files refused, with why ("layout: Invalid option…"). */
  problems: { file: string; detail: string }[];
}

export function loadHangingProtocols(dir: string): HangingProtocolLibrary {
  const protocols: HangingProtocol[] = [];
  const problems: HangingProtocolLibrary['problems'] = [];
  for (const name of jsonFiles(dir)) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      problems.push({ file: name, detail: `not valid JSON (${error instanceof Error ? error.message : 'unreadable'})` });
      continue;
    }
    const parsed = HangingProtocol.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push({ file: name, detail: `${issue?.path.join('.') || '(file)'}: ${issue?.message ?? 'not a hanging protocol'}` });
    } else if (protocols.some((p) => p.id === parsed.data.id)) {
      problems.push({ file: name, detail: `the id "${parsed.data.id}" is used by two protocols` });
    } else protocols.push(parsed.data);
  }
  return { protocols, problems };
}
