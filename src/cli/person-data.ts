// npm run person:export -- --address 5120034921 [--channel telegram]     one person's data as JSON
// npm run person:erase -- --address 0912345678 [--channel phone] --yes  erase it (Decree 13/2023)
// A person asks what is stored about them, or that it be erased: staff find them by the address
// they use (a Telegram or Zalo id, a phone number or an email they gave). Erasure anonymises their
// requests (the figures stay), blanks what they wrote and what was sent to them, and unlinks the
// contact from the address; it cannot be undone, hence --yes.
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { erasePersonalData } from '../privacy/erase-personal-data.ts';
import { findPerson } from '../privacy/find-person.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { address: { type: 'string' }, channel: { type: 'string' }, yes: { type: 'boolean', default: false } },
});
const command = positionals[0];
if ((command !== 'export' && command !== 'erase') || !values.address) {
  console.error(
    'usage: npm run person:export -- --address <id, phone or email> [--channel telegram|zalo|web|phone|email|letter|in_person|public_form]',
  );
  console.error('       npm run person:erase -- --address <…> [--channel …] --yes');
  process.exit(2);
}
const config = loadConfigOrExit();
try {
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const person = await findPerson(database.db, values.address, values.channel);
  if (person.contactIds.length === 0) {
    console.error(`no person with the address ${values.address}${values.channel ? ` on ${values.channel}` : ''}`);
    await database.close();
    process.exit(1);
  }
  if (command === 'export') {
    const { contactIds: _contacts, requestIds: _requests, ...data } = person;
    console.log(JSON.stringify({ exportedAt: new Date().toISOString(), ...data }, null, 2));
  } else if (!values.yes) {
    console.error(
      `would erase ${person.contacts.length} contact(s), ${person.requests.length} request(s), ${person.messages.length} message(s): add --yes to do it`,
    );
  } else {
    const erased = await erasePersonalData(database.db, person, new Date(), 'erasure requested by the person');
    console.log(
      `erased: ${erased.contacts} contact(s), ${erased.requests} request(s) anonymised, ${erased.messages} message(s) blanked`,
    );
  }
  await database.close();
} catch (error) {
  console.error(error);
  process.exit(1);
}
