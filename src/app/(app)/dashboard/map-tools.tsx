"use client";

import { Camera, FileCode2, FileImage, GitCompareArrows } from "lucide-react";
import { downloadSvgAsPng } from "@/components/download-png";
import { Menu, MenuCommand, MenuContent, MenuLink, MenuSeparator, MoreTrigger } from "@/components/menu";
import { useToast } from "@/components/toast";
import { takeSnapshotAction } from "@/server/snapshots/snapshots.actions";

const downloadPng = () =>
  downloadSvgAsPng("/api/map/svg?download=0", `mentorship-map-${new Date().toISOString().slice(0, 10)}.png`);

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
