import { GALLERY_SCRIPT, GALLERY_STYLE } from './gallery-client.js';
import type { GalleryImage, GalleryModel, GalleryShot } from './gallery-model.js';

/** What the page's script reads: the model without where the builder found each image. */
type PageImage = Omit<GalleryImage, 'ref'>;
type PageShot = Omit<GalleryShot, 'image' | 'before'> & {
  image?: PageImage;
  before?: PageImage & { prompt: string; model: string; seed: number };
};

function pageImage<T extends GalleryImage>(image: T): Omit<T, 'ref'> {
  const { ref: _ref, ...rest } = image;
  return rest;
}

function pageShot(shot: GalleryShot): PageShot {
  const { image, before, ...rest } = shot;
  const out: PageShot = rest;
  if (image) out.image = pageImage(image);
  if (before) out.before = pageImage(before);
  return out;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Marks the page as ours: a rebuild may replace it, and nothing else. */
export const GENERATOR = 'shotlist gallery';

/**
 * JSON inside a <script> element: `<` is escaped so no string in the data (a product name, a QA
 * message) can close the element or open a comment.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function summary(model: GalleryModel): string {
  const c = model.counts;
  const n = model.products.length;
  const parts = [`${c.all} ${c.all === 1 ? 'shot' : 'shots'}`, `${n} ${n === 1 ? 'product' : 'products'}`];
  if (model.baseLabel) parts.push(`${c.new} new, ${c.changed} changed since ${model.baseLabel}`);
  return parts.join(' · ');
}

/**
 * The whole review page as one HTML string. Its content security policy allows no script, style or
 * font from anywhere else, so the page provably works offline; images come from its own folder
 * (thumbnails) or from the store's public URLs.
 */
export function renderGalleryHtml(model: GalleryModel): string {
  const data = { ...model, shots: model.shots.map(pageShot) };
  const csp =
    "default-src 'none'; img-src 'self' file: data: https: http:; style-src 'unsafe-inline'; script-src 'unsafe-inline'";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${GENERATOR}">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${escapeHtml(model.title)}</title>
<link rel="icon" href="data:,">
<style>${GALLERY_STYLE}</style>
</head>
<body${model.contactSheet ? ' class="sheet"' : ''}>
<header class="top">
  <div class="title-row">
    <h1>${escapeHtml(model.title)}</h1>
    <span class="sub">${escapeHtml(summary(model))} · built ${escapeHtml(model.generatedAt.slice(0, 16).replace('T', ' '))} UTC</span>
  </div>
  <div class="controls">
    <div id="filters" role="toolbar" aria-label="filter by status"></div>
    <input id="search" type="search" placeholder="Search SKU or name" aria-label="search by SKU" autocomplete="off">
  </div>
</header>
<main>
  <nav class="pager" aria-label="pages"></nav>
  <div class="scroller">
    <div class="grid-head" id="variant-head"></div>
    <div id="rows"></div>
  </div>
  <p id="empty" hidden>No shots match this filter and search.</p>
  <nav class="pager" aria-label="pages"></nav>
</main>
<noscript><p>This review page needs JavaScript to show the shots.</p></noscript>
<script type="application/json" id="gallery-data">${scriptJson(data)}</script>
<script>${GALLERY_SCRIPT}</script>
</body>
</html>
`;
}
