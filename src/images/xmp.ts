import type { ModelInfo } from '../domain/models.js';

export type DigitalSourceType = ModelInfo['sourceType'];

export const IPTC_SOURCE_TYPE_BASE = 'http://cv.iptc.org/newscodes/digitalsourcetype/';

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * An XMP packet carrying the IPTC DigitalSourceType (the field Google Merchant Center reads on
 * AI-made product images) and the tool that made the file.
 */
export function digitalSourceTypeXmp(sourceType: DigitalSourceType, creatorTool = 'shotlist'): string {
  const uri = IPTC_SOURCE_TYPE_BASE + sourceType;
  return (
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>' +
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">' +
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    '<rdf:Description rdf:about=""' +
    ' xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"' +
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"' +
    ` Iptc4xmpExt:DigitalSourceType="${escapeXml(uri)}"` +
    ` xmp:CreatorTool="${escapeXml(creatorTool)}"/>` +
    '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
  );
}

/** Reads the DigitalSourceType URI back out of an XMP packet (attribute or element form). */
export function readDigitalSourceType(xmp: Buffer | string | undefined): string | undefined {
  if (!xmp) return undefined;
  const text = typeof xmp === 'string' ? xmp : xmp.toString('utf8');
  const m =
    /Iptc4xmpExt:DigitalSourceType="([^"]*)"/.exec(text) ??
    /<Iptc4xmpExt:DigitalSourceType(?:\s+rdf:resource="([^"]*)")/.exec(text) ??
    /<Iptc4xmpExt:DigitalSourceType>([^<]*)</.exec(text);
  return m?.[1];
}
