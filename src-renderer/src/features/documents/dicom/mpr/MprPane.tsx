// One plane of the MPR: a cornerstone viewport showing the plane the worker cut, the crosshair of
// the two other planes over it, and a length the expert draws (in mm, from the plane's own pixel
// spacing: across slices, the slice interval). Pressing or dragging with any other tool moves the
// crosshair; the wheel moves this plane through the volume.
import { useLayoutEffect, useRef, useState } from 'react';
import type { Image } from 'cornerstone-core';
import { useTranslation } from 'react-i18next';
import { setUpCornerstone } from '../cornerstone-setup';
import type { Plane } from './reslice';
import { labelWidth, placeLabels } from '../label-layout';

export interface PlaneShown {
  width: number;
  height: number;
  pixels: ArrayLike<number>;
  min: number;
  max: number;
  /** Where the plane lies (mm along its axis), for the overlay. */
  positionMm: number;
}

interface Props {
  plane: Plane;
  image: PlaneShown | null;
  /** Millimetres between columns and between rows of this plane. */
  spacing: { column: number; row: number };
  rescale: { slope: number; intercept: number };
  voi: { windowWidth: number; windowCenter: number };
  /** The crosshair in this plane's pixels: the column of the vertical line, the row of the horizontal one. */
  crosshair: { x: number; y: number };
  measuring: boolean;
  onPoint: (x: number, y: number) => void;
  onStep: (step: number) => void;
}

type Length = { from: { x: number; y: number }; to: { x: number; y: number } };

let planesCut = 0;

