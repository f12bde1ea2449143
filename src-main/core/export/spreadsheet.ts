// A spreadsheet as the expert's spreadsheet program expects it: French with ';' between fields and
// a decimal comma, English with ',' and a point; UTF-8 with a byte-order mark (Excel reads accents
// right only with it), CRLF line ends. Text that a spreadsheet would run as a formula is defused.
export type CsvLanguage = 'fr' | 'en';

/** A field, quoted when it holds the separator, a quote or a line break. */
function field(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A number with `digits` decimals in the language's notation; empty when there is none. */
export function csvNumber(language: CsvLanguage, value: number | undefined | null, digits: number): string {
  if (value === undefined || value === null) return '';
  const text = value.toFixed(digits);
  return language === 'fr' ? text.replace('.', ',') : text;
}

export function spreadsheet(language: CsvLanguage, headers: string[], rows: string[][]): Uint8Array {
  const separator = language === 'fr' ? ';' : ',';
  const lines = [headers, ...rows].map((cells) => cells.map((c) => field(c, separator)).join(separator));
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}
