"use client";

import { Camera, FileCode2, FileImage, GitCompareArrows } from "lucide-react";
import { Menu, MenuCommand, MenuContent, MenuLink, MenuSeparator, MoreTrigger } from "@/components/menu";
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

/** Export and snapshots: second to adding people, so behind the map's ⋯ menu. */
export function MapTools() {
  const toast = useToast();
  return (
    <Menu>
      <MoreTrigger label="Export and snapshots" />
      <MenuContent label="Export and snapshots">
        <MenuLink href="/api/map/svg" download>
          <FileCode2 aria-hidden className="size-4" /> Download SVG
        </MenuLink>
        <MenuCommand
          onSelect={async () => {
            toast({ message: "Drawing the map…" });
            try {
              await downloadPng();
            } catch (error) {
              toast({ message: error instanceof Error ? error.message : "The map could not be drawn." });
            }
          }}
        >
          <FileImage aria-hidden className="size-4" /> Download PNG
        </MenuCommand>
        <MenuSeparator />
        <MenuCommand
          onSelect={async () => {
            const result = await takeSnapshotAction({});
            toast({
              message: result.ok ? "Snapshot saved. Compare it with another on the snapshots page." : result.error,
            });
          }}
        >
          <Camera aria-hidden className="size-4" /> Take a snapshot
        </MenuCommand>
        <MenuLink href="/snapshots">
          <GitCompareArrows aria-hidden className="size-4" /> Compare snapshots
        </MenuLink>
      </MenuContent>
    </Menu>
  );
}
