import { describe, expect, it } from 'vitest';
import { unescape } from '.';

describe('html.unescape', () => {
  it("reads HTML5 references, legacy names without ';' too", () => {
    expect(unescape('&lt;&copy2024 &#x41;&#128;&nosuch;')).toBe('<©2024 A€&nosuch;');
  });
});
