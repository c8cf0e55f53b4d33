/**
 * The browser side of the topology picture: safe file names, a data: URL to show it in an <img>,
 * and its conversion to PNG through an <img> and a <canvas> (allowed by the page's CSP: img-src
 * blob: and data:), so the picture can be pasted where SVG is not accepted.
 */

/** MIME type of the SVG picture. */
export const SVG_MIME_TYPE = 'image/svg+xml';
/** MIME type of the PNG picture. */
export const PNG_MIME_TYPE = 'image/png';

/**
 * The picture's file name for a host: like the bundle's, anything but letters, digits, '.', '_'
 * and '-' becomes '-'.
 * @example topologyFileName('x3650', 'svg') === 'x3650-topology.svg'
 */
export function topologyFileName(host: string | undefined, extension: 'svg' | 'png'): string {
  const safe = (host ?? '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 64);
  return safe === '' ? `topology.${extension}` : `${safe}-topology.${extension}`;
}

/** The SVG as a data: URL for an <img> (nothing to revoke). */
export function svgDataUrl(svg: string): string {
  return `data:${SVG_MIME_TYPE};charset=utf-8,${encodeURIComponent(svg)}`;
}

/** Draws the SVG at `scale` times its size and returns the PNG bytes; rejects when it cannot. */
export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: SVG_MIME_TYPE }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.naturalWidth * scale);
    canvas.height = Math.ceil(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, PNG_MIME_TYPE));
    if (!blob) throw new Error('canvas.toBlob gave no PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
