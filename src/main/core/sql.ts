/** `%text%` for LIKE with its wildcards escaped, so a search for `50%` means those characters. */
export const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
