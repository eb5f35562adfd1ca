import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { expectedDimensions } from './check-dimensions.js';
import { runQa } from './index.js';

/** A dark disc on white: a clean, centred product. */
async function product(
  opts: { size?: number; r?: number; cx?: number; bg?: string; blur?: number } = {},
): Promise<Buffer> {
  const size = opts.size ?? 1600;
  const r = opts.r ?? size * 0.43;
  const cx = opts.cx ?? size / 2;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="${opts.bg ?? '#FFFFFF'}"/>
    <circle cx="${cx}" cy="${size / 2}" r="${r}" fill="#1E3A8A"/><circle cx="${cx - r / 3}" cy="${size / 2 - r / 3}" r="${r / 4}" fill="#C2410C"/>
    <rect x="${cx - r / 2}" y="${size / 2 + r / 5}" width="${r}" height="${r / 6}" fill="#F5F5F5"/></svg>`;
  const img = sharp(Buffer.from(svg));
  return (opts.blur ? img.blur(opts.blur) : img).png().toBuffer();
}

const placement = {
  aspect: '1:1',
  size: 1600,
  background: '#FFFFFF',
  qa: { profile: 'marketplace-main', noText: false },
};

function check(report: Awaited<ReturnType<typeof runQa>>, name: string) {
  const c = report.checks.find((k) => k.check === name);
  if (!c) throw new Error(`no ${name} check in ${JSON.stringify(report.checks.map((k) => k.check))}`);
  return c;
}

describe('runQa', () => {
  it('passes a clean product shot and records every measured value', async () => {
    const report = await runQa({ image: await product(), ...placement, color: '#1E3A8A' });
    expect(report.checks.filter((c) => c.status !== 'pass')).toEqual([]);
    expect(report.status).toBe('pass');
    expect(check(report, 'dimensions').value).toBe('1600x1600');
    expect(check(report, 'fill').value).toBeCloseTo(0.86, 1);
    expect(check(report, 'background').value).toBe(1);
    expect(Number(check(report, 'colour').value)).toBeLessThan(3);
  });

  it('fails an off-white backdrop, a small product, a blurred one, and the wrong size, naming each', async () => {
    const grey = await runQa({ image: await product({ bg: '#F2F2F2' }), ...placement });
    expect(check(grey, 'background').status).toBe('fail');
    expect(grey.status).toBe('fail');
    expect(check(await runQa({ image: await product({ r: 400 }), ...placement }), 'fill').status).toBe(
      'fail',
    );
    expect(check(await runQa({ image: await product({ blur: 8 }), ...placement }), 'sharpness').status).toBe(
      'fail',
    );
    const wrong = await runQa({ image: await product({ size: 1500 }), ...placement });
    expect(check(wrong, 'dimensions').message).toMatch(/expected 1600x1600.*found 1500x1500/);
    expect(check(wrong, 'resolution').status).toBe('fail');
  });

  it('downgrades to warn where the profile says so, and leaves out checks it turns off', async () => {
    const off = await runQa({
      image: await product({ cx: 1000 }),
      ...placement,
      qa: { ...placement.qa, severity: { centring: 'warn', 'background-deviation': 'off' } },
    });
    expect(check(off, 'centring').status).toBe('warn');
    expect(off.checks.some((c) => c.check === 'background-deviation')).toBe(false);
  });

  it('flags a near-duplicate sibling and a declared colour far from the product', async () => {
    const image = await product();
    const first = await runQa({ image, ...placement });
    const again = await runQa({
      image,
      ...placement,
      color: '#22C55E',
      siblings: [{ key: 'sku/grid', phash: first.phash }],
    });
    expect(check(again, 'duplicate').value).toBe(0);
    expect(check(again, 'colour').status).toBe('fail');
  });

  it('judges an image by its own outline whatever image came before (the plane arrays are reused)', async () => {
    const outlines = {
      ...placement.qa,
      severity: { 'ragged-outline': 'warn', 'faint-outline': 'warn' },
    } as const;
    const judge = async (run: typeof runQa, image: Buffer) => {
      const report = await run({ image, ...placement, qa: outlines });
      return [check(report, 'ragged-outline').value, check(report, 'faint-outline').value];
    };
    // A near-white disc with a dark logo, off to the left: its outline is faint against white.
    const pale = await sharp(
      Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1600"><rect width="1600" height="1600" fill="#FFFFFF"/><circle cx="560" cy="800" r="520" fill="#FBFBFB"/><circle cx="560" cy="800" r="60" fill="#1E3A8A"/></svg>',
      ),
    )
      .png()
      .toBuffer();
    const subject = await product();
    expect((await judge(runQa, pale))[1]).toBeGreaterThan(0.3);
    const afterPale = await judge(runQa, subject);
    // The same image in a fresh module: no plane arrays or anything else left from earlier images.
    vi.resetModules();
    const fresh = (await import('./index.js')).runQa;
    expect(afterPale).toEqual(await judge(fresh, subject));
  });

  it('fails bytes that are not an image instead of throwing', async () => {
    const report = await runQa({ image: Buffer.from('not an image'), ...placement });
    expect(report.status).toBe('fail');
    expect(report.checks[0]).toMatchObject({ check: 'decode', status: 'fail' });
  });

  it('computes the placement pixel size from aspect and long edge', () => {
    expect(expectedDimensions('4:5', 2000)).toEqual({ width: 1600, height: 2000 });
    expect(expectedDimensions('16:9', 1920)).toEqual({ width: 1920, height: 1080 });
    expect(() => expectedDimensions('wide', 100)).toThrow(/w:h/);
  });
});
