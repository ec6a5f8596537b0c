/**
 * QR codes for the hand-outs, made at build time with the `qrcode` package
 * as inline SVG: the plain page address, no tracking parameters.
 */
import QRCode from 'qrcode';

export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
  // One picture with a text alternative; the address is printed beside it.
  return svg.replace('<svg ', `<svg role="img" aria-label="QR-code naar ${url}" `);
}
