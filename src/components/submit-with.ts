import type { FormEvent } from "react";

/**
 * A form's submit handler that hands its FormData to `handler`. Unlike a function
 * passed as `<form action>`, React does not reset the form afterwards, so a refused
 * submission keeps everything the user typed next to its errors.
 */
export const submitWith = (handler: (formData: FormData) => void) => (event: FormEvent<HTMLFormElement>) => {
  event.preventDefault();
  handler(new FormData(event.currentTarget));
};
