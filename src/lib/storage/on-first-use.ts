/**
 * Code loaded the first time it is needed, not with the page: the database engine with a
 * repository, for pages that show their empty state before anything is stored (and then make
 * no database). `load` loads it once (later calls give the same; after a failure it tries
 * again); `loaded` gives it without waiting, for a live query's own function: the query's
 * `prepare` has run `load` before, and the query may call nothing but Dexie, so it cannot wait.
 */
export interface OnFirstUse<T> {
	load(): Promise<T>;
	loaded(): T;
}

export function onFirstUse<T>(what: string, importAll: () => Promise<T>): OnFirstUse<T> {
	let modules: T | undefined;
	return {
		async load() {
			modules ??= await importAll();
			return modules;
		},
		loaded() {
			if (modules === undefined) throw new Error(`${what} used before it was loaded`);
			return modules;
		}
	};
}
