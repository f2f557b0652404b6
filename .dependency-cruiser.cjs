// The import rules of the architecture, checked in CI by `npm run lint`.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-knows-no-channel',
      comment: 'src/ never imports bots/: channels translate at the edge. Only the composition root wires them.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/main\\.ts$' },
      to: { path: '^bots/' },
    },
    {
      name: 'tracker-knows-no-dialogue-staff-or-channel',
      comment: 'The clock takes ids and timestamps: no conversations, inbox, public pages or channel code.',
      severity: 'error',
      from: { path: '^src/tracker/' },
      to: { path: '^(src/(conversations|inbox|public|kb-store)/|bots/)' },
    },
    {
      name: 'staff-speak-through-the-tracker',
      comment:
        'The inbox acts through tracker commands and the one voice (conversations) writes the outbox: it never reads or writes the outbox itself.',
      severity: 'error',
      from: { path: '^src/inbox/' },
      to: { path: '^src/outbox/' },
    },
    {
      name: 'kb-is-pure',
      comment: 'Search is pure: content in, answers out. No database and no HTTP.',
      severity: 'error',
      from: { path: '^src/kb/' },
      to: {
        path: '^(src/(db|tracker|conversations|inbox|outbox|public|kb-store)/|bots/)|node_modules/(drizzle-orm|postgres|@electric-sql/pglite|express)/',
      },
    },
    {
      name: 'kb-is-pure-node',
      severity: 'error',
      from: { path: '^src/kb/' },
      to: { dependencyTypes: ['core'], path: '^(http|https|net|node:http|node:https|node:net)$' },
    },
    {
      name: 'channels-are-independent',
      comment: 'One channel never imports another.',
      severity: 'error',
      from: { path: '^bots/(telegram|zalo|web)/' },
      to: { path: '^bots/(telegram|zalo|web)/', pathNot: '^bots/$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(data|test/artifacts)' },
  },
};
