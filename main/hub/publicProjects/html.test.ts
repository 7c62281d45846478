import { describe, expect, it } from 'vitest';
import { html } from './html';

describe('the public pages’ HTML templates', () => {
  it('escape every value, in text and in quoted attributes, and keep what the template made', () => {
    const title = '<script>alert("x")</script> & \'you\'';
    const item = html`<li title="${title}">${title}</li>`;
    expect(html`<ul>${[item, item]}</ul>${null}${false}${3}`.text).toBe(
      `<ul>${'<li title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;you&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;you&#39;</li>'.repeat(2)}</ul>3`,
    );
  });
});
