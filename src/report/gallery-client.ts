/**
 * The review page's script and styles, inlined into index.html so the page needs nothing else:
 * it works from a file, a CI artifact or an object store, offline.
 *
 * The script renders one page of products at a time (PAGE_SIZE) from the embedded JSON, so a
 * catalog of 5,000 shots costs the browser no more than one of 100. Text goes in through
 * textContent only: SKUs, names, prompts and QA messages are never parsed as HTML.
 */
export const GALLERY_SCRIPT = String.raw`
(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('gallery-data').textContent);
  const PAGE_SIZE = 24;
  const FILTERS = [
    ['all', 'All'], ['new', 'New'], ['changed', 'Changed'],
    ['qa-failed', 'QA failed'], ['blocked', 'Blocked'], ['failed', 'Failed'],
  ];
  const bySku = new Map();
  for (const s of data.shots) {
    if (!bySku.has(s.sku)) bySku.set(s.sku, new Map());
    bySku.get(s.sku).set(s.variant, s);
  }
  const state = { filter: 'all', query: '', page: 1 };
  readHash();

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function matches(s, filter) {
    switch (filter) {
      case 'new': return s.change === 'new';
      case 'changed': return s.change === 'changed';
      case 'qa-failed': return s.status === 'qa-failed';
      case 'blocked': return s.blocked;
      case 'failed': return s.status === 'failed' && !s.blocked;
      default: return true;
    }
  }

  function visibleProducts() {
    const q = state.query.trim().toLowerCase();
    return data.products.filter((p) => {
      if (q && !p.sku.toLowerCase().includes(q) && !(p.name || '').toLowerCase().includes(q)) return false;
      const shots = bySku.get(p.sku);
      if (!shots) return false;
      for (const s of shots.values()) if (matches(s, state.filter)) return true;
      return false;
    });
  }

  function fmtValue(v) {
    if (v === null || v === undefined) return '-';
    if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000);
    return String(v);
  }
  function fmtThreshold(t) {
    if (t === undefined || t === null) return '';
    return Array.isArray(t) ? t[0] + '–' + t[1] : String(t);
  }
  function fmtUsd(n) {
    return '$' + (n || 0).toFixed(n >= 1 ? 2 : 3);
  }

  function figure(img, caption, alt) {
    const fig = el('figure', 'shot-fig');
    const frame = el('div', 'frame');
    if (img && img.src) {
      const i = document.createElement('img');
      i.loading = 'lazy';
      i.decoding = 'async';
      i.alt = alt;
      i.width = img.width;
      i.height = img.height;
      i.src = img.src;
      if (img.href) {
        const a = el('a');
        a.href = img.href;
        a.target = '_blank';
        a.rel = 'noopener';
        a.title = 'open the full image';
        a.appendChild(i);
        frame.appendChild(a);
      } else frame.appendChild(i);
      frame.style.aspectRatio = img.width + ' / ' + img.height;
    } else {
      frame.classList.add('missing');
      frame.appendChild(el('span', null, img ? 'image not readable' : 'no image'));
    }
    fig.appendChild(frame);
    if (caption) fig.appendChild(el('figcaption', null, caption));
    return fig;
  }

  function qaBadge(s) {
    if (s.status === 'missing') return el('span', 'badge pending', 'not generated');
    if (s.status === 'pending') return el('span', 'badge pending', 'in progress');
    if (s.status === 'failed') return el('span', 'badge fail', s.blocked ? 'blocked' : 'failed');
    if (!s.qa) return el('span', 'badge none', 'no QA');
    if (s.status === 'accepted') return el('span', 'badge accepted', 'accepted' + (s.qa.acceptedBy ? ' by ' + s.qa.acceptedBy : ''));
    const label = { pass: 'QA pass', warn: 'QA warn', fail: 'QA failed' }[s.qa.status] || s.qa.status;
    return el('span', 'badge ' + s.qa.status, label);
  }

  function checksTable(checks) {
    const d = el('details', 'checks');
    d.appendChild(el('summary', null, checks.length + ' QA checks'));
    const t = el('table');
    for (const c of checks) {
      const tr = el('tr', 'c-' + c.status);
      tr.appendChild(el('td', null, c.check));
      tr.appendChild(el('td', 'num', fmtValue(c.value)));
      const thr = el('td', 'thr', fmtThreshold(c.threshold));
      thr.title = fmtThreshold(c.threshold);
      tr.appendChild(thr);
      tr.appendChild(el('td', 'st', c.status));
      t.appendChild(tr);
    }
    d.appendChild(t);
    return d;
  }

  function cell(s, variant) {
    const c = el('article', 'cell');
    if (!s) {
      c.classList.add('empty');
      c.setAttribute('aria-hidden', 'true');
      return c;
    }
    c.dataset.key = s.key;
    c.dataset.change = s.change;
    c.dataset.status = s.status;
    if (!matches(s, state.filter)) c.classList.add('dim');
    const head = el('header', 'cell-head');
    head.appendChild(el('span', 'variant', variant));
    if (s.change === 'new') head.appendChild(el('span', 'tag new', 'new'));
    if (s.change === 'changed') head.appendChild(el('span', 'tag changed', 'changed'));
    if (s.blocked && s.status !== 'failed') head.appendChild(el('span', 'tag blocked', 'blocked'));
    c.appendChild(head);
    const pics = el('div', s.before ? 'pics pair' : 'pics');
    if (s.before) {
      const cap = 'before' + (s.before.prompt !== s.prompt ? ' · ' + s.before.prompt : '') + (s.before.model !== s.model ? ' · ' + s.before.model : '');
      pics.appendChild(figure(s.before, cap, s.key + ' before'));
      pics.appendChild(figure(s.image, 'after', s.key + ' after'));
    } else if (s.image) {
      pics.appendChild(figure(s.image, null, s.key));
    }
    if (pics.childNodes.length) c.appendChild(pics);
    const qa = el('div', 'qa');
    qa.appendChild(qaBadge(s));
    if (s.qa) {
      for (const ck of s.qa.checks) {
        if (ck.status === 'pass') continue;
        const limit = fmtThreshold(ck.threshold);
        const shortLimit = limit && limit.length <= 16 ? ' (limit ' + limit + ')' : '';
        const line = el('span', 'check ' + ck.status, ck.check + ' ' + fmtValue(ck.value) + shortLimit);
        line.title = [ck.message, limit && 'limit ' + limit].filter(Boolean).join('; ');
        qa.appendChild(line);
      }
    }
    c.appendChild(qa);
    if (s.error) c.appendChild(el('p', 'error', s.error.kind + ': ' + s.error.message));
    if (s.status === 'missing') c.appendChild(el('p', 'note', 'configured, not in the manifest yet'));
    if (s.status === 'pending' && s.job) c.appendChild(el('p', 'note', s.job.provider + ' job ' + s.job.id + ' submitted; the next run resumes it'));
    if (s.prompt) {
      const meta = el('p', 'meta');
      meta.appendChild(el('span', 'prompt', s.prompt));
      meta.appendChild(el('span', null, s.model));
      meta.appendChild(el('span', null, 'seed ' + s.seed));
      meta.appendChild(el('span', null, fmtUsd(s.costUsd)));
      c.appendChild(meta);
    }
    if (s.qa && s.qa.checks.length) c.appendChild(checksTable(s.qa.checks));
    return c;
  }

  function productRow(p) {
    const row = el('section', 'product');
    const h = el('h2', 'product-head');
    h.appendChild(el('span', 'sku', p.sku));
    if (p.name) h.appendChild(el('span', 'name', p.name));
    row.appendChild(h);
    const cells = el('div', 'cells');
    const shots = bySku.get(p.sku);
    for (const v of data.variants) cells.appendChild(cell(shots.get(v), v));
    row.appendChild(cells);
    return row;
  }

  function renderChips() {
    const bar = document.getElementById('filters');
    bar.textContent = '';
    for (const [id, label] of FILTERS) {
      const b = el('button', 'chip', null);
      b.type = 'button';
      b.dataset.filter = id;
      b.setAttribute('aria-pressed', String(state.filter === id));
      b.appendChild(el('span', null, label));
      b.appendChild(el('span', 'count', data.counts[id]));
      if (data.counts[id] === 0 && id !== 'all') b.classList.add('zero');
      b.addEventListener('click', () => { state.filter = id; state.page = 1; update(); });
      bar.appendChild(b);
    }
  }

  function renderPager(total, pages) {
    for (const pager of document.querySelectorAll('.pager')) {
      pager.textContent = '';
      const prev = el('button', 'page-btn', '‹ Prev');
      prev.type = 'button';
      prev.disabled = state.page <= 1;
      prev.addEventListener('click', () => { state.page--; update(true); });
      const next = el('button', 'page-btn', 'Next ›');
      next.type = 'button';
      next.disabled = state.page >= pages;
      next.addEventListener('click', () => { state.page++; update(true); });
      pager.hidden = pages <= 1;
      const info = el('span', 'page-info', 'page ' + state.page + ' of ' + pages + ' · ' + total + (total === 1 ? ' product' : ' products'));
      pager.append(prev, info, next);
    }
  }

  function update(scroll) {
    const list = visibleProducts();
    const pages = Math.max(1, Math.ceil(list.length / PAGE_SIZE));
    state.page = Math.min(Math.max(1, state.page), pages);
    renderChips();
    const head = document.getElementById('variant-head');
    head.textContent = '';
    for (const v of data.variants) head.appendChild(el('div', 'vh', v));
    const root = document.getElementById('rows');
    root.textContent = '';
    const start = (state.page - 1) * PAGE_SIZE;
    const frag = document.createDocumentFragment();
    for (const p of list.slice(start, start + PAGE_SIZE)) frag.appendChild(productRow(p));
    root.appendChild(frag);
    document.getElementById('empty').hidden = list.length > 0;
    renderPager(list.length, pages);
    writeHash();
    if (scroll) window.scrollTo(0, 0);
  }

  function readHash() {
    const h = new URLSearchParams(location.hash.slice(1));
    if (FILTERS.some(([id]) => id === h.get('f'))) state.filter = h.get('f');
    state.query = h.get('q') || '';
    state.page = Number(h.get('p')) || 1;
  }
  function writeHash() {
    const h = new URLSearchParams();
    if (state.filter !== 'all') h.set('f', state.filter);
    if (state.query) h.set('q', state.query);
    if (state.page > 1) h.set('p', String(state.page));
    const s = h.toString();
    history.replaceState(null, '', s ? '#' + s : location.pathname + location.search);
  }

  const search = document.getElementById('search');
  search.value = state.query;
  let timer;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => { state.query = search.value; state.page = 1; update(); }, 120);
  });
  document.documentElement.style.setProperty('--variants', String(Math.max(1, data.variants.length)));
  update();
  // When the first page of rows is in the DOM, for the browser tests and bench/gallery.
  document.body.dataset.renderedMs = String(Math.round(performance.now()));
  document.body.dataset.ready = 'true';
})();
`;

