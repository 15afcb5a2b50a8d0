import { Field, inputClass } from "./field";

const HOURS = Array.from({ length: 25 }, (_, h) => h);
const label = (h: number) => `${String(h).padStart(2, "0")}:00`;

/** A working hour, 00:00–24:00; `empty` names the choice of none (the default hours). */
export function HoursSelect({
  id,
  name,
  label: text,
  value,
  empty,
  errors,
}: {
  id: string;
  name: string;
  label: string;
  value: number | null;
  empty?: string;
  errors?: string[];
}) {
  return (
    <Field id={id} label={text} errors={errors}>
      {(p) => (
        <select {...p} name={name} defaultValue={value ?? ""} className={inputClass}>
          {empty ? <option value="">{empty}</option> : null}
          {HOURS.map((h) => (
            <option key={h} value={h}>
              {label(h)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
