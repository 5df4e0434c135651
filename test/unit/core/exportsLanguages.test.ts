import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { ATTEMPT_KINDS, AUDIT_ACTIONS, FAILED_SIGNUP } from '../../../src/shared/domains/audit';
import { EXPORT_KINDS } from '../../../src/shared/domains/reports';
import { EXPORT_WORDS } from '../../../src/shared/exportWords';
import { LANGUAGE_TAGS } from '../../../src/shared/languages';
import type { ExportKind } from '../../../src/shared/types';
import { makeCore } from '../helpers';

const rows = (content: string) => Papa.parse<string[]>(content.slice(1), { skipEmptyLines: true }).data;

/** Each cell's type as a spreadsheet infers it ('d' date, 'n' number, 's' text, 'z' empty), row by row. */
function cellTypes(content: string): string[][] {
  const sheet = XLSX.read(Buffer.from(content, 'utf8'), { type: 'buffer', cellDates: true }).Sheets.Sheet1!;
  const range = XLSX.utils.decode_range(sheet['!ref']!);
  const types: string[][] = [];
  for (let r = 1; r <= range.e.r; r++) {
    const row: string[] = [];
    for (let c = 0; c <= range.e.c; c++) row.push(sheet[XLSX.utils.encode_cell({ r, c })]?.t ?? 'z');
    types.push(row);
  }
  return types;
}

function school() {
  const t = makeCore();
  const g = t.must('groups-create', { name: 'Wave 1', role: 'instructor' });
  t.must('join-code-settings', { groupId: g.id, maxUses: 40, validFrom: '2026-02-01T08:00:00Z' });
  const other = t.must('groups-create', { name: 'Wave 2' });
  const c = t.must('courses-create', { title: 'Safety' });
  t.must('group-courses-set', { groupId: g.id, courseIds: [c.id] });
  const ids = ['Ana Ruiz', 'Bo Chen', 'Cy Diaz'].map(
    (name, i) => t.must('kiosk-register', { name, email: `p${i}@example.com`, code: g.joinCode }, 'kiosk').learnerId,
  );
  t.must('learners-add', { name: 'Di Roe', email: 'di@example.com', groupId: g.id });
  t.clock.advance(60 * 60_000);
  t.must('progress-set', { learnerId: ids[0]!, courseId: c.id, status: 'completed', completedAt: '2026-03-01T09:30:00Z' });
  t.must('progress-set', { learnerId: ids[1]!, courseId: c.id, status: 'started' });
  t.must('learners-update', { id: ids[0]!, name: 'Ana María Ruiz', email: 'ana@example.com' });
  t.must('learners-reassign', { learnerId: ids[2]!, groupId: other.id });
  t.call('kiosk-register', { name: 'X', email: 'x@example.com', code: 'NOPE-NOPE' }, 'kiosk');
  return { t, g };
}

