/** A message is a function of its parameters, so word order can differ between the languages. */
export type Messages = Record<string, (p: never) => string>;

/** Another language's table for `E`: every key, with the same parameters (the type checker enforces it). */
export type Translation<E extends Messages> = { [K in keyof E]: (p: Parameters<E[K]>[0]) => string };
