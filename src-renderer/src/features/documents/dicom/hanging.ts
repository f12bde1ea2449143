// The viewer's first arrangement when it opens on a series: the hanging protocol of highest
// priority that matches the series (modality, body part, description, a prior to compare with),
// its viewports filled by role or description. The layout shrinks to what was found (an MR of one
// sequence is not a 2×2 of three empty viewports), the series opened is always shown, and the
// viewports the protocol leaves free take the case's other series in order, for when the expert
// widens the layout.
import type { DicomSeries, HangingProtocol, SeriesSelector, ViewerLayout } from '../../../../../contract';
import { LAYOUTS, SLOTS } from './layouts';
import { priorOf } from './comparison';

export interface Arrangement {
  layout: ViewerLayout;
  /** The series of each of the four viewports, by UID ('' for none). */
  slots: string[];
  linked: boolean[];
  /** The viewport showing the series opened. */
  active: number;
  /** The protocol applied, null for the plain default (one viewport). */
  protocolId: string | null;
}

const VIEWPORTS = 4;
const matches = (pattern: string, text: string) => new RegExp(pattern, 'iu').test(text);

function applies(protocol: HangingProtocol, opened: DicomSeries, all: readonly DicomSeries[]): boolean {
  const { modality, bodyPart, seriesDescription, needsPrior } = protocol.match;
  return (
    modality.includes(opened.modality) &&
    (!bodyPart || bodyPart.includes(opened.bodyPart)) &&
    (!seriesDescription || matches(seriesDescription, opened.seriesDescription)) &&
    (!needsPrior || priorOf(opened, all) !== null)
  );
}

function resolve(selector: SeriesSelector, opened: DicomSeries, all: readonly DicomSeries[], used: Set<string>): DicomSeries | null {
  if ('role' in selector) return selector.role === 'current' ? opened : priorOf(opened, all);
  return (
    all.find((s) => s.studyUid === opened.studyUid && !s.localizer && !used.has(s.seriesUid) && matches(selector.description, s.seriesDescription)) ?? null
  );
}

export function arrangementFor(protocols: readonly HangingProtocol[], all: readonly DicomSeries[], opened: DicomSeries): Arrangement {
  const protocol = [...protocols].sort((a, b) => b.priority - a.priority).find((p) => applies(p, opened, all)) ?? null;
  let chosen: DicomSeries[] = [opened];
  if (protocol) {
    const used = new Set<string>();
    chosen = [];
    for (const selector of protocol.viewports) {
      const series = resolve(selector, opened, all, used);
      if (series && !used.has(series.seriesUid)) {
        used.add(series.seriesUid);
        chosen.push(series);
      }
    }
    // The series opened is shown: first, in place of the last the protocol chose if it had no room.
    if (!used.has(opened.seriesUid)) chosen = [opened, ...chosen].slice(0, protocol.viewports.length);
  }
  const layout = LAYOUTS.find((l) => SLOTS[l] >= chosen.length && (!protocol || SLOTS[l] <= SLOTS[protocol.layout])) ?? '1x1';
  const rest = all.filter((s) => !chosen.includes(s));
  const slots = Array.from({ length: VIEWPORTS }, (_, i) => (chosen[i] ?? rest[i - chosen.length])?.seriesUid ?? '');
  const linked = slots.map((_, i) => Boolean(protocol?.linked) && i < chosen.length && chosen.length > 1);
  return { layout, slots, linked, active: Math.max(0, slots.indexOf(opened.seriesUid)), protocolId: protocol?.id ?? null };
}
