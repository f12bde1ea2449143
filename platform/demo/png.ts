// A minimal PNG encoder (8-bit greyscale or RGB, no interlace) for synthetic photos and scans.
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

export function encodePng(width: number, height: number, channels: 1 | 3, pixels: Uint8Array): Buffer {
  const stride = width * channels;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = channels === 1 ? 0 : 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A clinical-photo-like image: skin tones, soft light, a darker irregular lesion in the middle. */
export function skinPhoto(width: number, height: number, seed: number): Buffer {
  const px = new Uint8Array(width * height * 3);
  let s = seed >>> 0;
  const rand = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const light = 1 - 0.25 * (((x - width * 0.4) / width) ** 2 + ((y - height * 0.3) / height) ** 2);
      const dx = (x - width / 2) / (width * 0.09);
      const dy = (y - height / 2) / (height * 0.11);
      const r = Math.sqrt(dx * dx + dy * dy) + 0.15 * Math.sin(Math.atan2(dy, dx) * 5);
      const lesion = r < 1 ? 1 - r * 0.4 : 0;
      const n = (rand() - 0.5) * 10;
      const i = (y * width + x) * 3;
      px[i] = Math.max(0, Math.min(255, (224 - 120 * lesion) * light + n));
      px[i + 1] = Math.max(0, Math.min(255, (178 - 110 * lesion) * light + n));
      px[i + 2] = Math.max(0, Math.min(255, (152 - 95 * lesion) * light + n));
    }
  }
  return encodePng(width, height, 3, px);
}
