import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { captureIO } from '../../../test/helpers/capture-io.js';

let dir: string;

async function disc(file: string, size: number, bg: string, webp?: { quality: number }): Promise<void> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="${bg}"/><circle cx="${size / 2}" cy="${size / 2}" r="${size * 0.42}" fill="#1E3A8A"/><rect x="${size * 0.3}" y="${size * 0.45}" width="${size * 0.2}" height="${size * 0.1}" fill="#C2410C"/></svg>`;
  const img = sharp(Buffer.from(svg));
  await (webp ? img.webp(webp) : img.jpeg({ quality: 92 })).toFile(path.join(dir, file));
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'shotlist-qa-cli-'));
  await mkdir(path.join(dir, 'placements'));
  await mkdir(path.join(dir, 'prompts'));
  await mkdir(path.join(dir, 'catalog'));
  await writeFile(path.join(dir, 'shotlist.yaml'), 'storage: { kind: git }\n');
  await writeFile(
    path.join(dir, 'placements', 'main.yaml'),
    [
      'placements:',
      '  pdp-main:',
      "    aspect: '1:1'",
      '    size: 1600',
      '    format: jpeg',
      '    quality: 90',
      "    background: '#FFFFFF'",
      '    models: [nano-banana-2]',
      '    qa: { profile: marketplace-main, noText: false }',
      'variants:',
      '  pdp-main: { placement: pdp-main, prompt: studio-white@1 }',
      '',
    ].join('\n'),
  );
  await writeFile(
    path.join(dir, 'prompts', 'studio-white.yaml'),
    'id: studio-white\nversions:\n  1: { text: "studio photo of {{name}}" }\n',
  );
  await writeFile(
    path.join(dir, 'catalog', 'c.yaml'),
    'products:\n  - sku: disc-1\n    name: blue disc\n    variants: [pdp-main]\n',
  );
  await disc('good.jpg', 1600, '#FFFFFF');
  await disc('grey.jpg', 1600, '#EDEDED');
  await disc('small.jpg', 1000, '#FFFFFF');
  await disc('brand.webp', 1600, '#F4F4F2', { quality: 75 });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('shotlist qa', () => {
  it('passes a good image against a placement of the repo config, exit 0', async () => {
    const io = captureIO(dir);
    const code = await main(['qa', 'good.jpg', '--placement', 'pdp-main'], io);
    expect(io.err).toBe('');
    expect(code).toBe(0);
    expect(io.out).toMatch(/placement pdp-main/);
    expect(io.out).toMatch(/good\.jpg: PASS/);
    expect(io.out).toMatch(/pass\s+fill\s+0\.8\d/);
  });

  it('prints each failing check with its value and exits 1', async () => {
    const io = captureIO(dir);
    const code = await main(
      ['qa', 'good.jpg', 'grey.jpg', 'small.jpg', '--placement', 'pdp-main', '--dir', dir],
      io,
    );
    expect(code).toBe(1);
    expect(io.out).toMatch(/grey\.jpg: FAIL\n(.*\n)*?\s+fail\s+background\s+0\s/);
    expect(io.out).toMatch(/small\.jpg: FAIL\n(.*\n)*?\s+fail\s+dimensions\s+1000x1000\s/);
    expect(io.out).toMatch(/1 of 3 images passed, 2 failed/);
  });

  it('works without a config from --aspect and --size, and prints JSON', async () => {
    const io = captureIO(os.tmpdir());
    const code = await main(
      ['qa', path.join(dir, 'small.jpg'), '--aspect', '1:1', '--size', '1000', '--json'],
      io,
    );
    expect(code).toBe(0);
    const [report] = JSON.parse(io.out) as { status: string; phash: string; checks: { check: string }[] }[];
    expect(report!.status).toBe('pass');
    expect(report!.phash).toMatch(/^[0-9a-f]{16}$/);
    expect(report!.checks.map((c) => c.check)).toContain('seams');
  });

  it('wrong usage exits 2 with what to do; an unreadable file fails with its name', async () => {
    const none = captureIO(dir);
    expect(await main(['qa', 'good.jpg'], none)).toBe(2);
    expect(none.err).toMatch(/--placement <id>.*or --aspect and --size/);
    const unknown = captureIO(dir);
    expect(await main(['qa', 'good.jpg', '--placement', 'amazon'], unknown)).toBe(2);
    expect(unknown.err).toMatch(/no such placement.*known placements: pdp-main/);
    const profile = captureIO(dir);
    expect(
      await main(['qa', 'good.jpg', '--aspect', '1:1', '--size', '1600', '--profile', 'ebay'], profile),
    ).toBe(2);
    expect(profile.err).toMatch(/unknown QA profile "ebay"/);
    const missing = captureIO(dir);
    expect(await main(['qa', 'nope.png', '--aspect', '1:1', '--size', '1600'], missing)).toBe(1);
    expect(missing.out).toMatch(/nope\.png: FAIL\n\s+cannot read nope\.png \(ENOENT\)/);
    expect(missing.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it('judges a brand-colour backdrop within what the format leaves of it at the given quality', async () => {
    const args = [
      'qa',
      'brand.webp',
      '--aspect',
      '1:1',
      '--size',
      '1600',
      '--background',
      '#F4F4F2',
      '--json',
    ];
    const background = async (extra: string[]) => {
      const io = captureIO(dir);
      await main([...args, ...extra], io);
      const [report] = JSON.parse(io.out) as {
        checks: { check: string; status: string; value: unknown; message: string }[];
      }[];
      return report!.checks.find((c) => c.check === 'background')!;
    };
    // Lossy WebP at quality 75 moves #F4F4F2 by 1-3 levels: no border pixel is exact, all are within tolerance.
    const atQuality = await background(['--quality', '75']);
    expect(atQuality).toMatchObject({ status: 'pass', value: 1 });
    expect(atQuality.message).toMatch(/within 6 levels of #F4F4F2 \(lossy webp at quality 75/);
    const unknown = await background([]);
    expect(unknown.status).toBe('pass');
    expect(unknown.message).toMatch(/within 10 levels .*at an unknown quality/);
    // A backdrop 10 levels off the declared colour is not the brand's colour.
    const other = await background(['--quality', '75', '--background', '#EAEAE8']);
    expect(other).toMatchObject({ status: 'fail', value: 0 });
    const wrong = captureIO(dir);
    expect(await main([...args, '--quality', '0'], wrong)).toBe(2);
    expect(wrong.err).toMatch(/--quality 0: expected the encoder quality, a whole number from 1 to 100/);
  });
});
