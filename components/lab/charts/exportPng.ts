/** Draws chart SVGs side by side onto a canvas and downloads the result as a PNG. */
export async function downloadSvgsAsPng(
  svgs: SVGSVGElement[],
  {
    fileName,
    background,
    title,
    titleColor,
  }: { fileName: string; background: string; title: string; titleColor: string },
) {
  const scale = 2;
  const gap = 24;
  const pad = 16;
  const titleHeight = 32;
  const sizes = svgs.map((s) => s.getBoundingClientRect());
  const width = sizes.reduce((w, r) => w + r.width, 0) + gap * (svgs.length - 1) + pad * 2;
  const height = Math.max(...sizes.map((r) => r.height)) + pad * 2 + titleHeight;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas is not available in this browser');
  ctx.scale(scale, scale);
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = titleColor;
  ctx.font = '600 16px system-ui, sans-serif';
  ctx.fillText(title, pad, pad + 16);

  let x = pad;
  for (const [i, svg] of svgs.entries()) {
    const clone = svg.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    clone.setAttribute('width', String(sizes[i].width));
    clone.setAttribute('height', String(sizes[i].height));
    const url = URL.createObjectURL(
      new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }),
    );
    try {
      const img = new Image();
      img.src = url;
      await img.decode();
      ctx.drawImage(img, x, pad + titleHeight, sizes[i].width, sizes[i].height);
    } finally {
      URL.revokeObjectURL(url);
    }
    x += sizes[i].width + gap;
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('Could not encode the PNG');
  downloadBlob(blob, fileName);
}

export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
