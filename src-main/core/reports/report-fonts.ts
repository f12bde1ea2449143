// The fonts of the patient-facing PDF: DejaVu Sans (regular, bold, oblique), from the npm package
// `dejavu-fonts-ttf`, embedded and subset by pdf-lib with fontkit. It covers Latin for every
// European language, Greek, Cyrillic, mathematical signs (≥ ≤ ± × ° ‰ µ) and arrows, so that what
// the expert and the patient wrote prints as written. A packaged app has the files in its resources
// (electron-builder's extraResources, `fonts/`); run from the sources, they are read from the package.
// A character the fonts do not cover is named to the expert before signing (`unprintableCharacters`).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PatientReport } from './patient-report';

export const REPORT_FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', italic: 'DejaVuSans-Oblique.ttf' } as const;
export type ReportFontStyle = keyof typeof REPORT_FONT_FILES;
export type ReportFonts = Record<ReportFontStyle, Uint8Array>;

const require = createRequire(import.meta.url);

/** The folder of the font files: `configured` (a packaged app's), else the npm package's. */
export function reportFontsDir(configured: string | null): string {
  return configured ?? join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

const loaded = new Map<string, ReportFonts>();

/** The three fonts' bytes, read once per folder. */
export function readReportFonts(dir: string): ReportFonts {
  let fonts = loaded.get(dir);
  if (!fonts) {
    const read = (style: ReportFontStyle) => new Uint8Array(readFileSync(join(dir, REPORT_FONT_FILES[style])));
    fonts = { regular: read('regular'), bold: read('bold'), italic: read('italic') };
    loaded.set(dir, fonts);
  }
  return fonts;
}

/**
 * The characters every style covers (a heading is bold, a quote oblique: each must hold them all),
 * as code points. Read with fontkit, in a worker thread (three font files are parsed).
 */
export async function coveredCharacters(dir: string): Promise<number[]> {
  const { default: fontkit } = await import('@pdf-lib/fontkit');
  const fonts = readReportFonts(dir);
  const sets = (Object.keys(REPORT_FONT_FILES) as ReportFontStyle[]).map((style) => new Set(fontkit.create(fonts[style]).characterSet));
  return [...(sets[0] ?? [])].filter((c) => sets.every((s) => s.has(c)));
}

/** Spaces and line ends are laid out, not drawn: they need no glyph. */
const LAID_OUT = /[\s\u200b-\u200d\u2060\ufeff]/u;

/** The characters of `text` no font covers, each once, in the order they first appear. */
export function uncoveredIn(text: string, fonts: ReadonlySet<number>): string[] {
  const out = new Set<string>();
  for (const c of text) if (!LAID_OUT.test(c) && !fonts.has(c.codePointAt(0) ?? 0)) out.add(c);
  return [...out];
}

/** The characters of the report's PDF that no font covers, by where they are printed. */
export function unprintableCharacters(report: PatientReport, fonts: ReadonlySet<number>): { where: string; characters: string[] }[] {
  const places: [string, string][] = [
    [report.title, report.title],
    [report.subtitle, report.subtitle],
    ...(report.conclusion ? ([[report.conclusion, report.conclusion]] as [string, string][]) : []),
    ...report.sections.flatMap((section) =>
      section.entries.map((e): [string, string] => [e.quote ?? (e.label || section.heading), [section.heading, e.label, e.quote ?? '', e.text].join('\n')]),
    ),
    ...(report.figures?.items ?? []).map((f): [string, string] => [f.caption, f.caption]),
    ...[report.signature, report.signatureNote].flatMap((t): [string, string][] => (t ? [[t, t]] : [])),
  ];
  return places.map(([where, text]) => ({ where, characters: uncoveredIn(text, fonts) })).filter((p) => p.characters.length > 0);
}
