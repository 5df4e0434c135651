// Draws JoinDesk's icon (a learner with a green "joined" tick on a blue tile) at every size the
// installers use, from one set of shapes: build/icon.svg, build/icon.png (1024), build/icons/NxN.png
// (Linux), build/icon.ico (Windows) and build/icon.icns (macOS). Run: node scripts/make-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'build');
export const SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];

// Shapes in a unit square; signed distances (negative inside).
const TILE = { inset: 0.06, radius: 0.2 };
const HEAD = { x: 0.42, y: 0.35, r: 0.115 };
const BODY = { x: 0.42, y: 0.82, r: 0.24, top: 0.58, bottom: 0.76 };
const BADGE = { x: 0.7, y: 0.68, r: 0.165, gap: 0.035 };
const TICK = [
  [0.625, 0.685],
  [0.683, 0.742],
  [0.782, 0.625],
];
const TICK_WIDTH = 0.03;
const TOP = [0x33, 0x9a, 0xf0];
const BOTTOM = [0x18, 0x64, 0xab];
const GREEN = [0x37, 0xb2, 0x4d];
const WHITE = [255, 255, 255];

const roundedBox = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const circle = (x, y, c, r) => Math.hypot(x - c.x, y - c.y) - r;
const segment = (x, y, [ax, ay], [bx, by]) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay));
};
const body = (x, y) => Math.max(circle(x, y, BODY, BODY.r), BODY.top - y - 0.5, y - BODY.bottom);

/** The colour and coverage of each layer at a point; `px` is one pixel in unit lengths. */
function layers(x, y, px) {
  const cover = (d) => Math.max(0, Math.min(1, 0.5 - d / px));
  const tile = roundedBox(x, y, 0.5, 0.5, 0.5 - TILE.inset, 0.5 - TILE.inset, TILE.radius);
  const t = (y - TILE.inset) / (1 - 2 * TILE.inset);
  const blue = TOP.map((c, i) => c + (BOTTOM[i] - c) * Math.max(0, Math.min(1, t)));
  const tick = Math.min(segment(x, y, TICK[0], TICK[1]), segment(x, y, TICK[1], TICK[2])) - TICK_WIDTH;
  return [
    [blue, cover(tile)],
    [WHITE, cover(Math.min(circle(x, y, HEAD, HEAD.r), body(x, y)))],
    [blue, cover(circle(x, y, BADGE, BADGE.r + BADGE.gap))],
    [GREEN, cover(circle(x, y, BADGE, BADGE.r))],
    [WHITE, cover(tick)],
  ];
}

export function renderIcon(size) {
  const png = new PNG({ width: size, height: size });
  const samples = size <= 64 ? 4 : 2;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          // Paint layers bottom-up over transparent, with premultiplied alpha.
          let [cr, cg, cb, ca] = [0, 0, 0, 0];
          for (const [[lr, lg, lb], alpha] of layers(x, y, 1 / size)) {
            cr = lr * alpha + cr * (1 - alpha);
            cg = lg * alpha + cg * (1 - alpha);
            cb = lb * alpha + cb * (1 - alpha);
            ca = alpha + ca * (1 - alpha);
          }
          r += cr;
          g += cg;
          b += cb;
          a += ca;
        }
      }
      const n = samples * samples;
      const i = (py * size + px) * 4;
      png.data[i] = a ? Math.round(r / a) : 0;
      png.data[i + 1] = a ? Math.round(g / a) : 0;
      png.data[i + 2] = a ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round((a / n) * 255);
    }
  }
  return PNG.sync.write(png);
}

const hex = (c) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
export const iconSvg = () => {
  const u = (v) => +(v * 1024).toFixed(1);
  const w = 1024 - 2 * u(TILE.inset);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024" width="1024" height="1024">
  <defs>
    <linearGradient id="tile" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${hex(TOP)}"/><stop offset="1" stop-color="${hex(BOTTOM)}"/></linearGradient>
    <clipPath id="body"><rect x="0" y="${u(BODY.top)}" width="1024" height="${u(BODY.bottom - BODY.top)}"/></clipPath>
  </defs>
  <rect x="${u(TILE.inset)}" y="${u(TILE.inset)}" width="${w}" height="${w}" rx="${u(TILE.radius)}" fill="url(#tile)"/>
  <circle cx="${u(HEAD.x)}" cy="${u(HEAD.y)}" r="${u(HEAD.r)}" fill="#fff"/>
  <circle cx="${u(BODY.x)}" cy="${u(BODY.y)}" r="${u(BODY.r)}" fill="#fff" clip-path="url(#body)"/>
  <circle cx="${u(BADGE.x)}" cy="${u(BADGE.y)}" r="${u(BADGE.r + BADGE.gap)}" fill="url(#tile)"/>
  <circle cx="${u(BADGE.x)}" cy="${u(BADGE.y)}" r="${u(BADGE.r)}" fill="${hex(GREEN)}"/>
  <polyline points="${TICK.map(([x, y]) => `${u(x)},${u(y)}`).join(' ')}" fill="none" stroke="#fff" stroke-width="${u(2 * TICK_WIDTH)}" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
`;
};

/** A Windows .ico holding PNG images (Vista and later read these). */
export function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, e);
    header.writeUInt8(size >= 256 ? 0 : size, e + 1);
    header.writeUInt16LE(1, e + 4);
    header.writeUInt16LE(32, e + 6);
    header.writeUInt32LE(png.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

/** A macOS .icns holding PNG images, under the type codes Apple gives each size. */
export function icns(bySize) {
  const TYPES = [
    ['icp4', 16],
    ['icp5', 32],
    ['icp6', 64],
    ['ic07', 128],
    ['ic08', 256],
    ['ic09', 512],
    ['ic10', 1024],
    ['ic11', 32],
    ['ic12', 64],
    ['ic13', 256],
    ['ic14', 512],
  ];
  const chunks = TYPES.map(([type, size]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + bySize[size].length, 4);
    return Buffer.concat([head, bySize[size]]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) {
  fs.mkdirSync(path.join(out, 'icons'), { recursive: true });
  const bySize = {};
  for (const size of SIZES) {
    bySize[size] = renderIcon(size);
    fs.writeFileSync(path.join(out, 'icons', `${size}x${size}.png`), bySize[size]);
  }
  fs.writeFileSync(path.join(out, 'icon.png'), bySize[1024]);
  fs.writeFileSync(path.join(out, 'icon.svg'), iconSvg());
  fs.writeFileSync(path.join(out, 'icon.ico'), ico([16, 32, 48, 64, 128, 256].map((size) => ({ size, png: bySize[size] }))));
  fs.writeFileSync(path.join(out, 'icon.icns'), icns(bySize));
  console.log(`Icons written to ${path.relative(root, out)}/`);
}
