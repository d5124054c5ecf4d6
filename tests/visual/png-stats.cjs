// Reads an 8-bit RGB/RGBA PNG (as Chromium writes screenshots) with Node's zlib only, and says how much of it is
// not white and how many distinct colours it has: enough to tell a blank page from a rendered one.
'use strict';
const zlib = require('zlib');

function paeth(a, b, c) {
  const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

const PNG = {
  stats(buffer) {
    let offset = 8, width = 0, height = 0, colourType = 0, bitDepth = 0;
    const idat = [];
    while (offset < buffer.length) {
      const length = buffer.readUInt32BE(offset);
      const type = buffer.toString('ascii', offset + 4, offset + 8);
      const data = buffer.subarray(offset + 8, offset + 8 + length);
      if (type === 'IHDR') { width = data.readUInt32BE(0); height = data.readUInt32BE(4); bitDepth = data[8]; colourType = data[9]; }
      if (type === 'IDAT') idat.push(data);
      offset += 12 + length;
    }
    if (bitDepth !== 8 || (colourType !== 2 && colourType !== 6)) throw new Error(`unsupported PNG (depth ${bitDepth}, colour type ${colourType})`);
    const bpp = colourType === 6 ? 4 : 3;
    const raw = zlib.inflateSync(Buffer.concat(idat));
    const stride = width * bpp;
    let prev = Buffer.alloc(stride), ink = 0;
    const colours = new Set();
    for (let y = 0; y < height; y++) {
      const filter = raw[y * (stride + 1)];
      const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
      for (let i = 0; i < stride; i++) {
        const a = i >= bpp ? line[i - bpp] : 0, b = prev[i], c = i >= bpp ? prev[i - bpp] : 0;
        line[i] = (line[i] + [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter]) & 255;
      }
      for (let x = 0; x < width; x++) {
        const r = line[x * bpp], g = line[x * bpp + 1], bl = line[x * bpp + 2];
        if (r < 245 || g < 245 || bl < 245) ink++;
        if (colours.size < 4096) colours.add((r << 16) | (g << 8) | bl);
      }
      prev = line;
    }
    return { width, height, inkShare: ink / (width * height), colours: colours.size };
  },
};

module.exports = { PNG };
