// Unit tests run in Node: give Dexie a real IndexedDB implementation (in memory) before it loads.
import 'fake-indexeddb/auto';
