/** The house style of text inputs and selects: here, not in field.tsx, so server pages can use it too. */
const control = "field"; // src/app/globals.css

/** 44 px tall on a phone (a touch target), 36 px from tablet width. */
export const inputClass = `${control} min-h-11 md:min-h-9`;

export const textareaClass = `${control} min-h-20`;
