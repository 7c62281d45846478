/**
 * `npm run demo -- --data <folder> [--members N] [--seed N]`: fills a new hub's store with the
 * seeded demo hub, so every machine that pairs with it downloads the same realistic data.
 * Exit codes: 0 done or --help, 1 could not fill, 2 wrong command line.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateDemoHub } from '@core/demo/demoHub';
import { seedDemoDataDir } from './demoDataDir';

const USAGE = 'Usage: npm run demo -- --data <folder> [--members <count>] [--seed <number>]';

const HELP = [
  USAGE,
  '',
  'Fills a new hub\'s data folder with a made-up but realistic coworking hub, so every machine',
  'that pairs with the hub downloads the same members, desks, rooms, bookings and check-ins.',
  'Run it before the first npm run hub on that folder; it refuses a hub that already holds data.',
  '',
  '  --data <folder>     The hub\'s data folder, as given to npm run hub --data (required).',
  '  --members <count>   How many members to make up (default 48).',
  '  --seed <number>     Another number makes other people; the same one, the same hub (default 1).',
  '  --help              Show this help.',
].join('\n');

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 1) throw new Error(`--${name} must be a whole number above 0, not "${value}".`);
  return number;
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { data: { type: 'string' }, members: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help === true) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (!values.data) throw new Error('--data is required: the hub\'s data folder.');
  const members = positiveInt(values.members, 48, 'members');
  const seed = positiveInt(values.seed, 1, 'seed');
  const perTable = await seedDemoDataDir(values.data, generateDemoHub({ members, seed }));
  const count = Object.values(perTable).reduce((sum, n) => sum + n, 0);
  process.stdout.write(`Loaded the demo hub: ${count} records (${members} members) into ${path.resolve(values.data)}.\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exitCode = message.startsWith('--') || message.includes('Unknown option') ? 2 : 1;
});
