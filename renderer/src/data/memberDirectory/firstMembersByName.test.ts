import { afterEach, describe, expect, it } from 'vitest';
import type { UiLanguage } from '@core/languages';
import { MemberSearchIndex } from '@core/search/memberSearchIndex';
import type { DataContext } from '../dataContext';
import { newMemberFields } from '../memberRepo';
import { createRecords, deleteRecord } from '../recordWriter';
import { openTestContext } from '../testContext';
import { memberProfile } from '../testSupport';
import { firstMembersByName } from './firstMembersByName';

let context: DataContext;
afterEach(() => { context.db.close(); });

/** Names whose code order and collation disagree: accents, Danish Aa and Æ Ø Å, small letters, Ł, a digit, a space. */
const NAMES = [
  'Åse Krogh', 'Aage Holm', 'Anna Berg', 'anna berg', 'Ærø Jensen', 'Østergaard', 'Øjvind Ravn', 'Ölund Kaya', 'Zoe Holm',
  'Bo Berg', 'Bjørn Aagaard', 'Łukasz Nowak', 'Émile Roux', 'Abel Dahl', 'Ådne Lie', 'Ulla Ørsted', 'Üzeyir Demir',
  '3D Studio', 'Carl Åberg', 'Ida Knudsen', 'Adam Weiß', 'Anne Hansen', 'Ann Hansen', 'Astrid Ravn', 'Axel Ørum',
];

describe('firstMembersByName', () => {
  it.each(['da', 'de', 'en'] as const satisfies readonly UiLanguage[])('gives the first screen in the order the full index will have, in %s', async (language) => {
    context = await openTestContext();
    await createRecords(context, 'members', NAMES.map((name) => newMemberFields(memberProfile(name))));
    const compareNames = new Intl.Collator(language).compare;
    const rows = await context.db.members.toArray();
    const full = new MemberSearchIndex(rows, [], { publicOnly: false, compareNames }).search('');
    for (const count of [1, 3, 5, 8, 12]) {
      const first = await firstMembersByName(context.db, count, compareNames);
      expect(first.map((member) => member.id), `first ${count}`).toEqual(full.slice(0, count));
    }
  });

  it('leaves out inactive and deleted members, and gives what there is when the hub is small', async () => {
    context = await openTestContext();
    const rows = await createRecords(context, 'members', ['Anna Berg', 'Abel Dahl', 'Bo Berg'].map((name) => newMemberFields(memberProfile(name))));
    await createRecords(context, 'members', [{ ...newMemberFields(memberProfile('Aaron Away')), active: false }]);
    await deleteRecord(context, 'members', rows[0]!.id);
    const first = await firstMembersByName(context.db, 10, new Intl.Collator('en').compare);
    expect(first.map((member) => member.name)).toEqual(['Abel Dahl', 'Bo Berg']);
  });
});