export function MprPane({ plane, image, spacing, rescale, voi, crosshair, measuring, onPoint, onStep }: Props) {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(0);
  const [length, setLength] = useState<Length | null>(null);
  /** The plane cornerstone has drawn: the crosshair is placed on it, never on one not yet displayed. */
  const [displayed, setDisplayed] = useState<PlaneShown | null>(null);
  const pressed = useRef(false);

  // A layout effect, as the drawing below is: enabled before the first plane is displayed.
  useLayoutEffect(() => {
    const el = element.current;
    if (!el) return;
    const cornerstone = setUpCornerstone();
    cornerstone.enable(el);
    const onRendered = () => setDrawn((n) => n + 1);
    el.addEventListener('cornerstoneimagerendered', onRendered);
    const observer = new ResizeObserver(() => cornerstone.resize(el, true));
    observer.observe(el);
    return () => {
      observer.disconnect();
      el.removeEventListener('cornerstoneimagerendered', onRendered);
      cornerstone.disable(el);
    };
  }, []);

  // Each new plane keeps the zoom and pan of the one before it; the window is the MPR's. In the
  // commit (a layout effect), so that the plane is drawn at the next frame, not one after.
  useLayoutEffect(() => {
    const el = element.current;
    if (!el || !image) return;
    const cornerstone = setUpCornerstone();
    const shown: Image = {
      // A new id for every plane cut: cornerstone reuses the pixels it drew for an id it has seen.
      imageId: `mpr:${plane}:${++planesCut}`,
      rows: image.height,
      columns: image.width,
      height: image.height,
      width: image.width,
      color: false,
      minPixelValue: image.min,
      maxPixelValue: image.max,
      slope: rescale.slope,
      intercept: rescale.intercept,
      windowCenter: voi.windowCenter,
      windowWidth: voi.windowWidth,
      columnPixelSpacing: spacing.column,
      rowPixelSpacing: spacing.row,
      sizeInBytes: image.width * image.height * 2,
      getPixelData: () => image.pixels,
    };
    const previous = cornerstone.getViewport(el);
    cornerstone.displayImage(el, shown, previous ? { ...previous, voi } : { voi });
    setDisplayed(image);
  }, [image, plane, rescale, spacing, voi]);

  const pixelAt = (e: React.PointerEvent) => {
    const el = element.current;
    if (!el || !displayed) return null;
    // Cornerstone counts from the first pixel's corner; the MPR from its centre.
    const p = setUpCornerstone().pageToPixel(el, e.pageX, e.pageY);
    return { x: p.x - 0.5, y: p.y - 0.5 };
  };
  const inside = (p: { x: number; y: number }) => !!image && p.x > -0.5 && p.y > -0.5 && p.x < image.width - 0.5 && p.y < image.height - 0.5;

  function onPointerDown(e: React.PointerEvent<HTMLDivElement>) {
    const p = pixelAt(e);
    if (!p || !inside(p) || e.button !== 0) return;
    pressed.current = true;
    e.currentTarget.setPointerCapture(e.pointerId);
    if (measuring) setLength({ from: p, to: p });
    else onPoint(Math.round(p.x), Math.round(p.y));
  }
  function onPointerMove(e: React.PointerEvent<HTMLDivElement>) {
    if (!pressed.current) return;
    const p = pixelAt(e);
    if (!p) return;
    if (measuring) setLength((l) => (l ? { ...l, to: p } : l));
    else if (inside(p)) onPoint(Math.round(p.x), Math.round(p.y));
  }

  const el = displayed ? element.current : null;
  const toCanvas = (p: { x: number; y: number }) => (el ? setUpCornerstone().pixelToCanvas(el, { x: p.x + 0.5, y: p.y + 0.5 }) : p);
  const mm = length ? Math.hypot((length.to.x - length.from.x) * spacing.column, (length.to.y - length.from.y) * spacing.row) : 0;
  // The label is laid out as the stack's are: inside the pane, whatever the end of the line.
  const lengthText = t('measure.length', { value: mm.toFixed(1), unit: 'mm' });
  const label =
    el && length ? placeLabels([{ ...toCanvas(length.to), width: labelWidth(lengthText) }], { width: el.clientWidth, height: el.clientHeight })[0] : null;
  const value = image
    ? (image.pixels[Math.round(crosshair.y) * image.width + Math.round(crosshair.x)] ?? Number.NaN) * rescale.slope + rescale.intercept
    : null;
  const vertical = image ? [toCanvas({ x: crosshair.x, y: -0.5 }), toCanvas({ x: crosshair.x, y: image.height - 0.5 })] : null;
  const horizontal = image ? [toCanvas({ x: -0.5, y: crosshair.y }), toCanvas({ x: image.width - 0.5, y: crosshair.y })] : null;
  return (
    <div
      ref={element}
      className="dicom-viewport mpr-pane"
      data-testid={`mpr-${plane}`}
      data-value={value === null || Number.isNaN(value) ? undefined : Math.round(value)}
      data-crosshair={`${crosshair.x},${crosshair.y}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (pressed.current = false)}
      onWheel={(e) => onStep((e.deltaY || e.deltaX) > 0 ? 1 : -1)}
      onContextMenu={(e) => e.preventDefault()}
    >
      {el && image && vertical && horizontal ? (
        <svg className="dicom-references" data-drawn={drawn} aria-hidden="true">
          <line className="mpr-pane__crosshair" x1={vertical[0]!.x} y1={vertical[0]!.y} x2={vertical[1]!.x} y2={vertical[1]!.y} data-testid="mpr-vertical" />
          <line
            className="mpr-pane__crosshair"
            x1={horizontal[0]!.x}
            y1={horizontal[0]!.y}
            x2={horizontal[1]!.x}
            y2={horizontal[1]!.y}
            data-testid="mpr-horizontal"
          />
          {length ? (
            <g className="dicom-annotations__shape">
              <line x1={toCanvas(length.from).x} y1={toCanvas(length.from).y} x2={toCanvas(length.to).x} y2={toCanvas(length.to).y} />
              <text className="dicom-annotations__label" x={label?.x} y={label?.y} data-testid="mpr-length">
                {lengthText}
              </text>
            </g>
          ) : null}
        </svg>
      ) : null}
      <div className="dicom-overlay" data-testid="dicom-overlay">
        <div className="dicom-overlay__tl">{t(`dicom.mpr.${plane}`)}</div>
        <div className="dicom-overlay__bl">{image ? t('dicom.location', { mm: image.positionMm.toFixed(1) }) : null}</div>
        <div className="dicom-overlay__br">{t('dicom.wl', { w: Math.round(voi.windowWidth), l: Math.round(voi.windowCenter) })}</div>
      </div>
    </div>
  );
}
