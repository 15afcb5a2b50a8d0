/** "1 person", "2 people", "0 rows": a count with its noun in the right number. */
export const counted = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
