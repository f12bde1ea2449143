// The viewport as the expert sees it, as a picture for the report: the image canvas (window,
// zoom, rotation, inversion as shown) with the measurements drawn over it. The text overlays (the
// patient's name, dates, the window's values) are HTML beside the canvas and are not drawn: no
// patient data is burnt into the picture. At most 1024 pixels a side, as a JPEG.
import { base64Of } from '../../../ui/base64';

const MAX_SIDE = 1024;
const QUALITY = 0.92;
/** The SVG properties the app's stylesheet sets on the measurements, copied onto the drawn copy (an SVG drawn as an image has no stylesheet). */
const STYLED = ['stroke', 'stroke-width', 'stroke-dasharray', 'fill', 'font-family', 'font-size', 'font-weight', 'paint-order'] as const;

/** The measurements' SVG as an image: a copy with its styles inlined and the drag handles left out. */
function annotationsImage(svg: SVGSVGElement, width: number, height: number): Promise<HTMLImageElement> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const target = copies[i];
    if (!(target instanceof SVGElement)) return;
    const style = getComputedStyle(original);
    for (const name of STYLED) target.style.setProperty(name, style.getPropertyValue(name));
  });
  copy.querySelectorAll('.dicom-annotations__handle').forEach((handle) => handle.remove());
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      URL.revokeObjectURL(url);
      resolve(image);
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the measurements could not be drawn'));
    };
    image.src = url;
  });
}

/** The picture of what `element` (a DICOM viewport) shows, as base64 JPEG; null when it shows no image. */
export async function captureViewport(element: HTMLElement | null): Promise<string | null> {
  const canvas = element?.querySelector('canvas');
  if (!element || !canvas || canvas.width === 0 || canvas.height === 0) return null;
  const scale = Math.min(1, MAX_SIDE / Math.max(canvas.width, canvas.height));
  const out = document.createElement('canvas');
  out.width = Math.max(1, Math.round(canvas.width * scale));
  out.height = Math.max(1, Math.round(canvas.height * scale));
  const context = out.getContext('2d');
  if (!context) return null;
  context.fillStyle = '#000';
  context.fillRect(0, 0, out.width, out.height);
  context.drawImage(canvas, 0, 0, out.width, out.height);
  const svg = element.querySelector<SVGSVGElement>('svg.dicom-annotations');
  if (svg && svg.childElementCount > 0) context.drawImage(await annotationsImage(svg, element.clientWidth, element.clientHeight), 0, 0, out.width, out.height);
  const blob = await new Promise<Blob | null>((resolve) => out.toBlob(resolve, 'image/jpeg', QUALITY));
  return blob ? base64Of(blob) : null;
}
