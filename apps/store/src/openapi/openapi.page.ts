/** Renders `/v1/openapi.json` in the browser: each path with its parameters and responses, and the raw document. */
export const DOCS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>news-pipeline store API</title>
<style>body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
code,pre{font:13px ui-monospace,monospace}pre{background:#f5f5f5;padding:1rem;overflow:auto}
section{border-top:1px solid #ddd;padding:.5rem 0}td{padding:.15rem .6rem;vertical-align:top}.m{font-weight:700;color:#0a6}</style>
</head><body><h1>news-pipeline store API</h1><p>OpenAPI document: <a href="/v1/openapi.json">/v1/openapi.json</a></p><div id="api"></div>
<script>
const esc = (s) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
fetch('/v1/openapi.json').then((r) => r.json()).then((doc) => {
  const out = [];
  for (const [path, ops] of Object.entries(doc.paths)) for (const [method, op] of Object.entries(ops)) {
    const params = (op.parameters || []).map((p) => '<tr><td><code>' + esc(p.name) + '</code></td><td>' + esc(p.in) + '</td><td>' + esc(p.description) + '</td></tr>').join('');
    const responses = Object.entries(op.responses).map(([code, r]) => '<li>' + esc(code) + ' ' + esc(r.description) + '</li>').join('');
    out.push('<section><h2><span class="m">' + esc(method.toUpperCase()) + '</span> <code>' + esc(path) + '</code></h2><p>' + esc(op.summary) + '</p><table>' + params + '</table><ul>' + responses + '</ul></section>');
  }
  out.push('<h2>Schemas</h2><pre>' + esc(JSON.stringify(doc.components, null, 2)) + '</pre>');
  document.getElementById('api').innerHTML = out.join('');
});
</script></body></html>`;
