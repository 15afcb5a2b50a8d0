"use client";

import { Button } from "@/components/button";
import { downloadSvgAsPng } from "@/components/download-png";
import { useToast } from "@/components/toast";

/** "Download as PNG": the impact card drawn in the browser, as the map's is. */
export function PngButton({ today }: { today: string }) {
  const toast = useToast();
  return (
    <Button
      type="button"
      variant="secondary"
      onClick={() =>
        downloadSvgAsPng("/api/impact?format=svg", `mentoring-impact-${today}.png`).catch((error: Error) =>
          toast({ message: error.message }),
        )
      }
    >
      Download as PNG
    </Button>
  );
}
