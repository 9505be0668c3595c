import { asyncApiDocument } from '@app/contracts';

const esc = (s: unknown) =>
  String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

type Doc = ReturnType<typeof asyncApiDocument>;
type Message = Doc['components']['messages'][keyof Doc['components']['messages']];

function messageSection(id: string, message: Message): string {
  const headers = message.headers.schema as { properties?: Record<string, { description?: string }> };
  const rows = Object.entries(headers.properties ?? {})
    .map(([name, p]) => `<tr><td><code>${esc(name)}</code></td><td>${esc(p.description)}</td></tr>`)
    .join('');
  return (
    `<section id="${esc(id)}"><h3>${esc(message.title)} <code>${esc(message.contentType)}</code></h3>` +
    `<p>${esc(message.summary)}</p><h4>Headers</h4><table>${rows}</table>` +
    `<details><summary>Payload schema</summary><pre>${esc(JSON.stringify(message.payload, null, 2))}</pre></details></section>`
  );
}

/**
 * The AsyncAPI document as a static page (no script, no CDN), so the topics can be read where the document is
 * served and in `docs/asyncapi/index.html`.
 */
export function contractsPage(doc: Doc = asyncApiDocument()): string {
  const channels = Object.values(doc.channels)
    .map((c) => {
      const messages = Object.values(c.messages).map((m) => m.$ref.split('/').pop()!);
      const links = messages.map((m) => `<a href="#${esc(m)}">${esc(m)}</a>`).join(', ');
      return `<section><h3><code>${esc(c.address)}</code></h3><p>${esc(c.description)}</p><p>Messages: ${links}</p></section>`;
    })
    .join('');
  const messages = Object.entries(doc.components.messages)
    .map(([id, m]) => messageSection(id, m as Message))
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(doc.info.title)}</title>
<style>body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
code,pre{font:13px ui-monospace,monospace}pre{background:#f5f5f5;padding:1rem;overflow:auto}
section{border-top:1px solid #ddd;padding:.5rem 0}td{padding:.15rem .6rem;vertical-align:top}p{white-space:pre-line}</style>
</head><body><h1>${esc(doc.info.title)} ${esc(doc.info.version)}</h1><p>${esc(doc.info.description)}</p>
<p>AsyncAPI ${esc(doc.asyncapi)} document: <a href="asyncapi.json">asyncapi.json</a></p>
<h2>Channels</h2>${channels}<h2>Messages</h2>${messages}</body></html>
`;
}
