import { Body, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import { render, unstableToPlainText } from "@react-email/render";
import { formatDayLong } from "@/domain/calendar";
import type { DigestContent, DigestItem } from "./digest-content";

/**
 * The digest email: one React template (react-email) rendered twice, as HTML and
 * as plain text, so the two can never say different things.
 */

type Props = { content: DigestContent; name: string | null; baseUrl: string; unsubscribeUrl: string; period: "daily" | "weekly" };

const text = { fontSize: "14px", lineHeight: "22px", color: "#27272a", margin: "4px 0" };
const link = { color: "#1a48ab" };
const h2 = { fontSize: "16px", margin: "20px 0 6px", color: "#18181b" };

function Items({ items, baseUrl, overdue }: { items: DigestItem[]; baseUrl: string; overdue: boolean }) {
  return (
    <>
      {items.map((item) => (
        <Text key={item.id} style={text}>
          {`• ${overdue ? `Overdue since ${formatDayLong(item.dueOn)}` : formatDayLong(item.dueOn)}: `}
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

export function DigestEmail({ content, name, baseUrl, unsubscribeUrl, period }: Props) {
  const count = content.overdue.length + content.dueThisWeek.length;
  return (
    <Html lang="en">
      <Head />
      <Preview>{count ? `${count} check-in ${count === 1 ? "reminder" : "reminders"} on your mentorship map` : "Your mentorship map this week"}</Preview>
      <Body style={{ backgroundColor: "#fafafa", fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" }}>
        <Container style={{ backgroundColor: "#ffffff", padding: "24px", maxWidth: "560px" }}>
          <Heading style={{ fontSize: "20px", margin: "0 0 8px" }}>{`${name ? `${name}, your` : "Your"} mentorship map`}</Heading>
          <Text style={text}>
            {`Your ${period} digest for ${formatDayLong(content.today)}. `}
            <Link href={`${baseUrl}/dashboard`} style={link}>
              Open your map
            </Link>
          </Text>
          {content.overdue.length ? (
            <Section>
              <Heading as="h2" style={h2}>
                Overdue
              </Heading>
              <Items items={content.overdue} baseUrl={baseUrl} overdue />
            </Section>
          ) : null}
          {content.dueThisWeek.length ? (
            <Section>
              <Heading as="h2" style={h2}>
                Due this week
              </Heading>
              <Items items={content.dueThisWeek} baseUrl={baseUrl} overdue={false} />
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
            You get this because digests are on in your{" "}
            <Link href={`${baseUrl}/settings`} style={link}>
              settings
            </Link>
            .{" "}
            <Link href={unsubscribeUrl} style={link}>
              Unsubscribe
            </Link>
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export async function renderDigest(props: Props) {
  // Rendered once; the text is converted from that same HTML (react-email's own
  // converter: headings as written, links with their address, and a quarter of the
  // cost of html-to-text, which a 10,000-user batch feels).
  const html = await render(<DigestEmail {...props} />);
  const plain = unstableToPlainText(html);
  const count = props.content.overdue.length + props.content.dueThisWeek.length;
  const subject = count
    ? `${count} check-in ${count === 1 ? "reminder" : "reminders"}${props.content.overdue.length ? `, ${props.content.overdue.length} overdue` : ""}`
    : "Your mentorship map";
  return { subject, html, text: plain };
}
