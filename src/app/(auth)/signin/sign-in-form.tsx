"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/button";
import { InputField } from "@/components/field";

const MESSAGES: Record<string, string> = {
  RateLimited: "Too many sign-in emails were requested. Wait 15 minutes, then try again.",
  InvalidEmail: "That does not look like an email address.",
};

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    setPending(true);
    setError(undefined);
    const result = await signIn("email", { email, callbackUrl, redirect: false });
    setPending(false);
    if (!result || result.error) {
      setError(MESSAGES[result?.error ?? ""] ?? "We could not send the sign-in email. Try again in a moment.");
      return;
    }
    router.push(`/signin/check-email?email=${encodeURIComponent(email)}`);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <InputField
        id="email"
        label="Email"
        errors={error ? [error] : undefined}
        name="email"
        type="email"
        autoComplete="email"
        required
        placeholder="you@example.com"
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Sending…" : "Email me a sign-in link"}
      </Button>
    </form>
  );
}

export function OAuthButtons({
  providers,
  callbackUrl,
}: {
  providers: { id: string; name: string }[];
  callbackUrl: string;
}) {
  if (providers.length === 0) return null;
  return (
    <div className="space-y-2">
      {providers.map((p) => (
        <Button
          key={p.id}
          type="button"
          variant="secondary"
          className="w-full"
          onClick={() => signIn(p.id, { callbackUrl })}
        >
          Continue with {p.name}
        </Button>
      ))}
    </div>
  );
}
