// Writes pinyin.txt.gz: the toneless pinyin readings of every CJK Unified Ideograph (U+4E00–U+9FFF), one
// "字 reading1 reading2 …" per line, most common reading first. Source: the MIT-licensed npm package pinyin-pro.
//
//   mkdir -p /tmp/py && cd /tmp/py && npm init -y >/dev/null && npm install pinyin-pro@3.29.4
//   NODE_PATH=/tmp/py/node_modules node make-pinyin.mjs
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(join(process.env.NODE_PATH ?? '.', 'x.js'));
const { pinyin } = require('pinyin-pro');
const lines = [];
for (let code = 0x4e00; code <= 0x9fff; code++) {
  const ch = String.fromCodePoint(code);
  const first = pinyin(ch, { toneType: 'none', type: 'array', v: true })[0];
  const all = pinyin(ch, { toneType: 'none', type: 'array', multiple: true, v: true });
  const readings = [...new Set([first, ...all])].filter(r => /^[a-z]+$/.test(r ?? ''));
  if (readings.length > 0) lines.push(`${ch} ${readings.join(' ')}`);
}
const out = join(dirname(fileURLToPath(import.meta.url)), 'pinyin.txt.gz');
writeFileSync(out, gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 }));
console.log(`${lines.length} characters -> ${out}`);
