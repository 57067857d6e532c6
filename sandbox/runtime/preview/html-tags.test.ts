import { describe, expect, it } from 'vitest';
import { decodeEntities, formatStartTag, startTags } from './html-tags';

describe('startTags', () => {
  it('finds start tags with their attributes, quoted or not', () => {
    const tags = [...startTags(`<link rel=stylesheet href='/a.css?x=1&amp;y=2'><img alt="a > b" src="/i.png"/>`)];
    expect(tags.map((t) => [t.name, Object.fromEntries(t.attributes)])).toEqual([
      ['link', { rel: 'stylesheet', href: '/a.css?x=1&y=2' }],
      ['img', { alt: 'a > b', src: '/i.png' }],
    ]);
  });

  it('skips comments and the text inside scripts, styles, textareas and titles', () => {
    const html = `<!-- <img src="/a.png"> --><script>document.write('<img src="/b.png">')</script><textarea><img src="/c.png"></textarea><p>`;
    expect([...startTags(html)].map((t) => t.name)).toEqual(['script', 'textarea', 'p']);
  });
});

describe('entities and formatting', () => {
  it('decodes the common character references and leaves unknown ones', () => {
    expect(decodeEntities('&lt;&#65;&#x42;&quot;&bogus;')).toBe('<AB"&bogus;');
  });

  it('writes a tag back with values escaped', () => {
    expect(formatStartTag('img', new Map([['alt', 'say "hi" & <go>'], ['hidden', '']]))).toBe('<img alt="say &quot;hi&quot; &amp; &lt;go&gt;" hidden>');
  });
});
