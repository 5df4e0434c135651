/** The roster template offered for bulk upload: the columns the import reads, and one example row. */
export const ROSTER_TEMPLATE = 'name,email,group\r\nAna Ruiz,ana.ruiz@example.com,Spring 2027 Cohort\r\n';

/** Excel reads a CSV as UTF-8 only when it starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';
