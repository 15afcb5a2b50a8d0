/**
 * The line a mail client shows beside the subject, padded with invisible characters
 * so that it does not go on with the digest's first words. react-email's `Preview`
 * pads with its 7-character mix repeated once per missing character (up to 1,050
 * characters, 2 KB of UTF-8 and a third of each digest); a client shows at most
 * about 150, so the same mix here fills to 150 characters and no more.
 */
const PREVIEW_LENGTH = 150;
const PREVIEW_PADDING = "\u00A0\u200C\u200B\u200D\u200E\u200F\uFEFF";
export function Preview({ children }: { children: string }) {
  const text = children.slice(0, PREVIEW_LENGTH);
  const missing = PREVIEW_LENGTH - text.length;
  return (
    <div
      style={{ display: "none", overflow: "hidden", lineHeight: "1px", opacity: 0, maxHeight: 0, maxWidth: 0 }}
      data-skip-in-text
    >
      {text}
      {missing > 0 ? <div>{PREVIEW_PADDING.repeat(Math.ceil(missing / PREVIEW_PADDING.length))}</div> : null}
    </div>
  );
}
