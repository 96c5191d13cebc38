import { helperMode } from './helper-mode.svelte';

interface Question {
	/** What is about to happen, in the person's words ("Alles sichern"). */
	what: string;
	resolve: (yes: boolean) => void;
}

/**
 * The person's own yes for a share or an export. Without a helper the person is the one who
 * pressed the button, so the answer is yes at once. In helper mode the question goes to a
 * separate screen (PersonConfirm), where the person decides themself.
 */
class PersonConfirmation {
	question = $state.raw<Question | null>(null);

	/** Asks the person; resolves true only on their own yes. */
	ask(what: string): Promise<boolean> {
		if (!helperMode.active) return Promise.resolve(true);
		this.question?.resolve(false);
		return new Promise((resolve) => {
			this.question = { what, resolve };
		});
	}

	/** The person's answer on the separate screen. */
	answer(yes: boolean): void {
		const question = this.question;
		this.question = null;
		question?.resolve(yes);
	}
}

export const personConfirmation = new PersonConfirmation();

/**
 * Before a share or an export: `if (!(await askPerson(t('…')))) return;`. In helper mode the
 * person confirms on a screen of their own; otherwise it returns true at once.
 */
export function askPerson(what: string): Promise<boolean> {
	return personConfirmation.ask(what);
}
