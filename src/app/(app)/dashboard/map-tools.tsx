"use client";

import { useState, useTransition } from "react";
import { Button, buttonClass } from "@/components/button";
import { TextLink } from "@/components/text-link";
import { useToast } from "@/components/toast";
import { takeSnapshotAction } from "@/server/snapshots/snapshots.actions";

/** Draws the map's SVG on a canvas at twice its size and saves it as PNG. */
async function downloadPng() {
  const response = await fetch("/api/map/svg?download=0");
  if (!response.ok) throw new Error("The map could not be drawn.");
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
    if (!png) throw new Error("The map could not be drawn.");
    const a = document.createElement("a");
    a.href = URL.createObjectURL(png);
    a.download = `mentorship-map-${new Date().toISOString().slice(0, 10)}.png`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function MapTools() {
  const toast = useToast();
  const [busy, startBusy] = useTransition();
  const [drawing, setDrawing] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <a href="/api/map/svg" download className={buttonClass("secondary")}>
        Download SVG
      </a>
      <Button
        type="button"
        variant="secondary"
        disabled={drawing}
        onClick={async () => {
          setDrawing(true);
          try {
            await downloadPng();
          } catch (error) {
            toast({ message: error instanceof Error ? error.message : "The map could not be drawn." });
          } finally {
            setDrawing(false);
          }
        }}
      >
        {drawing ? "Drawing…" : "Download PNG"}
      </Button>
      <Button
        type="button"
        variant="secondary"
        disabled={busy}
        onClick={() =>
          startBusy(async () => {
            const result = await takeSnapshotAction({});
            toast({
              message: result.ok ? "Snapshot saved. Compare it with another on the snapshots page." : result.error,
            });
          })
        }
      >
        {busy ? "Saving…" : "Take a snapshot"}
      </Button>
      <TextLink href="/snapshots" className="text-sm">
        Compare snapshots
      </TextLink>
    </div>
  );
}
