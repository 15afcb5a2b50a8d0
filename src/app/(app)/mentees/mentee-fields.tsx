"use client";

import { InputField, inputClass, TextareaField } from "@/components/field";

type Values = {
  name?: string;
  email?: string | null;
  headline?: string | null;
  organisation?: string | null;
  goals?: string;
  cadenceDays?: number | null;
};

/** Who they are, their goals and the session rhythm: the "Add" form and the mentee's page share these. */
export function MenteeFields({
  prefix,
  errors,
  value = {},
}: {
  prefix: string;
  errors: Record<string, string[]>;
  value?: Values;
}) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField
          id={`${prefix}name`}
          label="Name"
          errors={errors.name}
          name="name"
          required
          maxLength={200}
          defaultValue={value.name}
          autoComplete="off"
        />
        <InputField
          id={`${prefix}email`}
          label="Email (optional)"
          errors={errors.email}
          name="email"
          type="email"
          maxLength={320}
          defaultValue={value.email ?? ""}
          autoComplete="off"
        />
        <InputField
          id={`${prefix}headline`}
          label="Role (optional)"
          errors={errors.headline}
          name="headline"
          maxLength={200}
          defaultValue={value.headline ?? ""}
        />
        <InputField
          id={`${prefix}organisation`}
          label="Organisation (optional)"
          errors={errors.organisation}
          name="organisation"
          maxLength={200}
          defaultValue={value.organisation ?? ""}
        />
      </div>
      <TextareaField
        id={`${prefix}goals`}
        label="Their goals"
        hint="What they want from the mentorship, in their words."
        errors={errors.goals}
        name="goals"
        maxLength={5000}
        rows={3}
        defaultValue={value.goals}
        placeholder="Lead a team within a year; get better at giving feedback"
      />
      <InputField
        id={`${prefix}cadenceDays`}
        label="A session every … days (optional)"
        hint="Leave empty for no rhythm. Monthly (30) suits most mentees."
        errors={errors.cadenceDays}
        name="cadenceDays"
        type="number"
        min={1}
        max={3650}
        defaultValue={value.cadenceDays ?? ""}
        className={`${inputClass} max-w-32`}
      />
    </>
  );
}
