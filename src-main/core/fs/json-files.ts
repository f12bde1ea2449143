// The JSON files of a resources directory (report templates, hanging protocols), in name order; an
// absent directory has none.
import { readdirSync } from 'node:fs';

export function jsonFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch {
    return [];
  }
}
