import type { Metadata } from "next";
import { TextLink } from "@/components/text-link";
import { env } from "@/server/env";

export const metadata: Metadata = { title: "Check your email" };

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const { email } = await searchParams;
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Check your email</h1>
      <p className="text-sm">
        We sent a sign-in link
        {email ? (
          <>
            {" "}
            to <strong>{email}</strong>
          </>
        ) : null}
        . It works once and expires in 15 minutes.
      </p>
      {env().developmentMode && !env().SMTP_URL ? (
        <p className="text-sm">
          No mail server is configured, so the email is in the{" "}
          <TextLink href="/dev/outbox">development outbox</TextLink> (and the link is in the server log).
        </p>
      ) : null}
      <TextLink className="text-sm" href="/signin">
        Use a different email
      </TextLink>
    </div>
  );
}
