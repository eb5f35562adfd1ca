import sharp from 'sharp';
import { ProviderError } from '../types.js';

const PNG_END = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/**
 * Checks bytes an API returned are a whole image: the header decodes, and PNG and JPEG end with
 * their end markers (a cut-off transfer that still parses is caught here, cheaply, without a full
 * decode). Returns the MIME type.
 */
export async function checkImage(api: string, bytes: Buffer): Promise<string> {
  let format: string | undefined;
  try {
    format = (await sharp(bytes, { failOn: 'none' }).metadata()).format;
  } catch (error) {
    throw new ProviderError(
      'bad-output',
      `${api} returned ${bytes.length} bytes that do not decode as an image`,
      {
        cause: error,
      },
    );
  }
  const truncated =
    (format === 'png' && bytes.lastIndexOf(PNG_END) < bytes.length - 64) ||
    (format === 'jpeg' && !tailHas(bytes, 0xff, 0xd9));
  // A truncated body is what an interrupted transfer looks like: worth another try.
  if (truncated)
    throw new ProviderError('transient', `${api} returned a truncated ${format} (${bytes.length} bytes)`);
  return format === 'jpeg' ? 'image/jpeg' : `image/${format ?? 'octet-stream'}`;
}

function tailHas(bytes: Buffer, a: number, b: number): boolean {
  for (let i = bytes.length - 2; i >= Math.max(0, bytes.length - 64); i--)
    if (bytes[i] === a && bytes[i + 1] === b) return true;
  return false;
}
