import { AppError } from '@app/errors';
import { TextDecoder } from 'node:util';

const DECLARED_ENCODING = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/;

function labelFromBom(payload: Buffer): string | undefined {
  if (payload[0] === 0xef && payload[1] === 0xbb && payload[2] === 0xbf) return 'utf-8';
  if (payload[0] === 0xff && payload[1] === 0xfe) return 'utf-16le';
  if (payload[0] === 0xfe && payload[1] === 0xff) return 'utf-16be';
  return undefined;
}

function decoderFor(label: string, origin: string): TextDecoder {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `the ${origin} names the character encoding "${label}", which is not supported`,
    );
  }
}

/**
 * Decodes XML bytes to text. Precedence follows RFC 7303: a byte-order mark, then the `charset` of the
 * Content-Type, then the XML declaration's `encoding`, else UTF-8. Any encoding the WHATWG Encoding
 * standard knows (windows-1251, koi8-r, …) is decoded; an unknown one is a 415, bytes that are invalid in
 * the chosen encoding a 400.
 */
export function decodeXmlText(payload: Buffer, charset?: string): string {
  const bom = labelFromBom(payload);
  // The declaration is ASCII in every encoding we accept without a BOM, so latin1 reads it safely.
  const declared = DECLARED_ENCODING.exec(payload.subarray(0, 200).toString('latin1').trimStart())?.[1];
  const [label, origin] = bom
    ? [bom, 'byte-order mark']
    : charset
      ? [charset, 'Content-Type']
      : declared
        ? [declared, 'XML declaration']
        : ['utf-8', 'default'];
  const decoder = decoderFor(label, origin);
  try {
    // Whitespace before the XML declaration is a common slip of templates; XML forbids it, readers ignore it.
    return decoder.decode(payload).replace(/^\s+(?=<\?xml)/, '');
  } catch {
    throw new AppError('MALFORMED_XML', `the document is not valid ${decoder.encoding} (from the ${origin})`, {
      meta: { encoding: decoder.encoding },
    });
  }
}
