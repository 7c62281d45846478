import type { Page } from 'playwright';
import { Shell } from './pages/Shell';
import { MembersAdmin } from './pages/MembersAdmin';
import type { ConsentLabel } from './pages/MemberEditor';
import { messages, type Messages } from './messages';

export interface NewMember {
  name: string;
  company?: string;
  bio?: string;
  skills?: string[];
  offers?: string[];
  needs?: string[];
  email?: string;
  phone?: string;
  public?: ConsentLabel[];
  /** Turns on "Show as “in today” on public screens". */
  presence?: boolean;
}

/** Adds a member through the host's editor, as a person would, and waits until it is saved. */
export async function addMemberAsHost(page: Page, member: NewMember, m: Messages = messages.en): Promise<void> {
  await new Shell(page, m).goTo('members');
  const admin = new MembersAdmin(page, m);
  const editor = await admin.openNewMember();
  await editor.setText('name', member.name);
  if (member.company) await editor.setText('company', member.company);
  if (member.bio) await editor.setText('bio', member.bio);
  await editor.addTags('skills', member.skills ?? []);
  await editor.addTags('offers', member.offers ?? []);
  await editor.addTags('needs', member.needs ?? []);
  if (member.email) await editor.setText('email', member.email);
  if (member.phone) await editor.setText('phone', member.phone);
  await editor.makePublic(member.public ?? []);
  if (member.presence) await editor.presenceSwitch.check();
  await editor.save();
  await admin.row(member.name).waitFor();
}
