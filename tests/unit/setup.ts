// Every unit test gets a fresh, in-memory IndexedDB.
import 'fake-indexeddb/auto';

// Unit tests read texts of every feature, not only the start page's.
const { i18n } = await import('$lib/i18n/i18n.svelte');
await i18n.loadAll();