export const GALLERY_STYLE = `
:root { --variants: 4; --bg: #f4f5f7; --card: #fff; --ink: #1d2330; --muted: #5d6675; --line: #dfe3ea;
  --pass: #1a7f37; --warn: #9a6700; --fail: #c62828; --accent: #2457c5; color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: var(--bg); color: var(--ink); }
.top { position: sticky; top: 0; z-index: 2; background: rgba(255,255,255,.96); border-bottom: 1px solid var(--line); padding: 10px 16px; }
.title-row { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 14px; }
h1 { font-size: 18px; margin: 0; }
.sub { color: var(--muted); font-size: 12px; }
.controls { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; margin-top: 8px; }
#filters { display: flex; gap: 6px; overflow-x: auto; scrollbar-width: none; max-width: 100%; }
.chip { border: 1px solid var(--line); background: #fff; border-radius: 999px; padding: 5px 10px; font: inherit; font-size: 13px; cursor: pointer; white-space: nowrap; color: var(--ink); }
.chip .count { margin-left: 6px; color: var(--muted); font-variant-numeric: tabular-nums; }
.chip[aria-pressed="true"] { background: var(--ink); color: #fff; border-color: var(--ink); }
.chip[aria-pressed="true"] .count { color: #cfd6e4; }
.chip.zero { opacity: .55; }
#search { flex: 1 1 180px; max-width: 320px; min-width: 0; padding: 6px 10px; border: 1px solid var(--line); border-radius: 8px; font: inherit; }
main { padding: 12px 16px 40px; }
.grid-head, .cells { display: grid; grid-template-columns: repeat(var(--variants), minmax(190px, 1fr)); gap: 10px; }
.vh { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); padding: 4px 2px; }
.scroller { overflow-x: auto; }
.product { margin: 10px 0 18px; }
.product-head { font-size: 15px; margin: 0 0 6px; display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.product-head .sku { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
.product-head .name { font-weight: 400; color: var(--muted); }
.cell { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 8px; min-width: 0; display: flex; flex-direction: column; gap: 6px; }
.cell.empty { background: transparent; border: 1px dashed var(--line); }
.cell.dim { opacity: .35; }
.cell-head { display: flex; gap: 6px; align-items: center; }
.variant { font-size: 12px; font-weight: 600; color: var(--muted); margin-right: auto; }
.tag { font-size: 11px; font-weight: 700; text-transform: uppercase; padding: 1px 6px; border-radius: 4px; }
.tag.new { background: #e3f1ff; color: #0b4fa3; }
.tag.changed { background: #fff1d6; color: #8a5300; }
.tag.blocked { background: #fde2e1; color: #9b1c1c; }
.pics { display: grid; grid-template-columns: 1fr; gap: 6px; }
.pics.pair { grid-template-columns: 1fr 1fr; }
.shot-fig { margin: 0; min-width: 0; }
.frame { background: repeating-conic-gradient(#eceef2 0 25%, #f7f8fa 0 50%) 0 0 / 16px 16px; border-radius: 6px; overflow: hidden; display: flex; align-items: center; justify-content: center; border: 1px solid #e6e8ee; }
.frame img { display: block; width: 100%; height: auto; }
.frame a { display: block; width: 100%; }
.frame.missing { aspect-ratio: 1 / 1; color: var(--muted); font-size: 12px; }
figcaption { font-size: 11px; color: var(--muted); margin-top: 2px; text-align: center; overflow-wrap: anywhere; }
.qa { display: flex; flex-wrap: wrap; gap: 4px 6px; align-items: center; }
.badge { font-size: 12px; font-weight: 600; padding: 2px 8px; border-radius: 999px; color: #fff; }
.badge.pass { background: var(--pass); }
.badge.warn { background: var(--warn); }
.badge.fail { background: var(--fail); }
.badge.accepted { background: var(--accent); }
.badge.pending, .badge.none { background: #8a93a3; }
.check { font-size: 12px; font-variant-numeric: tabular-nums; }
.check.fail { color: var(--fail); }
.check.warn { color: var(--warn); }
.meta { margin: 0; font-size: 12px; color: var(--muted); display: flex; flex-wrap: wrap; gap: 2px 8px; }
.meta .prompt { color: var(--ink); font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
.error { margin: 0; font-size: 12px; color: var(--fail); overflow-wrap: anywhere; }
.note { margin: 0; font-size: 12px; color: var(--muted); }
.checks summary { font-size: 12px; color: var(--accent); cursor: pointer; }
.checks table { width: 100%; border-collapse: collapse; font-size: 11.5px; margin-top: 4px; }
.checks td { padding: 1px 4px 1px 0; border-top: 1px solid #eef0f4; }
.checks .num, .checks .thr { font-variant-numeric: tabular-nums; text-align: right; }
.checks .thr, .checks .num { max-width: 7em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.checks .st { text-align: right; }
.c-fail td { color: var(--fail); }
.c-warn td { color: var(--warn); }
.pager[hidden] { display: none; }
.pager { display: flex; gap: 10px; align-items: center; justify-content: center; margin: 10px 0; }
.page-btn { font: inherit; border: 1px solid var(--line); background: #fff; border-radius: 8px; padding: 5px 12px; cursor: pointer; }
.page-btn:disabled { opacity: .4; cursor: default; }
.page-info { color: var(--muted); font-size: 13px; }
body.sheet .controls { display: none; }
#empty { text-align: center; color: var(--muted); padding: 40px 0; }
@media (max-width: 700px) {
  .top { padding: 8px 10px; position: static; }
  main { padding: 8px 10px 30px; }
  .grid-head { display: none; }
  .cells { grid-template-columns: 1fr 1fr; grid-auto-flow: row dense; gap: 8px; }
  .cell.empty { display: none; }
  .pics.pair { grid-template-columns: 1fr 1fr; }
  .cell:has(.pics.pair) { grid-column: 1 / -1; }
  #search { max-width: none; flex-basis: 100%; }
}
`;
