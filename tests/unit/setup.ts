// Every unit test gets a fresh, in-memory IndexedDB.
import 'fake-indexeddb/auto';

// Texts beyond the start page's are loaded by the files that check them (`i18n.loadAll()` in a
// `beforeAll`): loading every text part before each of 145 files took more time than most files'
// own tests.
