#!/usr/bin/env python3
"""Converts jieba's dictionary (MIT, npm package nodejieba: submodules/cppjieba/dict/jieba.dict.utf8) into
jieba-dict.txt.gz, the word table the search segmenter loads: one "word frequency" per line, sorted, only words made
of Chinese characters (Latin and digits are split by rules, not by the dictionary), gzip without a timestamp so
the output is reproducible.

    mkdir -p /tmp/jb && cd /tmp/jb && npm pack nodejieba@3.5.8 && tar xzf nodejieba-3.5.8.tgz
    python3 convert-jieba.py /tmp/jb/package/submodules/cppjieba/dict/jieba.dict.utf8
"""
import gzip, io, os, re, sys

CJK = re.compile(r'^[\u3400-\u4dbf\u4e00-\u9fff]{1,8}$')
src = sys.argv[1]
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'jieba-dict.txt.gz')
words = {}
with open(src, encoding='utf-8') as f:
    for line in f:
        parts = line.split()
        if len(parts) < 2 or not CJK.match(parts[0]):
            continue
        words[parts[0]] = words.get(parts[0], 0) + int(parts[1])
text = ''.join(f'{w} {n}\n' for w, n in sorted(words.items()))
with open(out, 'wb') as raw:
    with gzip.GzipFile(filename='', mode='wb', fileobj=raw, mtime=0, compresslevel=9) as gz:
        gz.write(text.encode('utf-8'))
print(f'{len(words)} words -> {out} ({os.path.getsize(out)} bytes)')
