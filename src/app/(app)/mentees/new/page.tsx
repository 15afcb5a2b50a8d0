import type { Metadata } from "next";
import Link from "@/components/link";
import { requireUser } from "@/server/auth/session";
import { NewMenteeForm } from "./new-mentee-form";

export const metadata: Metadata = { title: "Add someone you mentor" };

export default async function NewMenteePage() {
  await requireUser();
  return (
    <div className="space-y-6">
      <Link href="/mentees" className="text-sm text-brand-700 hover:underline dark:text-brand-100">
        ← Mentoring
      </Link>
      <h1 className="text-2xl font-semibold">Add someone you mentor</h1>
      <NewMenteeForm />
    </div>
  );
}
