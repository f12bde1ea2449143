// The codec packages ship Emscripten modules without types: the part the decoders use.
interface CodecFrameInfo {
  width: number;
  height: number;
  bitsPerSample: number;
  componentCount: number;
  isSigned?: boolean;
}

interface CodecDecoder {
  getEncodedBuffer(length: number): Uint8Array;
  getDecodedBuffer(): Uint8Array;
  decode(): void;
  getFrameInfo(): CodecFrameInfo;
  delete(): void;
}

interface CodecModule {
  [decoder: string]: new () => CodecDecoder;
}

type CodecFactory = (options?: { locateFile?: (path: string) => string }) => Promise<CodecModule>;

declare module '@cornerstonejs/codec-openjpeg/decodewasmjs' {
  const factory: CodecFactory;
  export default factory;
}
declare module '@cornerstonejs/codec-openjph/wasmjs' {
  const factory: CodecFactory;
  export default factory;
}
declare module '@cornerstonejs/codec-charls/decodewasmjs' {
  const factory: CodecFactory;
  export default factory;
}
declare module '@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasmjs' {
  const factory: CodecFactory;
  export default factory;
}
declare module '@cornerstonejs/codec-libjxl/decodewasmjs' {
  const factory: CodecFactory;
  export default factory;
}
declare module 'jpeg-baseline-12bit' {
  export default class JpegImage {
    colorTransform: boolean;
    parse(data: Uint8Array): void;
    getData(width: number, height: number): Uint8Array;
    getData16(width: number, height: number): Uint16Array;
  }
}
