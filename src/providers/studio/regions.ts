// Region growing shared by the mattes and the graph cut's clean-up: a flood from the frame's border
// and 8-connected component labelling, on masks of work pixels.

/** Marks in `reached` what grows from the frame's border over `allowed` (4-connected). */
export function floodFromBorder(reached: Uint8Array, allowed: Uint8Array, w: number, h: number): void {
  const n = w * h;
  const queue = new Int32Array(n);
  let tail = 0;
  const seed = (i: number): void => {
    if (allowed[i] && !reached[i]) {
      reached[i] = 1;
      queue[tail++] = i;
    }
  };
  for (let x = 0; x < w; x++) {
    seed(x);
    seed((h - 1) * w + x);
  }
  for (let y = 0; y < h; y++) {
    seed(y * w);
    seed(y * w + w - 1);
  }
  for (let head = 0; head < tail; head++) {
    const i = queue[head]!;
    const x = i % w;
    if (x > 0) seed(i - 1);
    if (x < w - 1) seed(i + 1);
    if (i >= w) seed(i - w);
    if (i + w < n) seed(i + w);
  }
}

/** 8-connected components of pixels equal to `value`; returns labels (0 = other) and areas by label. */
export function components(
  mask: Uint8Array,
  w: number,
  h: number,
  value: number,
): { label: Int32Array; areas: number[] } {
  const n = w * h;
  const label = new Int32Array(n);
  const areas: number[] = [0];
  const queue = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    if (mask[s] !== value || label[s]) continue;
    const id = areas.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    label[s] = id;
    while (head < tail) {
      const i = queue[head++]!;
      const x = i % w;
      const y = (i - x) / w;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          const yy = y + dy;
          if (xx < 0 || yy < 0 || xx >= w || yy >= h) continue;
          const j = yy * w + xx;
          if (mask[j] === value && !label[j]) {
            label[j] = id;
            queue[tail++] = j;
          }
        }
    }
    areas.push(tail);
  }
  return { label, areas };
}
