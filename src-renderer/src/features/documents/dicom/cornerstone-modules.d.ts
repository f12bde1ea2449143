// The part of cornerstone-core the DICOM viewer and its image loader use (it ships no types).
declare module 'cornerstone-core' {
  export interface Image {
    imageId: string;
    rows: number;
    columns: number;
    windowCenter?: number | number[];
    windowWidth?: number | number[];
    rowPixelSpacing?: number;
    columnPixelSpacing?: number;
    minPixelValue: number;
    maxPixelValue: number;
    /** RGB(A) pixels rather than one modality value per pixel. */
    color: boolean;
    /** Modality rescale: value = stored × slope + intercept. */
    slope: number;
    intercept: number;
    getPixelData(): ArrayLike<number>;
    height: number;
    width: number;
    /** RGBA pixels (4 bytes each) rather than RGB. */
    rgba?: boolean;
    /** The image's natural presentation has low values white (MONOCHROME1). */
    invert?: boolean;
    sizeInBytes: number;
    modalityLUT?: { firstValueMapped: number; numBitsPerEntry: number; lut: number[] };
    voiLUT?: { firstValueMapped: number; numBitsPerEntry: number; lut: number[] };
  }
  export interface Viewport {
    scale: number;
    translation: { x: number; y: number };
    voi: { windowWidth: number; windowCenter: number };
    invert: boolean;
    rotation: number;
    hflip: boolean;
    vflip: boolean;
    /** Applied in place of the image's own when set; compared by `id` for the rendering cache. */
    modalityLUT?: { id?: string; firstValueMapped: number; numBitsPerEntry: number; lut: number[] };
    voiLUT?: { id?: string; firstValueMapped: number; numBitsPerEntry: number; lut: number[] };
  }
  const cornerstone: {
    registerImageLoader(scheme: string, loader: (imageId: string) => { promise: Promise<Image> }): void;
    enable(element: HTMLElement): void;
    disable(element: HTMLElement): void;
    loadAndCacheImage(imageId: string): Promise<Image>;
    displayImage(element: HTMLElement, image: Image, viewport?: Partial<Viewport>): void;
    getViewport(element: HTMLElement): Viewport | undefined;
    setViewport(element: HTMLElement, viewport: Partial<Viewport>): void;
    getDefaultViewportForImage(element: HTMLElement, image: Image): Viewport;
    resize(element: HTMLElement, fitToWindow?: boolean): void;
    fitToWindow(element: HTMLElement): void;
    reset(element: HTMLElement): void;
    imageCache: {
      setMaximumSizeBytes(bytes: number): void;
      purgeCache(): void;
      getCacheInfo(): { cacheSizeInBytes: number; maximumSizeInBytes: number; numberOfImagesCached: number };
    };
    pageToPixel(element: HTMLElement, pageX: number, pageY: number): { x: number; y: number };
    renderToCanvas(canvas: HTMLCanvasElement, image: Image): void;
    pixelToCanvas(element: HTMLElement, point: { x: number; y: number }): { x: number; y: number };
  };
  export default cornerstone;
}
