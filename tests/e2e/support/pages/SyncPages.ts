import type { Locator, Page } from 'playwright';
import type { DeviceRole } from '@core/deviceRole';
import { escapeRegExp, messages, type Messages } from '../messages';

/** The hub-connection indicator every screen shows (header, or a corner of the kiosk). */
export class SyncIndicatorArea {
  constructor(readonly page: Page, readonly m: Messages = messages.en) {}

  get status(): Locator {
    return this.page.getByRole('status', { name: this.m.sync.indicator.label, exact: true });
  }

  /** On an unpaired host desk the indicator is a button to the pairing form. */
  get connectButton(): Locator {
    return this.status.getByRole('button', { name: this.m.sync.indicator.unpaired, exact: true });
  }
}

/** "Connect this machine to a hub": as a page on a new machine, or a dialog on one that has a role. */
export class PairingForm {
  constructor(readonly page: Page, readonly m: Messages = messages.en) {}

  private get p() {
    return this.m.sync.pairing;
  }

  /** The role picker's option that opens the form. */
  get rolePickerOption(): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${escapeRegExp(this.p.rolePickerOption)}`) });
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { name: this.p.title, exact: true });
  }

  get hubUrl(): Locator {
    return this.page.getByRole('textbox', { name: this.p.hubUrl });
  }

  get code(): Locator {
    return this.page.getByRole('textbox', { name: this.p.code });
  }

  get name(): Locator {
    return this.page.getByRole('textbox', { name: this.p.name });
  }

  get connectButton(): Locator {
    return this.page.getByRole('button', { name: this.p.submit, exact: true });
  }

  get error(): Locator {
    return this.page.getByRole('alert');
  }

  async pair(input: { code?: string; name?: string; hubUrl?: string }): Promise<void> {
    if (input.hubUrl !== undefined) await this.hubUrl.fill(input.hubUrl);
    if (input.code !== undefined) await this.code.fill(input.code);
    if (input.name !== undefined) await this.name.fill(input.name);
    await this.connectButton.click();
  }
}

/** Host settings → Machines: the hub's machines, adding one and removing one. */
export class MachinesSection {
  constructor(readonly page: Page, readonly m: Messages = messages.en) {}

  private get s() {
    return this.m.sync;
  }

  get region(): Locator {
    return this.page.getByRole('region', { name: this.s.machines.heading, exact: true });
  }

  get table(): Locator {
    return this.region.getByRole('table', { name: this.s.machines.tableCaption, exact: true });
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: false }) });
  }

  removeButton(name: string): Locator {
    return this.table.getByRole('button', { name: this.s.machines.removeLabel.replace('{{name}}', name), exact: true });
  }

  get addButton(): Locator {
    return this.region.getByRole('button', { name: this.s.machines.add, exact: true });
  }

  get addDialog(): Locator {
    return this.page.getByRole('dialog', { name: this.s.addMachine.title, exact: true });
  }

  /** Adds a machine of `role` (a room display beside `roomName`) and returns the 8 digits the dialog shows. */
  async createCode(role: DeviceRole, roomName?: string): Promise<string> {
    await this.addButton.click();
    await this.addDialog.getByRole('radio', { name: new RegExp(`^${escapeRegExp(this.m.roles[role])}\\b`) }).check();
    if (roomName) await this.addDialog.getByRole('combobox', { name: this.s.addMachine.room, exact: true }).selectOption({ label: roomName });
    await this.addDialog.getByRole('button', { name: this.s.addMachine.createCode, exact: true }).click();
    const shown = await this.addDialog.getByText(/^\d{4} \d{4}$/).textContent();
    return (shown ?? '').replace(/\s/g, '');
  }

  get qrImage(): Locator {
    return this.addDialog.getByRole('img', { name: this.s.addMachine.qrAlt, exact: true });
  }

  get countdown(): Locator {
    return this.addDialog.getByRole('timer');
  }

  async closeAddDialog(): Promise<void> {
    await this.addDialog.getByRole('button', { name: this.s.addMachine.done, exact: true }).click();
  }

  async remove(name: string): Promise<void> {
    await this.removeButton(name).click();
    await this.page.getByRole('dialog').getByRole('button', { name: this.s.machines.removeConfirm, exact: true }).click();
  }
}
