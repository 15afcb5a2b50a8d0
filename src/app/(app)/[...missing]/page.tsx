import { notFound } from "next/navigation";

/** Any address no page answers, for a signed-in user: the not-found page inside the shell. */
export default function MissingPage() {
  notFound();
}
