// Draws the four tab-bar icons (81×81 PNG, grey and red) from signed-distance shapes, so no image tool is needed.
// Run: node scripts/make-tab-icons.mjs  (outputs are committed under src/assets/tab/)
import fs from 'node:fs';
import zlib from 'node:zlib';

const SIZE = 81;
const SS = 4; // supersampling per axis

const len = (x, y) => Math.hypot(x, y);
const circle = (cx, cy, r) => (x, y) => len(x - cx, y - cy) - r;
const box = (cx, cy, hw, hh, r = 0) => (x, y) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return len(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const segment = (ax, ay, bx, by) => (x, y) => {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const h = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return len(px - dx * h, py - dy * h);
};
const stroke = (sd, w) => (x, y) => Math.abs(sd(x, y)) - w / 2;
const line = (ax, ay, bx, by, w) => (x, y) => segment(ax, ay, bx, by)(x, y) - w / 2;
const union = (...fs) => (x, y) => Math.min(...fs.map((f) => f(x, y)));
const clipBelow = (sd, yMax) => (x, y) => (y > yMax ? 1 : sd(x, y));
const heart = (cx, cy, s) => (x, y) => {
  const u = (x - cx) / s, v = -(y - cy) / s;
  const f = (u * u + v * v - 1) ** 3 - u * u * v ** 3;
  return f <= 0 ? -1 : 1;
};

const W = 5.5;
const icons = {
  calendar: union(
    stroke(box(40.5, 45, 27, 25, 7), W),
    line(14, 33, 67, 33, W),
    line(28, 12, 28, 22, W),
    line(53, 12, 53, 22, W),
    circle(28, 46, 3.6), circle(40.5, 46, 3.6), circle(53, 46, 3.6),
    circle(28, 58, 3.6), circle(40.5, 58, 3.6),
  ),
  venues: union(
    line(11, 40, 40.5, 13, W),
    line(40.5, 13, 70, 40, W),
    stroke(box(40.5, 53, 21, 17, 3), W),
    box(40.5, 61, 6, 10),
  ),
  requests: heart(40.5, 42, 27),
  me: union(stroke(circle(40.5, 27, 13), W), clipBelow(stroke(circle(40.5, 80, 29), W), 71)),
};

function render(sd, [r, g, b]) {
  const px = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) {
    px[y * (SIZE * 4 + 1)] = 0;
    for (let x = 0; x < SIZE; x++) {
      let hits = 0;
      for (let i = 0; i < SS; i++) for (let j = 0; j < SS; j++) if (sd(x + (i + 0.5) / SS, y + (j + 0.5) / SS) <= 0) hits++;
      const o = y * (SIZE * 4 + 1) + 1 + x * 4;
      px[o] = r; px[o + 1] = g; px[o + 2] = b; px[o + 3] = Math.round((255 * hits) / (SS * SS));
    }
  }
  return png(px);
}

function png(raw) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(crc(body));
    return Buffer.concat([head, body, tail]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const GREY = [0x8c, 0x8c, 0x8c];
const RED = [0xc8, 0x37, 0x2d];
for (const [name, sd] of Object.entries(icons)) {
  fs.writeFileSync(`src/assets/tab/${name}.png`, render(sd, GREY));
  fs.writeFileSync(`src/assets/tab/${name}-on.png`, render(sd, RED));
}
console.log('tab icons written to src/assets/tab/');
