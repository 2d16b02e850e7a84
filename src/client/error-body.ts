/**
 * Livy reports errors three ways: `{"msg": "..."}`, a bare JSON string, or a
 * Jetty HTML page (e.g. the CSRF filter). This pulls the human message out of any of them.
 */
export function errorMessageFromBody(body: string, contentType: string | undefined): string {
  const text = body.trim();
  if (text === '') return '';
  if (contentType?.includes('html') || text.startsWith('<')) return messageFromHtml(text);
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'string') return oneLine(parsed);
    if (parsed && typeof parsed === 'object') {
      const record = parsed as Record<string, unknown>;
      for (const key of ['msg', 'message', 'error']) {
        if (typeof record[key] === 'string') return oneLine(record[key]);
      }
    }
  } catch {
    // Not JSON: fall through to the raw text.
  }
  return oneLine(text).slice(0, 300);
}

function messageFromHtml(html: string): string {
  // Jetty: <title>Error 400 Missing Required Header for CSRF protection.</title>
  // and <p>Problem accessing /batches. Reason:<pre>    Missing …</pre></p>
  const reason = /Reason:\s*<pre>([\s\S]*?)<\/pre>/i.exec(html)?.[1];
  const title = /<title>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const heading = /<h[12]>([\s\S]*?)<\/h[12]>/i.exec(html)?.[1];
  const picked = reason ?? title?.replace(/^Error \d+\s*/, '') ?? heading ?? html.replace(/<[^>]+>/g, ' ');
  return oneLine(decodeEntities(picked)).slice(0, 300);
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
