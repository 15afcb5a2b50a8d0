import { describeCadence } from "./cadence";

/**
 * The "value first" outreach: research, a value proposition, a four-part message
 * and the first conversation. Pure functions shared by the composer's live preview,
 * the server actions and the tests.
 */

export type ResearchLink = { url: string; note: string };

export type Research = {
  links: ResearchLink[];
  challenges: string[];
  waysToHelp: string[];
  whatINeed: string;
  whatIOffer: string;
};

export type MessageParts = { compliment: string; ask: string; offer: string; easyOut: string };

export const MAX_RESEARCH_LINKS = 10;
export const THREE = 3;
/** Past this many words a cold message stops being read to the end. */
export const WORDS_WARNING = 150;
export const DEFAULT_FOLLOW_UP_DAYS = 7;
export const MAX_FOLLOW_UP_DAYS = 60;

/** Every first conversation asks this. */
export const HELP_QUESTION = "What's the best way I can help you?";

/** Field limits, shared by the schemas (messages) and the inputs (maxLength). */
export const LIMITS = {
  linkNote: 200,
  challenge: 300,
  wayToHelp: 300,
  whatINeed: 1_000,
  whatIOffer: 1_000,
  subject: 150,
  compliment: 600,
  ask: 400,
  offer: 600,
  easyOut: 300,
  prepQuestion: 300,
  prepQuestions: 12,
  conversationNotes: 10_000,
  takeaways: 5_000,
  thankYouNote: 5_000,
} as const;

/** The composer's four parts, in order, each with a hint. */
export const MESSAGE_PARTS: readonly { key: keyof MessageParts; label: string; hint: string }[] = [
  {
    key: "compliment",
    label: "A specific compliment",
    hint: "Name one piece of their work and what it changed for you. Specific beats flattering.",
  },
  {
    key: "ask",
    label: "One clear, limited ask",
    hint: "One question, small and bounded: “20 minutes in the next few weeks”, not “be my mentor”.",
  },
  {
    key: "offer",
    label: "An offer of value",
    hint: "Something useful to them, drawn from your research: help with one of their challenges.",
  },
  { key: "easyOut", label: "An easy way to say no", hint: "Make declining painless, so a yes means yes." },
];

/** Prompts for each part, drawn from the research notes (shown beside the inputs). */
export function messagePrompts(research: Research): Record<keyof MessageParts, string[]> {
  const links = research.links.filter((l) => l.note.trim() || l.url.trim());
  return {
    compliment: links.map((l) => (l.note.trim() ? `Their work: ${l.note.trim()}` : l.url)),
    ask: research.whatINeed.trim() ? [`What you need: ${research.whatINeed.trim()}`] : [],
    offer: [
      ...research.waysToHelp.filter((w) => w.trim()).map((w) => `A way you could help: ${w.trim()}`),
      ...research.challenges.filter((c) => c.trim()).map((c) => `A challenge they face: ${c.trim()}`),
      ...(research.whatIOffer.trim() ? [`What you offer: ${research.whatIOffer.trim()}`] : []),
    ],
    easyOut: ["“If now isn’t a good time, no worries at all: I know how busy things get.”"],
  };
}

const PROMPT_LABELS = [
  "Their work: ",
  "What you need: ",
  "A way you could help: ",
  "A challenge they face: ",
  "What you offer: ",
];

/** What a research prompt puts into the message: its text without the label or the quotation marks. */
export function promptText(prompt: string): string {
  const label = PROMPT_LABELS.find((l) => prompt.startsWith(l));
  return (label ? prompt.slice(label.length) : prompt).replace(/^“|”$/g, "").trim();
}

/** `text` put in place of the selection [start, end) of `value`, cut to fit `max`; and where the caret goes. */
export function insertAt(value: string, start: number, end: number, text: string, max: number) {
  const before = value.slice(0, start);
  const after = value.slice(end);
  const spaced = `${before && !/\s$/.test(before) ? " " : ""}${text}`;
  const fitted = spaced.slice(0, Math.max(0, max - before.length - after.length));
  return { value: before + fitted + after, caret: before.length + fitted.length };
}

/** The message as sent: a greeting, the four parts as paragraphs, a sign-off. */
export function assembleMessage(parts: MessageParts, to: { name: string }, from: { name: string | null }): string {
  const firstName = to.name.trim().split(/\s+/)[0] ?? to.name;
  const body = [parts.compliment, parts.ask, parts.offer, parts.easyOut].map((p) => p.trim()).filter(Boolean);
  return [`Hi ${firstName},`, ...body, from.name?.trim() ? `Best,\n${from.name.trim()}` : "Best,"].join("\n\n");
}

