import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { ProviderError } from '../types.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_END = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

type Probe = { format: 'png' | 'jpeg' | 'webp'; whole: boolean } | 'broken' | undefined;

/**
 * Checks bytes an API returned are a whole image: the header parses, and the file is not cut off
 * (PNG and JPEG end markers, WebP's RIFF length). PNG, JPEG and WebP are probed here, from their
 * headers, without libvips (this runs for every image of a run, on the event loop); other formats
 * go to sharp's metadata. The image is decoded in full later, when it is normalised. Returns the
 * MIME type.
 */
export async function checkImage(api: string, bytes: Buffer): Promise<string> {
  const probed = probeHeader(bytes);
  const undecodable = (cause?: unknown) =>
    new ProviderError('bad-output', `${api} returned ${bytes.length} bytes that do not decode as an image`, {
      cause,
    });
  if (probed === 'broken') throw undecodable();
  if (probed === undefined) {
    try {
      const { format } = await sharp(bytes, { failOn: 'none' }).metadata();
      return `image/${format ?? 'octet-stream'}`;
    } catch (error) {
      throw undecodable(error);
    }
  }
  // A truncated body is what an interrupted transfer looks like: worth another try.
  if (!probed.whole)
    throw new ProviderError(
      'transient',
      `${api} returned a truncated ${probed.format} (${bytes.length} bytes)`,
    );
  return `image/${probed.format}`;
}

/** The format named by the header, 'broken' when the signature is there but the header is not valid. */
export function probeHeader(bytes: Buffer): Probe {
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return probePng(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return probeJpeg(bytes);
  if (bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP')
    return probeWebp(bytes);
  return undefined;
}

function probePng(bytes: Buffer): Probe {
  // IHDR: length 13, type, width, height, depth, colour type, ..., then its CRC over type + data.
  if (bytes.length < 33 || bytes.readUInt32BE(8) !== 13 || bytes.toString('latin1', 12, 16) !== 'IHDR')
    return 'broken';
  const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  const [depth, colour] = [bytes[24]!, bytes[25]!];
  const valid =
    width > 0 &&
    height > 0 &&
    [1, 2, 4, 8, 16].includes(depth) &&
    [0, 2, 3, 4, 6].includes(colour) &&
    crc32(bytes.subarray(12, 29)) === bytes.readUInt32BE(29);
  if (!valid) return 'broken';
  return { format: 'png', whole: bytes.lastIndexOf(PNG_END) >= bytes.length - 64 };
}

function probeJpeg(bytes: Buffer): Probe {
  // Walk the marker segments to a frame header (SOFn) with a size; the scan (SOS) must not come first.
  for (let at = 2; at + 9 < bytes.length;) {
    if (bytes[at] !== 0xff) return 'broken';
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return 'broken';
    const sof = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (sof) {
      const ok = bytes.readUInt16BE(at + 5) > 0 && bytes.readUInt16BE(at + 7) > 0;
      return ok ? { format: 'jpeg', whole: tailHas(bytes, 0xff, 0xd9) } : 'broken';
    }
    at += 2 + bytes.readUInt16BE(at + 2);
  }
  return 'broken';
}

function probeWebp(bytes: Buffer): Probe {
  const chunk = bytes.toString('latin1', 12, 16);
  if (!['VP8 ', 'VP8L', 'VP8X'].includes(chunk)) return 'broken';
  // RIFF's size counts everything after its first 8 bytes: fewer bytes than that is a cut-off file.
  return { format: 'webp', whole: bytes.length >= bytes.readUInt32LE(4) + 8 };
}

function tailHas(bytes: Buffer, a: number, b: number): boolean {
  for (let i = bytes.length - 2; i >= Math.max(0, bytes.length - 64); i--)
    if (bytes[i] === a && bytes[i + 1] === b) return true;
  return false;
}
