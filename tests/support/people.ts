import { expect, type Page } from '@playwright/test';
import type { HelpTopic } from '../../src/lib/db/network-values';
import { aPerson } from '../fixtures/builders.js';
import { open } from './app';
import { putRecords } from './database';
import { arrowTo, tabTo } from './keyboard';

export interface NewPerson {
	name: string;
	place?: boolean;
	area: 'Familie' | 'Freunde und Nachbarn' | 'Quartier' | 'Profis';
	closeness: 'Sehr nah' | 'Nah' | 'Weiter weg' | 'Gerade kein Kontakt';
	helps?: string[];
}

/** Answers one radio question of "Mensch hinzufügen" by keyboard and goes on with "Weiter". */
async function answerRadio(page: Page, choice: string): Promise<void> {
	// An area's name goes on with its example ("Familie Zum Beispiel …").
	const radio = page.getByRole('radio', { name: new RegExp(`^${choice}( |$)`) });
	// The person goes on once the question is there and its heading has focus, not while the
	// last step is still on screen.
	await expect(radio).toBeVisible();
	await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
	await page.keyboard.press('Tab');
	await arrowTo(page, radio);
	await tabTo(page, page.getByRole('button', { name: 'Weiter' }));
	await page.keyboard.press('Enter');
}

/**
 * Opens "Mensch hinzufügen". From the list of Meine Menschen (where adding a person ends) it
 * follows the list's link, as a person does; from anywhere else it loads the page. Following the
 * link skips a whole page load for each further person.
 */
async function openAddPerson(page: Page): Promise<void> {
	const onList =
		new URL(page.url()).pathname === '/menschen' &&
		(await page.locator('html[data-started]').count()) > 0;
	if (!onList) return open(page, '/menschen/neu');
	await page.getByRole('link', { name: 'Mensch hinzufügen', exact: true }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Mensch hinzufügen' })).toBeFocused();
}

/** Adds a person through the "Mensch hinzufügen" questions, by keyboard only. */
export async function addPersonByKeyboard(page: Page, person: NewPerson): Promise<void> {
	await openAddPerson(page);
	const name = page.getByRole('textbox', { name: 'Wie heißt der Mensch?' });
	await tabTo(page, name);
	await page.keyboard.type(person.name);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
	await answerRadio(page, person.place ? 'Ein Ort oder eine Gruppe' : 'Ein Mensch');
	await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
	await answerRadio(page, person.area);
	await answerRadio(page, person.closeness);
	await expect(page.locator('main').getByText('Schritt 5 von 5')).toBeVisible();
	for (const topic of person.helps ?? []) {
		await tabTo(page, page.getByRole('checkbox', { name: topic }));
		await page.keyboard.press('Space');
	}
	await tabTo(page, page.getByRole('button', { name: 'Fertig' }));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL('/menschen');
	await expect(page.getByRole('heading', { level: 3, name: person.name })).toBeVisible();
}

/** Five people across all four areas, used by the journeys and the axe checks. */
export const fivePeople: NewPerson[] = [
	{ name: 'Anna', area: 'Familie', closeness: 'Nah', helps: ['Einkaufen'] },
	{ name: 'Ben', area: 'Familie', closeness: 'Sehr nah' },
	{ name: 'Carla', area: 'Freunde und Nachbarn', closeness: 'Nah', helps: ['Garten'] },
	{ name: 'Mittags-Tisch', place: true, area: 'Quartier', closeness: 'Weiter weg' },
	{ name: 'Frau Doktor Yilmaz', area: 'Profis', closeness: 'Weiter weg' }
];

const areaIds = {
	Familie: 'family',
	'Freunde und Nachbarn': 'friends',
	Quartier: 'quartier',
	Profis: 'professionals'
} as const;
const closenessIds = { 'Sehr nah': 1, Nah: 2, 'Weiter weg': 3, 'Gerade kein Kontakt': 0 } as const;
const helpIds: Record<string, HelpTopic> = { Einkaufen: 'shopping', Garten: 'garden' };

function helpId(topic: string): HelpTopic {
	const id = helpIds[topic];
	if (!id) throw new Error(`No help topic for "${topic}"`);
	return id;
}

/**
 * Puts people into Meine Menschen straight into the database, as "Mensch hinzufügen" stores
 * them, and opens the list with them. For checks of a state with people in it: adding them by
 * keyboard, one after the other, is the journey e2e/menschen.spec.ts walks.
 */
export async function seedPeopleAsAdded(page: Page, people: NewPerson[]): Promise<void> {
	// Meine Wünsche opens the app's database at once (an empty Meine Menschen does not make it).
	await open(page, '/wuensche');
	await expect(page.getByText('Ihre Liste mit Wünschen ist noch leer.')).toBeVisible();
	const now = Date.now();
	await putRecords(page, {
		people: people.map((person, index) =>
			aPerson({
				name: person.name,
				kind: person.place ? 'place' : 'person',
				area: areaIds[person.area],
				closeness: closenessIds[person.closeness],
				helpsWith: (person.helps ?? []).map(helpId),
				createdAt: new Date(now + index).toISOString()
			})
		)
	});
	await open(page, '/menschen');
	for (const person of people) {
		await expect(page.getByRole('heading', { level: 3, name: person.name })).toBeVisible();
	}
}

/** A PNG picture of the given size, drawn in the page, as a file to choose in a file input. */
export async function pictureFile(page: Page, width: number, height: number) {
	const base64 = await page.evaluate(
		({ width, height }) => {
			const canvas = document.createElement('canvas');
			canvas.width = width;
			canvas.height = height;
			const context = canvas.getContext('2d')!;
			context.fillStyle = '#2a6';
			context.fillRect(0, 0, width, height);
			context.fillStyle = '#fff';
			context.fillRect(width / 4, height / 4, width / 2, height / 2);
			return canvas.toDataURL('image/png').split(',')[1]!;
		},
		{ width, height }
	);
	return { name: 'anna.png', mimeType: 'image/png', buffer: Buffer.from(base64, 'base64') };
}
