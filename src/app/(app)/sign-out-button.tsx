"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/button";

export function SignOutButton() {
  return (
    <Button variant="ghost" type="button" onClick={() => signOut({ callbackUrl: "/signin" })}>
      Sign out
    </Button>
  );
}
