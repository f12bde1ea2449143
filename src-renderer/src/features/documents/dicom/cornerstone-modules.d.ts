// The part of cornerstone-core and cornerstone-wado-image-loader the DICOM viewer uses (the
// packages ship no types).
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
  }
  export interface Viewport {
    scale: number;
    translation: { x: number; y: number };
    voi: { windowWidth: number; windowCenter: number };
    invert: boolean;
    rotation: number;
    hflip: boolean;
    vflip: boolean;
  }
  const cornerstone: {
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
    imageCache: { setMaximumSizeBytes(bytes: number): void; purgeCache(): void; getCacheInfo(): { cacheSizeInBytes: number; maximumSizeInBytes: number; numberOfImagesCached: number } };
    pageToPixel(element: HTMLElement, pageX: number, pageY: number): { x: number; y: number };
    renderToCanvas(canvas: HTMLCanvasElement, image: Image): void;
    pixelToCanvas(element: HTMLElement, point: { x: number; y: number }): { x: number; y: number };
  };
  export default cornerstone;
}

declare module 'cornerstone-wado-image-loader/dist/dynamic-import/cornerstoneWADOImageLoader.min.js' {
  const loader: {
    external: { cornerstone: unknown; dicomParser: unknown };
    webWorkerManager: { initialize(config: Record<string, unknown>): void };
    wadouri: { dataSetCacheManager: { purge(): void } };
  };
  export default loader;
}