export const wordCount = (text: string) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;

/** Gentle warnings: the message is long, or the ask is more than one question. */
export function messageWarnings(parts: MessageParts): string[] {
  const warnings: string[] = [];
  const words = wordCount([parts.compliment, parts.ask, parts.offer, parts.easyOut].join(" "));
  if (words > WORDS_WARNING)
    warnings.push(`${words} words: messages under ${WORDS_WARNING} words get read to the end. What could go?`);
  const questions = (parts.ask.match(/\?/g) ?? []).length;
  if (questions > 1)
    warnings.push(`The ask has ${questions} question marks. One clear question is easier to say yes to.`);
  return warnings;
}

/**
 * A `mailto:` link with subject and body. Every part is percent-encoded, so a
 * newline or `&bcc=` typed into the subject stays text and never becomes a header;
 * the address must be a plain address (no `?`, `&`, `,` or whitespace).
 */
export function mailtoHref(to: string | null, subject: string, body: string): string {
  const address = to && /^[^\s?&,;<>"]+@[^\s?&,;<>"]+$/.test(to) ? encodeURIComponent(to).replace("%40", "@") : "";
  // A subject is one line: line breaks become spaces before encoding.
  const oneLine = subject.replace(/[\r\n]+/g, " ").trim();
  const query = [
    oneLine ? `subject=${encodeURIComponent(oneLine)}` : null,
    `body=${encodeURIComponent(body.replace(/\r?\n/g, "\r\n"))}`,
  ]
    .filter(Boolean)
    .join("&");
  return `mailto:${address}?${query}`;
}

/** What is still missing before the research counts as done (empty when complete). */
export function researchGaps(research: Research): Partial<Record<keyof Research, string>> {
  const gaps: Partial<Record<keyof Research, string>> = {};
  if (!research.links.some((l) => l.url.trim())) gaps.links = "Add at least one piece of their recent work.";
  if (!research.challenges.some((c) => c.trim())) gaps.challenges = "Name at least one challenge they face.";
  if (!research.waysToHelp.some((w) => w.trim())) gaps.waysToHelp = "Name at least one way you could help.";
  if (!research.whatINeed.trim()) gaps.whatINeed = "Say what you need from them.";
  if (!research.whatIOffer.trim()) gaps.whatIOffer = "Say what you offer them.";
  return gaps;
}

/** The prep sheet's questions: the user's own, always with the help question first, without repeats. */
export function prepQuestions(questions: string[]): string[] {
  const own = questions.map((q) => q.trim()).filter(Boolean);
  const seen = new Set<string>();
  return [HELP_QUESTION, ...own].filter((q) => {
    const key = q.toLowerCase().replace(/[’']/g, "'");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Questions to start from, drawn from the gap area and the research. */
export function suggestedQuestions(gapAreaNames: string[], research: Pick<Research, "challenges">): string[] {
  return [
    ...gapAreaNames.slice(0, 2).map((g) => `What would you focus on first to grow in ${g.toLowerCase()}?`),
    ...research.challenges
      .filter((c) => c.trim())
      .slice(0, 1)
      .map((c) => `How are you approaching ${c.trim().replace(/[.?!]+$/, "")}?`),
    "What do you wish you had known at my stage?",
  ];
}

/** The thank-you draft: specific takeaways, one per line, and the next step. */
export function thankYouDraft(
  to: { name: string },
  takeaways: string,
  cadenceDays: number | null,
  from: { name: string | null },
): string {
  const firstName = to.name.trim().split(/\s+/)[0] ?? to.name;
  const points = takeaways
    .split(/\r?\n/)
    .map((l) => l.replace(/^[-*•\d.)\s]+/, "").trim())
    .filter(Boolean);
  const lines = [
    `Hi ${firstName},`,
    "Thank you for your time today. A few things I'm taking away:",
    points.length ? points.map((p) => `- ${p}`).join("\n") : "- …",
    cadenceDays
      ? `Would it be all right if I checked in with you ${describeCadence(cadenceDays).toLowerCase()} to share how it's going?`
      : "I'll let you know how it goes.",
    from.name?.trim() ? `Thanks again,\n${from.name.trim()}` : "Thanks again,",
  ];
  return lines.join("\n\n");
}

/** Follow-up rhythms offered after a first conversation. */
export const RHYTHMS = [
  { days: 14, label: "Every two weeks" },
  { days: 30, label: "Monthly" },
  { days: 60, label: "Every two months" },
  { days: 90, label: "Quarterly" },
] as const;
