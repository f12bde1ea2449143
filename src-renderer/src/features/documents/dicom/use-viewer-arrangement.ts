// What the viewer shows and how it is arranged: the case's series, the layout, the series of each
// viewport, which viewports are linked (and whether window and zoom follow) and the offsets the
// expert aligned. It opens as the expert last left this case when that arrangement shows the
// series opened, else as the hanging protocol lays it out; every change the expert makes is kept
// for the case (in core's encrypted cache), a moment after the last one.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DicomSeries, ViewerState } from '../../../../../contract';
import { useBackend } from '../../../backend/backend-context';
import { arrangementFor } from './hanging';
import { SLOTS } from './layouts';

/** A moment after the expert's last change: a wheel of offsets makes one write. */
const SAVE_AFTER_MS = 600;

export type Arrangement = Omit<ViewerState, 'slots' | 'linked'> & { slots: string[]; linked: boolean[] };

export interface ViewerArrangement {
  /** The case's series; null while loading. */
  allSeries: DicomSeries[] | null;
  arrangement: Arrangement;
  /** The viewport showing the series opened, when the arrangement was chosen. */
  openedSlot: number;
  /** The hanging protocol that laid it out, null when the expert's own arrangement or none did. */
  protocolId: string | null;
  /** An expert's change: applied and kept for the case. */
  change: (update: (current: Arrangement) => Arrangement) => void;
}

const FOUR = [0, 1, 2, 3];
const EMPTY: Arrangement = { layout: '1x1', slots: ['', '', '', ''], linked: [false, false, false, false], linkWindow: false, linkZoom: false, offsets: {} };

/** Four entries, whatever was saved. */
const four = <T>(values: readonly T[], fill: T): T[] => FOUR.map((i) => values[i] ?? fill);

export function useViewerArrangement(caseId: string, documentId: string): ViewerArrangement {
  const backend = useBackend();
  const [allSeries, setAllSeries] = useState<DicomSeries[] | null>(null);
  const [arrangement, setArrangement] = useState<Arrangement>(EMPTY);
  const [openedSlot, setOpenedSlot] = useState(0);
  const [protocolId, setProtocolId] = useState<string | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let cancelled = false;
    const none = () => null;
    void Promise.all([
      backend.imaging.series({ caseId }),
      backend.imaging.hangingProtocols({}).catch(() => []),
      backend.imaging.viewerState({ caseId }).catch(none),
    ]).then(
      ([all, protocols, saved]) => {
        if (cancelled) return;
        const opened = all.find((s) => s.images.some((i) => i.attachmentId === documentId)) ?? all[0];
        setAllSeries(all);
        if (!opened) return;
        const known = new Set(all.map((s) => s.seriesUid));
        const savedSlots = four(saved?.slots ?? [], '').map((uid) => (known.has(uid) ? uid : ''));
        const savedAt = saved ? savedSlots.slice(0, SLOTS[saved.layout]).indexOf(opened.seriesUid) : -1;
        if (saved && savedAt >= 0) {
          setArrangement({ ...saved, slots: savedSlots, linked: four(saved.linked, false) });
          setOpenedSlot(savedAt);
          setProtocolId(null);
        } else {
          const chosen = arrangementFor(protocols, all, opened);
          setArrangement({ ...EMPTY, layout: chosen.layout, slots: chosen.slots, linked: chosen.linked, offsets: saved?.offsets ?? {} });
          setOpenedSlot(chosen.active);
          setProtocolId(chosen.protocolId);
        }
      },
      () => !cancelled && setAllSeries([]),
    );
    return () => {
      cancelled = true;
    };
  }, [backend, caseId, documentId]);

  // The expert's changes (not the first arrangement) are kept, a moment after the last one, and at
  // the latest when the viewer closes.
  const unsaved = useRef<Arrangement | null>(null);
  const save = useCallback(() => {
    const state = unsaved.current;
    unsaved.current = null;
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = null;
    if (state) void backend.imaging.saveViewerState({ caseId, state }).catch(() => {});
  }, [backend, caseId]);
  const change = useCallback((update: (current: Arrangement) => Arrangement) => {
    setArrangement((current) => {
      const next = update(current);
      if (next !== current) unsaved.current = next;
      return next;
    });
  }, []);
  useEffect(() => {
    if (!unsaved.current) return;
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(save, SAVE_AFTER_MS);
  }, [arrangement, save]);
  useEffect(() => {
    // A window closed or reloaded does not unmount the viewer: keep the last change then too.
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('pagehide', save);
      save();
    };
  }, [save]);

  return { allSeries, arrangement, openedSlot, protocolId, change };
}
