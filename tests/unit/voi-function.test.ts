// The VOI LUT Function: SIGMOID computed by the standard's formula (PS3.3 C.11.2.1.3.1), its table
// read by cornerstone at 8 bits, the file's own VOI LUT only at its default window, and a table
// never built for a range wider than an image.
import { describe, expect, it } from 'vitest';
import { MAX_SIGMOID_ENTRIES, sigmoid, sigmoidLut, voiLutFor, type VoiImage } from '../../src-renderer/src/features/documents/dicom/voi-function';

const image = (over: Partial<VoiImage>): VoiImage => ({
  color: false,
  minPixelValue: 0,
  maxPixelValue: 4095,
  slope: 1,
  intercept: 0,
  windowCenter: 2048,
  windowWidth: 4096,
  voiFunction: 'LINEAR',
  ...over,
});

describe('SIGMOID', () => {
  it('is half-way at the centre and follows 255 / (1 + exp(−4 (x − c) / w)) elsewhere', () => {
    expect(sigmoid(100, 100, 50)).toBeCloseTo(127.5, 6);
    expect(sigmoid(150, 100, 50)).toBeCloseTo(255 / (1 + Math.exp(-4)), 6);
    expect(sigmoid(50, 100, 50)).toBeCloseTo(255 / (1 + Math.exp(4)), 6);
  });

  it('tabulates every modality value of the image, with a sentinel that keeps the table at 8 bits', () => {
    const lut = sigmoidLut(0, 100, -1000, 20);
    expect(lut?.firstValueMapped).toBe(-1000);
    expect(lut?.lut).toHaveLength(1022);
    expect(lut?.lut[1000]).toBe(128); // 127.5 rounded, at x = 0
    expect(lut?.lut[0]).toBe(0);
    // The image's highest value maps to the curve, not to white; the entry past it is the sentinel.
    expect(lut?.lut[1020]).toBe(Math.round(sigmoid(20, 0, 100)));
    expect(lut?.lut[1021]).toBe(255);
  });

  it('builds no table for a range wider than an image would have (a 32-bit dose)', () => {
    expect(sigmoidLut(0, 100, 0, MAX_SIGMOID_ENTRIES * 20)).toBeNull();
  });

  it('gives a new table id for a new window, so that cornerstone renders again', () => {
    expect(sigmoidLut(0, 100, 0, 10)?.id).not.toBe(sigmoidLut(0, 120, 0, 10)?.id);
  });
});

describe('the VOI table applied to an image', () => {
  const fileLut = { firstValueMapped: 0, numBitsPerEntry: 8, lut: [0, 255] };

  it('is none for a linear window', () => {
    expect(voiLutFor(image({}), { windowCenter: 40, windowWidth: 400 })).toBeUndefined();
  });

  it('is the file’s own VOI LUT at the file’s default window, and not once the expert changes the window', () => {
    const withLut = image({ voiLUT: fileLut });
    expect(voiLutFor(withLut, { windowCenter: 2048, windowWidth: 4096 })).toBe(fileLut);
    expect(voiLutFor(withLut, { windowCenter: 40, windowWidth: 400 })).toBeUndefined();
  });

  it('is the sigmoid of the current window over the rescaled range when the file asks for SIGMOID', () => {
    const lut = voiLutFor(image({ voiFunction: 'SIGMOID', slope: 2, intercept: -100 }), { windowCenter: 1000, windowWidth: 500 });
    expect(lut?.firstValueMapped).toBe(-100);
    expect(lut?.lut).toHaveLength(4095 * 2 + 1 + 1);
  });

  it('is none for colour images, which have no VOI', () => {
    expect(voiLutFor(image({ voiFunction: 'SIGMOID', color: true }), { windowCenter: 127.5, windowWidth: 256 })).toBeUndefined();
  });
});
