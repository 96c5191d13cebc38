// The people of Meine Menschen as the wish questions use them: to choose who can help, to name
// them in the plan, and to add someone who is missing without leaving the wish. Kept apart from
// the wishes state, so the start page's list of next steps does not load the people code.
import { announcer } from '$lib/a11y/announcer.svelte';
import { database } from '$lib/db/connection';
import { addPerson, listPeople } from '$lib/db/network-repository';
import { i18n } from '$lib/i18n/i18n.svelte';
import type { Area, Person } from '$lib/network/model';
import { LiveQuery } from '$lib/storage/live-query.svelte';
import { storageStatus } from '$lib/storage/storage-status.svelte';

class WishPeople {
	#all = new LiveQuery(() => listPeople(database()), { initial: [] as Person[] });

	/** Everyone in Meine Menschen, sorted by name. */
	get all(): Person[] {
		return this.#all.current;
	}

	/** Whether the first read has arrived (or failed). */
	get loaded(): boolean {
		return this.#all.loaded;
	}

	/** Adds a person to Meine Menschen by name and says so; undefined when it failed. */
	async add(name: string, area: Area): Promise<Person | undefined> {
		const person = await storageStatus.attempt(() => addPerson(database(), { name, area }));
		if (!person) return undefined;
		// Shown at once, so the person's checkbox is there before the database reports it.
		const others = this.#all.current.filter((each) => each.id !== person.id);
		this.#all.show([...others, person].sort((x, y) => x.name.localeCompare(y.name, 'de')));
		announcer.say(i18n.t('wishes.steps.people.added', { name: person.name }));
		return person;
	}
}

/** The people the wish questions offer. */
export const wishPeople = new WishPeople();