describe('exports in the admin’s language', () => {
  it('writes a French export’s headers and words in French, dates and counts as they are in English', () => {
    const { t } = school();
    const learners = rows(t.must('export-csv', { kind: 'learners', language: 'fr' }).content);
    expect(learners[0]).toEqual(['Nom', 'E-mail', 'Groupe', 'Rôle', 'Inscrit via', 'Inscrit le']);
    expect(learners).toContainEqual([
      'Di Roe',
      'di@example.com',
      'Wave 1',
      'Formateur',
      'Ajouté par l’administrateur',
      '2026-03-01 09:00',
    ]);
    expect(learners).toContainEqual(['Bo Chen', 'p1@example.com', 'Wave 1', 'Formateur', 'Borne', '2026-03-01 09:00']);

    const progress = rows(t.must('export-csv', { kind: 'progress', language: 'fr' }).content);
    expect(progress[0]).toEqual(['Nom', 'E-mail', 'Groupe', 'Cours', 'Statut', 'Terminé le']);
    expect(
      progress
        .slice(1)
        .map((r) => r[4])
        .sort(),
    ).toEqual(['Commencé', 'Non commencé', 'Terminé']);

    const groups = rows(t.must('export-csv', { kind: 'groups', language: 'fr' }).content);
    expect(groups[0]![4]).toBe('État');
    expect(groups.slice(1).map((r) => [r[0], r[2], r[4]])).toEqual([
      ['Wave 1', 'Formateur', 'Ouvert'],
      ['Wave 2', 'Apprenant', 'Ouvert'],
    ]);

    const audit = rows(t.must('export-csv', { kind: 'audit', language: 'fr' }).content);
    expect(audit[0]).toEqual([
      'Date',
      'Auteur',
      'Action',
      'Groupe',
      'Groupe d’origine',
      'Apprenant',
      'Cours',
      'Inscription refusée',
      'Tentatives',
      'Borne',
    ]);
    const actions = audit.slice(1).map((r) => r[2]);
    expect(actions).toContain('Apprenant modifié (nom, e-mail)');
    expect(actions).toContain('Apprenant déplacé');
    expect(actions).toContain('Inscrit à la borne');
    expect(audit).toContainEqual([
      '2026-03-01 10:00',
      'Borne',
      'Inscription refusée',
      '',
      '',
      '',
      '',
      'Code inconnu',
      '1',
      'Autre (scripts)',
    ]);
    expect(audit.slice(1).map((r) => r[1])).toContain('Administrateur');
  });

  it('writes an Arabic export in Arabic, and the names and codes people typed as they are', () => {
    const { t, g } = school();
    const learners = rows(t.must('export-csv', { kind: 'learners', language: 'ar' }).content);
    expect(learners[0]).toEqual(['الاسم', 'البريد الإلكتروني', 'المجموعة', 'الدور', 'طريقة الانضمام', 'تاريخ التسجيل']);
    expect(learners).toContainEqual(['Di Roe', 'di@example.com', 'Wave 1', 'مدرّب', 'أضافه المسؤول', '2026-03-01 09:00']);
    const groups = rows(t.must('export-csv', { kind: 'groups', language: 'ar' }).content);
    expect(groups[1]!.slice(0, 5)).toEqual(['Wave 1', '', 'مدرّب', g.joinCode, 'مفتوح']);
    const progress = rows(t.must('export-csv', { kind: 'progress', language: 'ar' }).content);
    expect(
      progress
        .slice(1)
        .map((r) => r[4])
        .sort(),
    ).toEqual(['بدأ', 'لم يبدأ', 'مكتمل'].sort());
    const audit = rows(t.must('export-csv', { kind: 'audit', language: 'ar' }).content);
    expect(audit[0]![2]).toBe('الإجراء');
    expect(audit.slice(1).map((r) => r[2])).toContain('عُدّلت بيانات متعلم (الاسم والبريد الإلكتروني)');
    expect(audit.slice(1).map((r) => r[7])).toContain('رمز غير معروف');
  });

  it.each<ExportKind>([...EXPORT_KINDS])('%s: every cell has the same spreadsheet type in every language', (kind) => {
    const { t } = school();
    const english = cellTypes(t.must('export-csv', { kind }).content);
    expect(english.length).toBeGreaterThan(0);
    for (const language of LANGUAGE_TAGS) {
      expect(cellTypes(t.must('export-csv', { kind, language }).content), language).toEqual(english);
    }
  });

  it('keeps the column names Moodle requires, whatever the language', () => {
    const { t } = school();
    const english = t.must('export-csv', { kind: 'moodle-users' }).content;
    expect(rows(english)[0]).toEqual(['username', 'firstname', 'lastname', 'email', 'cohort1']);
    for (const language of LANGUAGE_TAGS) expect(t.must('export-csv', { kind: 'moodle-users', language }).content).toBe(english);
  });

  it('writes English when no language is given, and refuses one JoinDesk does not speak', () => {
    const { t } = school();
    expect(t.must('export-csv', { kind: 'audit', language: 'en' }).content).toBe(t.must('export-csv', { kind: 'audit' }).content);
    const refused = t.call('export-csv', { kind: 'audit', language: 'tlh' } as never);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toBe('Choose one of the languages JoinDesk speaks.');
  });

  it('words every action and every kind of failed sign-up, and every language fills each', () => {
    const en = EXPORT_WORDS.en as Record<string, string>;
    expect(AUDIT_ACTIONS).toEqual(expect.arrayContaining(['learner-registered', FAILED_SIGNUP, 'learners-merged']));
    for (const kind of ATTEMPT_KINDS) expect(en[`attempt.${kind}`], kind).toBeTruthy();
    for (const language of LANGUAGE_TAGS) {
      for (const [id, words] of Object.entries(EXPORT_WORDS[language])) {
        expect(words.trim(), `${language} ${id}`).not.toBe('');
        expect(
          [...words.matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
          `${language} ${id}`,
        ).toEqual([...en[id]!.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
      }
    }
  });
});
