import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { closeTextDetector, DETECT_EDGE, detectText, inputSize, textProbability } from './text-detect.js';

/** RGB pixels of an SVG drawing. */
async function pixels(svg: string): Promise<{ rgb: Uint8Array; width: number; height: number }> {
  const { data, info } = await sharp(Buffer.from(svg))
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    rgb: new Uint8Array(data.buffer, data.byteOffset, data.length),
    width: info.width,
    height: info.height,
  };
}

const W = 1024;
const H = 768;

function page(body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="#FFFFFF"/>${body}</svg>`;
}

describe('text detector (PaddleOCR DB through ONNX Runtime)', () => {
  it('shrinks a large image to DETECT_EDGE but never enlarges a small one (PaddleOCR limit_type max)', () => {
    expect(inputSize(2048, 1536)).toEqual({ w: DETECT_EDGE, h: 736 });
    expect(inputSize(256, 200)).toEqual({ w: 256, h: 192 });
    expect(inputSize(20, 10)).toEqual({ w: 32, h: 32 });
  });

  afterAll(async () => {
    await closeTextDetector();
  });

  it('runs at DETECT_EDGE on the long side, both sides multiples of 32, with probabilities in 0-1', async () => {
    const { rgb, width, height } = await pixels(page(''));
    const { map, w, h } = await textProbability(rgb, width, height);
    expect(w).toBe(DETECT_EDGE);
    expect(h % 32).toBe(0);
    expect(Math.abs(h / w - H / W)).toBeLessThan(32 / w);
    expect(map.length).toBe(w * h);
    expect(map.reduce((m, v) => Math.max(m, v), 0)).toBeLessThan(0.3);
    expect(map.every((v) => v >= 0 && v <= 1)).toBe(true);
  });

  it('finds nothing on a blank page or on a plain shape', async () => {
    const blank = await pixels(page(''));
    expect(await detectText(blank.rgb, blank.width, blank.height)).toEqual([]);
    const shape = await pixels(page('<ellipse cx="512" cy="384" rx="300" ry="200" fill="#3050A0"/>'));
    expect(await detectText(shape.rgb, shape.width, shape.height)).toEqual([]);
  });

  it('boxes each line of text where it was drawn, one region a line', async () => {
    const { rgb, width, height } = await pixels(
      page(
        `<text x="100" y="200" font-family="DejaVu Sans, sans-serif" font-size="64" font-weight="bold" fill="#000">SALE -50%</text>
         <text x="300" y="600" font-family="DejaVu Sans, sans-serif" font-size="40" fill="#C00000">free shipping</text>`,
      ),
    );
    const found = await detectText(rgb, width, height);
    expect(found).toHaveLength(2);
    const [sale, free] = [...found].sort((p, q) => p.box.y0 - q.box.y0);
    // "SALE -50%" at 64 px: the baseline at y 200, caps about 47 px high, the line about 370 px long.
    expect(sale!.box.y0).toBeGreaterThan(130);
    expect(sale!.box.y0).toBeLessThan(160);
    expect(sale!.box.y1).toBeGreaterThan(200);
    expect(sale!.box.y1).toBeLessThan(230);
    expect(sale!.box.x0).toBeGreaterThan(80);
    expect(sale!.box.x0).toBeLessThan(110);
    expect(sale!.box.x1).toBeGreaterThan(430);
    expect(sale!.box.x1).toBeLessThan(500);
    expect(free!.box.y0).toBeGreaterThan(550);
    expect(free!.box.y1).toBeLessThan(630);
    for (const r of found) {
      expect(r.score).toBeGreaterThan(0.6);
      // The core lies inside the box, on the image given.
      for (const i of r.core) {
        const x = i % width;
        const y = Math.floor(i / width);
        expect(x >= r.box.x0 && x < r.box.x1 && y >= r.box.y0 && y < r.box.y1).toBe(true);
      }
    }
  });

  it('says which model would not load, and loads the installed one on the next call', async () => {
    const broken = path.join(os.tmpdir(), `shotlist-not-a-model-${process.pid}.onnx`);
    await writeFile(broken, 'not an onnx model');
    const { rgb, width, height } = await pixels(page(''));
    await expect(detectText(rgb, width, height, broken)).rejects.toThrow(
      /the text detector could not load its model .*not-a-model.*; reinstall shotlist's dependencies/,
    );
    expect(await detectText(rgb, width, height)).toEqual([]);
  });
});
