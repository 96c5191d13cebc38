// Meine Menschen as app state: the network from IndexedDB as a live query, so that a change in
// another tab shows up here too, and every change as a verb that calls the network repository
// and tells the person about storage trouble. Pages read and call this; they never open the
// database themselves.
import type {
	PersonFields,
	PersonInput,
	Self,
	TieAnswer,
	TieAnswerRecord
} from '$lib/db/network-schema';
import type { NetworkView, RemovedPerson } from '$lib/db/network-repository';
import { emptySelf } from '$lib/db/network-values';
import { LiveQuery } from '$lib/storage/live-query.svelte';
import { storageStatus } from '$lib/storage/storage-status.svelte';
import type { NetworkData } from './json';
import type { NetworkSnapshot, Person, Tie } from './basics';
import { networkStorage } from './network-storage';

/** The query of the live read: the storage was loaded before (the query's `prepare`). */
function readNetwork(): Promise<NetworkView> {
	const { repository, db } = networkStorage.loaded();
	return repository.readNetwork(db);
}

const empty: NetworkView = {
	people: [],
	ties: [],
	answers: [],
	snapshots: [],
	self: { ...emptySelf }
};

/** Runs storage work that gives nothing back; true when it worked. */
async function done(work: () => Promise<unknown>): Promise<boolean> {
	return (
		(await storageStatus.attempt(async () => {
			await work();
			return true;
		})) ?? false
	);
}

/**
 * The person's network as reactive state. The database is read while a page shows any of it
 * (`people`, `ties`, `answers`, `snapshots`, `loaded`) and no longer once no page does.
 */
class NetworkState {
	// Going from one page of Meine Menschen to the next keeps the same read: SvelteKit swaps the
	// pages in one update, and the query stops only a moment after its last reader is gone, by
	// which time the new page reads it.
	#view = new LiveQuery(readNetwork, {
		initial: empty,
		prepare: networkStorage.load,
		emptyUntilStored: true
	});
	#lastRemoved = $state.raw<RemovedPerson | null>(null);

	/** The person deleted last, while "Rückgängig" is still offered. */
	get lastRemoved(): RemovedPerson | null {
		return this.#lastRemoved;
	}

	/** Everyone, sorted by name. */
	get people(): Person[] {
		return this.#view.current.people;
	}

	get ties(): Tie[] {
		return this.#view.current.ties;
	}

	/** The remembered answers of "Wer kennt wen?". */
	get answers(): TieAnswerRecord[] {
		return this.#view.current.answers;
	}

	/** The saved states of the network, oldest first. */
	get snapshots(): NetworkSnapshot[] {
		return this.#view.current.snapshots;
	}

	/** The person themselves, at the centre of the map. */
	get self(): Self {
		return this.#view.current.self;
	}

	/** Whether the first read has arrived. */
	get loaded(): boolean {
		return this.#view.loaded;
	}

	/**
	 * The whole network as it is stored now, read once (for a file made from it), whether a page
	 * shows it or not.
	 */
	read(): Promise<NetworkView | undefined> {
		return storageStatus.attempt(() =>
			networkStorage.use((repository, db) => repository.readNetwork(db))
		);
	}

	/** One person by id, or undefined. */
	person(id: string): Person | undefined {
		return this.people.find((person) => person.id === id);
	}

	/** The ids of the people this person knows. */
	knownBy(personId: string): Set<string> {
		return new Set(
			this.ties
				.filter((tie) => tie.a === personId || tie.b === personId)
				.map((tie) => (tie.a === personId ? tie.b : tie.a))
		);
	}

	/** Adds a person; a new person ends the chance to undo an earlier deletion. */
	async addPerson(input: PersonInput): Promise<Person | undefined> {
		const person = await storageStatus.attempt(() =>
			networkStorage.use((repository, db) => repository.addPerson(db, input))
		);
		if (person) this.#lastRemoved = null;
		return person;
	}

	/**
	 * Changes a person and shows the change at once, before the database reports it, so the page
	 * can move focus to where the person now stands.
	 */
	async updatePerson(id: string, change: Partial<PersonFields>): Promise<Person | undefined> {
		const saved = await storageStatus.attempt(() =>
			networkStorage.use((repository, db) => repository.updatePerson(db, id, change))
		);
		if (saved) this.#showSaved(saved);
		return saved;
	}

	/**
	 * Saves whom a person knows: a tie for each id in `wanted`, none for everyone else. Only the
	 * pairs that change are written.
	 */
	setKnown(personId: string, wanted: ReadonlySet<string>): Promise<boolean> {
		const before = this.knownBy(personId);
		const changed = this.people.filter(
			(other) => other.id !== personId && wanted.has(other.id) !== before.has(other.id)
		);
		return done(() =>
			networkStorage.use(async (repository, db) => {
				for (const other of changed)
					await repository.setTie(db, personId, other.id, wanted.has(other.id));
			})
		);
	}

	/** Remembers an answer of "Wer kennt wen?". */
	answerTie(first: string, second: string, answer: TieAnswer): Promise<boolean> {
		return done(() =>
			networkStorage.use((repository, db) =>
				repository.answerTieQuestion(db, first, second, answer)
			)
		);
	}

	/** Deletes a person with their ties and photo, and keeps what went for "Rückgängig". */
	async removePerson(id: string): Promise<RemovedPerson | undefined> {
		const removed = await storageStatus.attempt(() =>
			networkStorage.use((repository, db) => repository.deletePerson(db, id))
		);
		if (!removed) return undefined;
		this.#lastRemoved = removed;
		return removed;
	}

	/** Puts the person deleted last back ("Rückgängig"); gives what came back. */
	async undoRemove(): Promise<RemovedPerson | undefined> {
		const removed = this.#lastRemoved;
		if (!removed) return undefined;
		this.#lastRemoved = null;
		const restored = await done(() =>
			networkStorage.use((repository, db) => repository.restorePerson(db, removed))
		);
		return restored ? removed : undefined;
	}

	/** No longer offers to undo the last deletion. */
	forgetRemoved(): void {
		this.#lastRemoved = null;
	}

	/** Saves today's network as a dated snapshot. */
	saveSnapshot(label: string): Promise<NetworkSnapshot | undefined> {
		return storageStatus.attempt(() =>
			networkStorage.use((repository, db) => repository.saveSnapshot(db, label))
		);
	}

	/** Changes what the person says about themselves (name, note). */
	async updateSelf(change: Partial<Self>): Promise<Self | undefined> {
		const saved = await storageStatus.attempt(() =>
			networkStorage.use((repository, db) => repository.updateSelf(db, change))
		);
		if (saved) this.#view.show({ ...this.#view.current, self: saved });
		return saved;
	}

	/** Deletes one snapshot. */
	deleteSnapshot(id: string): Promise<boolean> {
		return done(() => networkStorage.use((repository, db) => repository.deleteSnapshot(db, id)));
	}

	/** Replaces the whole network with what a file holds; the old one stays when this fails. */
	importNetwork(data: NetworkData): Promise<boolean> {
		return done(() => networkStorage.use((repository, db) => repository.replaceNetwork(db, data)));
	}

	#showSaved(saved: Person): void {
		const view = this.#view.current;
		const others = view.people.filter((person) => person.id !== saved.id);
		const people = [...others, saved].sort((x, y) => x.name.localeCompare(y.name, 'de'));
		this.#view.show({ ...view, people });
	}
}

export const networkState = new NetworkState();
