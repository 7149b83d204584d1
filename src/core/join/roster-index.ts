// Finding this year's Danh sách row of a student of an official tab.

import type { Student } from '../model';
import { nameIdentity, studentIdKey } from '../text';

/** Finds Danh sách rows by Mã HS, by name + class + birth date, and by name + class when unique. */
export class RosterIndex {
  private readonly byId = new Map<string, Student>();
  private readonly byNameClassBirth = new Map<string, Student[]>();
  private readonly byNameClass = new Map<string, Student[]>();
  private readonly byNameBirth = new Map<string, Student[]>();
  private readonly byNameGrade = new Map<string, Student[]>();
  readonly matched = new Set<Student>();

  constructor(students: Student[]) {
    for (const s of students) {
      if (!s.name) continue;
      if (s.studentId && !this.byId.has(studentIdKey(s.studentId))) this.byId.set(studentIdKey(s.studentId), s);
      const name = nameIdentity(s.name);
      push(this.byNameClass, `${name}|${s.classKey}`, s);
      push(this.byNameGrade, `${name}|${s.grade}`, s);
      if (s.birthDate) {
        push(this.byNameClassBirth, `${name}|${s.classKey}|${s.birthDate}`, s);
        push(this.byNameBirth, `${name}|${s.birthDate}`, s);
      }
    }
  }

  private free(list: Student[] | undefined): Student | undefined {
    const open = (list ?? []).filter((s) => !this.matched.has(s));
    if (open.length === 1) return open[0];
    // A row written twice (the copy excluded as a duplicate) is one child: the counted row joins,
    // or the child would count twice, once from the Danh sách and once from the official tab.
    const counted = open.filter((s) => !s.excluded);
    return counted.length === 1 ? counted[0] : undefined;
  }

  /** This year's Danh sách row of a student of a class tab. */
  find(id: string, name: string, key: string, birth: string | undefined, twinsInTab: number): Student | undefined {
    const byId = id ? this.byId.get(studentIdKey(id)) : undefined;
    if (byId && !this.matched.has(byId)) return byId;
    const person = nameIdentity(name);
    if (birth) {
      const exact = this.free(this.byNameClassBirth.get(`${person}|${key}|${birth}`));
      if (exact) return exact;
    }
    // One side without a birth date (or Mã HS), such as a results sheet a school typed with names
    // only: by name and class, when neither side has a namesake and nothing written disagrees
    // (equal birth dates or codes were joined above, so two written ones differ).
    const named = this.free(this.byNameClass.get(`${person}|${key}`));
    if (!named || twinsInTab !== 1) return undefined;
    const birthsAgree = !birth || !named.birthDate;
    const idsAgree = !id || !named.studentId;
    return birthsAgree && idsAgree ? named : undefined;
  }

  /**
   * Last year's student among this year's Danh sách rows, whose class has changed: name + birth
   * date in any khối (a child kept back, whom a THCS or THPT export does not mark, is the same child:
   * the caller says when the khối is not the expected one), or, for a row without birth date or
   * Mã HS, the only row of that name in the khối.
   */
  findPromoted(name: string, birth: string | undefined, grade: number): Student | undefined {
    const person = nameIdentity(name);
    const dated = birth ? this.free(this.byNameBirth.get(`${person}|${birth}`)) : undefined;
    if (dated) return dated;
    const named = this.free(this.byNameGrade.get(`${person}|${grade}`));
    return named && !named.birthDate && !named.studentId ? named : undefined;
  }

  claim(s: Student): void {
    this.matched.add(s);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

