import type { CheckInChannel } from "@/generated/prisma/enums";

export const CHANNELS: readonly { value: CheckInChannel; label: string }[] = [
  { value: "COFFEE", label: "Coffee" },
  { value: "CALL", label: "Call" },
  { value: "VIDEO", label: "Video" },
  { value: "ASYNC", label: "Async video or voice" },
  { value: "DOCUMENT", label: "Document" },
  { value: "EMAIL", label: "Email" },
  { value: "EVENT", label: "Event" },
];

export const channelLabel = (value: string) => CHANNELS.find((c) => c.value === value)?.label ?? value;
