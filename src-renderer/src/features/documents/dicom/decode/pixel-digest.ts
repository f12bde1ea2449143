// What a decoded frame holds, as technical data that tells a lossless decode from a damaged one
// (the tests compare it with the encoders' own): the sum and an FNV-1a hash of the stored values
// (of R, G and B for colour, without the alpha), and the sum in modality units (stored × slope +
// intercept). Computed in the decoding worker, so that the page's thread spends nothing on it
// while the expert scrolls, and only when a test or a benchmark asks for it: the expert's
// workstation never spends the time (a pass over every pixel of every image).
export interface PixelDigest {
  sum: number;
  hash: string;
  valueSum: number;
}

export function pixelDigest(pixels: ArrayLike<number>, color: boolean, slope: number, intercept: number): PixelDigest {
  let sum = 0;
  let hash = 0x811c9dc5;
  for (let i = 0; i < pixels.length; i++) {
    if (color && i % 4 === 3) continue;
    const v = pixels[i] as number;
    sum += v;
    hash = Math.imul(hash ^ (v | 0), 0x01000193) >>> 0;
  }
  const valueSum = color ? sum : sum * slope + intercept * pixels.length;
  return { sum, hash: hash.toString(16).padStart(8, '0'), valueSum };
}
