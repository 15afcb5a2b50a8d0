/** The house style of text inputs and selects: here, not in field.tsx, so server pages can use it too. */
const control =
  "block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base shadow-sm placeholder:text-zinc-400 aria-[invalid]:border-red-600 md:text-sm dark:border-zinc-700 dark:bg-zinc-900";

/** 44 px tall on a phone (a touch target), 36 px from tablet width. */
export const inputClass = `${control} min-h-11 md:min-h-9`;

export const textareaClass = `${control} min-h-20`;
