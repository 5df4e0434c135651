/** Domain shapes that cross the boundary. Timestamps are ISO 8601 strings in UTC. */

/** Whether a code accepts sign-ups now, and if not, why. */
export type CodeState = 'active' | 'paused' | 'scheduled' | 'expired' | 'full';

export interface Group {
  id: number;
  name: string;
  description: string;
  /** Role a learner gets on joining. */
  role: string;
  /** As shown to people: `XXXX-XXXX` for generated codes, as typed for custom ones. */
  joinCode: string;
  joinCodeGenerated: boolean;
  codeState: CodeState;
  codeEnabled: boolean;
  validFrom: string | null;
  validUntil: string | null;
  maxUses: number | null;
  /** Sign-ups with the current code. */
  usedCount: number;
  memberCount: number;
  createdAt: string;
  codeChangedAt: string;
}

export type LearnerSource = 'kiosk' | 'bulk' | 'admin';

export interface Learner {
  id: number;
  name: string;
  email: string;
  groupId: number;
  groupName: string;
  role: string;
  source: LearnerSource;
  registeredAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Registration {
  learnerId: number;
  groupName: string;
  courses: { id: number; title: string }[];
  maskedEmail: string;
}

export interface JoinCodeSaved {
  group: Group;
  /** Advice about the code that was saved (e.g. shorter than recommended). */
  warning?: string;
}
