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

type Database = ReturnType<typeof import('$lib/db/connection').database>;

/** A repository and the database connection, loaded together on first use (see `onFirstUse`). */
export interface StorageOnFirstUse<R> {
	/** Loads them once (a live query's `prepare`); gives the repository and the open database. */
	load(): Promise<{ repository: R; db: Database }>;
	/** The repository and the open database without waiting, for a live query's own function. */
	loaded(): { repository: R; db: Database };
	/** Runs `work` with the repository and the open database, loading them first. */
	use<T>(work: (repository: R, db: Database) => Promise<T>): Promise<T>;
}

export function storageOnFirstUse<R>(
	what: string,
	importRepository: () => Promise<R>
): StorageOnFirstUse<R> {
	const modules = onFirstUse(what, async () => {
		const [{ database }, repository] = await Promise.all([
			import('$lib/db/connection'),
			importRepository()
		]);
		return { repository, database };
	});
	const opened = ({ repository, database }: Awaited<ReturnType<typeof modules.load>>) => ({
		repository,
		db: database()
	});
	return {
		load: async () => opened(await modules.load()),
		loaded: () => opened(modules.loaded()),
		async use(work) {
			const { repository, db } = opened(await modules.load());
			return work(repository, db);
		}
	};
}
