import { Body, Container, Head, Heading, Hr, Html, Link, Section, Text } from "@react-email/components";
import { render, unstableToPlainText } from "@react-email/render";
import { formatDayLong } from "@/domain/calendar";
import type { DigestContent } from "./digest-content";
import { Preview } from "./digest-preview";

/**
 * The digest email: one React template (react-email), whose HTML is also converted
 * to the plain-text part, so the two can never say different things.
 */

/** What the template shows, every value already a display string (see `compiled`). */
type DigestView = {
  todayLabel: string;
  overdue: ItemView[];
  dueThisWeek: ItemView[];
  sprint: { day: string; phase: string; remaining: string[] } | null;
  outreachNudge: boolean;
  oneWay: { mentorId: string; text: string }[];
  unsharedWins: { id: string; title: string }[];
};
type ItemView = { id: string; dueLabel: string; title: string; mentorId: string | null };
type EmailProps = {
  view: DigestView;
  name: string | null;
  baseUrl: string;
  unsubscribeUrl: string;
  period: "daily" | "weekly";
};
type Props = Omit<EmailProps, "view"> & { content: DigestContent };

/** Whitespace as HTML shows it (and the text part prints it): runs collapsed, ends trimmed. */
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

function toView(content: DigestContent): DigestView {
  const item =
    (overdue: boolean) =>
    (i: DigestContent["overdue"][number]): ItemView => ({
      id: i.id,
      dueLabel: overdue ? `Overdue since ${formatDayLong(i.dueOn)}` : formatDayLong(i.dueOn),
      title: oneLine(i.title),
      mentorId: i.mentorId,
    });
  return {
    todayLabel: formatDayLong(content.today),
    overdue: content.overdue.map(item(true)),
    dueThisWeek: content.dueThisWeek.map(item(false)),
    sprint: content.sprint
      ? {
          day: String(content.sprint.day),
          phase: oneLine(content.sprint.phase),
          remaining: content.sprint.remaining.map(oneLine),
        }
      : null,
    outreachNudge: content.outreachNudge,
    oneWay: content.oneWay.map(({ mentorId, text }) => ({ mentorId, text: oneLine(text) })),
    unsharedWins: content.unsharedWins.map(({ id, title }) => ({ id, title: oneLine(title) })),
  };
}

const text = { fontSize: "14px", lineHeight: "22px", color: "#27272a", margin: "4px 0" };
const link = { color: "#1a48ab" };
const h2 = { fontSize: "16px", margin: "20px 0 6px", color: "#18181b" };

function Items({ items, baseUrl }: { items: ItemView[]; baseUrl: string }) {
  return (
    <>
      {items.map((item) => (
        <Text key={item.id} style={text}>
          {`• ${item.dueLabel}: `}
          {item.mentorId ? (
            <Link href={`${baseUrl}/mentors/${item.mentorId}`} style={link}>
              {item.title}
            </Link>
          ) : (
            item.title
          )}
        </Text>
      ))}
    </>
  );
}

