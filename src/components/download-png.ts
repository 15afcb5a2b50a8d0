/**
 * Draws an SVG the app serves on a canvas at twice its size and saves it as PNG: the
 * map's and the impact's "Download as PNG", in the browser (no image library on the server).
 */
export async function downloadSvgAsPng(svgUrl: string, filename: string) {
  const response = await fetch(svgUrl);
  if (!response.ok) throw new Error("The picture could not be drawn.");
  const url = URL.createObjectURL(new Blob([await response.text()], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth * 2;
    canvas.height = image.naturalHeight * 2;
    const context = canvas.getContext("2d")!;
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!png) throw new Error("The picture could not be drawn.");
    const a = document.createElement("a");
    a.href = URL.createObjectURL(png);
    a.download = filename;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  } finally {
    URL.revokeObjectURL(url);
  }
}
