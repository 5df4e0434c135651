/** A language's words for one area: exactly English's keys (a missing or extra one does not compile). */
export type Translation<English> = Record<keyof English, string>;
