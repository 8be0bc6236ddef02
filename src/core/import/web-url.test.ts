import { describe, expect, it } from 'vitest';
import { webUrl } from './web-url';

describe('source addresses', () => {
  it('keeps http and https addresses as given', () => {
    expect(webUrl('https://news.example/a?b=1#c')).toBe('https://news.example/a?b=1#c');
    expect(webUrl('  http://127.0.0.1:8080/x ')).toBe('http://127.0.0.1:8080/x');
  });

  it('drops every other scheme and anything that is not an address', () => {
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'vbscript:x', 'chrome://settings', '/relative', '', '   ', null, 42, {}]) {
      expect(webUrl(bad), String(bad)).toBeNull();
    }
  });
});