export function DigestEmail({ view: content, name, baseUrl, unsubscribeUrl, period }: EmailProps) {
  const count = content.overdue.length + content.dueThisWeek.length;
  return (
    <Html lang="en">
      <Head />
      <Preview>
        {count
          ? `${count} check-in ${count === 1 ? "reminder" : "reminders"} on your mentorship map`
          : "Your mentorship map this week"}
      </Preview>
      <Body
        style={{ backgroundColor: "#fafafa", fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" }}
      >
        <Container style={{ backgroundColor: "#ffffff", padding: "24px", maxWidth: "560px" }}>
          <Heading
            style={{ fontSize: "20px", margin: "0 0 8px" }}
          >{`${name ? `${name}, your` : "Your"} mentorship map`}</Heading>
          <Text style={text}>
            {`Your ${period} digest for ${content.todayLabel}. `}
            <Link href={`${baseUrl}/dashboard`} style={link}>
              Open your map
            </Link>
          </Text>
          {content.overdue.length ? (
            <Section>
              <Heading as="h2" style={h2}>
                Overdue
              </Heading>
              <Items items={content.overdue} baseUrl={baseUrl} />
            </Section>
          ) : null}
          {content.dueThisWeek.length ? (
            <Section>
              <Heading as="h2" style={h2}>
                Due in the next 7 days
              </Heading>
              <Items items={content.dueThisWeek} baseUrl={baseUrl} />
            </Section>
          ) : null}
          {content.sprint ? (
            <Section>
              <Heading as="h2" style={h2}>
                {`Your sprint: day ${content.sprint.day}, ${content.sprint.phase}`}
              </Heading>
              {content.sprint.remaining.length ? (
                content.sprint.remaining.map((t) => (
                  <Text key={t} style={text}>
                    {`○ ${t}`}
                  </Text>
                ))
              ) : (
                <Text style={text}>Every target of this phase is met.</Text>
              )}
              <Text style={text}>
                <Link href={`${baseUrl}/sprint`} style={link}>
                  Open the sprint
                </Link>
              </Text>
            </Section>
          ) : null}
          {content.outreachNudge ? (
            <Section>
              <Heading as="h2" style={h2}>
                One outreach a week
              </Heading>
              <Text style={text}>
                No outreach went out in the last seven days.{" "}
                <Link href={`${baseUrl}/mentors/pipeline`} style={link}>
                  Reach out to a prospect
                </Link>
              </Text>
            </Section>
          ) : null}
          {content.oneWay.length ? (
            <Section>
              <Heading as="h2" style={h2}>
                One-way relationships
              </Heading>
              {content.oneWay.map((o) => (
                <Text key={o.mentorId} style={text}>
                  •{" "}
                  <Link href={`${baseUrl}/mentors/${o.mentorId}`} style={link}>
                    {o.text}
                  </Link>
                </Text>
              ))}
            </Section>
          ) : null}
          {content.unsharedWins.length ? (
            <Section>
              <Heading as="h2" style={h2}>
                Wins not yet shared with the people who helped
              </Heading>
              {content.unsharedWins.map((w) => (
                <Text key={w.id} style={text}>
                  {`• ${w.title}`}
                </Text>
              ))}
            </Section>
          ) : null}
          <Hr style={{ margin: "24px 0 12px", borderColor: "#e4e4e7" }} />
          <Text style={{ ...text, fontSize: "12px", color: "#52525b" }}>
            {/* The text part prints each address after its link: nothing may follow one but a space, or a mail client takes it into the URL. */}
            You get this because digests are on.{" "}
            <Link href={`${baseUrl}/settings`} style={link}>
              Change them in your settings
            </Link>{" "}
            or{" "}
            <Link href={unsubscribeUrl} style={link}>
              unsubscribe
            </Link>
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

/** The template rendered by React for these props, and its text: the reference the compiled form must equal. */
export async function renderDigestDirect(props: Props) {
  const html = await render(
    <DigestEmail {...props} name={props.name ? oneLine(props.name) : props.name} view={toView(props.content)} />,
  );
  return { html, text: unstableToPlainText(html) };
}

// ── The compiled template ───────────────────────────────────────────────────────
// A batch renders thousands of digests, nearly all of a few shapes (how many items
// in each list, which sections show). React renders each shape once, with a
// placeholder for every text value, and that markup is converted to text once; a
// digest is then the two with its own values put in (escaped as React escapes them
// in the HTML, as they are in the text). The unit tests prove both equal React's
// rendering and its text conversion, byte for byte, for arbitrary content.

const OPEN = "\uE000";
const CLOSE = "\uE001";
const PLACEHOLDER = /\uE000(\d+)\uE001/;
const TEMPLATES_KEPT = 500;
type Compiled = { literals: string[]; slots: number[] };
const templates = new Map<string, { html: Compiled; text: Compiled }>();

function compile(markup: string): Compiled {
  const pieces = markup.split(PLACEHOLDER);
  return { literals: pieces.filter((_, i) => i % 2 === 0), slots: pieces.filter((_, i) => i % 2 === 1).map(Number) };
}

function fill({ literals, slots }: Compiled, values: string[], encode: (value: string) => string) {
  let out = literals[0]!;
  for (let i = 0; i < slots.length; i++) out += encode(values[slots[i]!]!) + literals[i + 1]!;
  return out;
}

/**
 * Walks the props: every non-empty string becomes a value (in order) and the rest
 * (nulls, booleans, array lengths, which strings are empty) is the shape, written
 * out as the template's key (one string, built as it goes: the walk runs for every digest).
 */
function split(value: unknown, values: string[]): string {
  if (typeof value === "string") {
    if (!value) return '""';
    values.push(value);
    return "s";
  }
  if (Array.isArray(value)) {
    let key = "[";
    for (const item of value) key += `${split(item, values)},`;
    return `${key}]`;
  }
  if (value && typeof value === "object") {
    let key = "{";
    for (const [k, v] of Object.entries(value)) key += `${k}:${split(v, values)},`;
    return `${key}}`;
  }
  return String(value);
}

/** The props again, each string replaced by its numbered placeholder. */
function withPlaceholders(value: unknown, counter: { n: number }): unknown {
  if (typeof value === "string") return value ? `${OPEN}${counter.n++}${CLOSE}` : "";
  if (Array.isArray(value)) return value.map((v) => withPlaceholders(v, counter));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withPlaceholders(v, counter)]));
  return value;
}

const REACT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
const reactEscape = (text: string) => text.replace(/[&<>"']/g, (c) => REACT_ESCAPES[c]!);

async function compiled(props: EmailProps) {
  const values: string[] = [];
  const key = split(props, values);
  let template = templates.get(key);
  if (!template) {
    const markup = await render(<DigestEmail {...(withPlaceholders(props, { n: 0 }) as EmailProps)} />);
    template = { html: compile(markup), text: compile(unstableToPlainText(markup)) };
    if (templates.size >= TEMPLATES_KEPT) templates.delete(templates.keys().next().value!);
    templates.set(key, template);
  }
  return { html: fill(template.html, values, reactEscape), text: fill(template.text, values, (v) => v) };
}

export async function renderDigest(props: Props) {
  // The text is that same HTML converted (react-email's own converter: headings as
  // written, links with their address).
  const { html, text: plain } = await compiled({
    ...props,
    name: props.name ? oneLine(props.name) : props.name,
    view: toView(props.content),
  });
  const count = props.content.overdue.length + props.content.dueThisWeek.length;
  const subject = count
    ? `${count} check-in ${count === 1 ? "reminder" : "reminders"}${props.content.overdue.length ? `, ${props.content.overdue.length} overdue` : ""}`
    : "Your mentorship map";
  return { subject, html, text: plain };
}
