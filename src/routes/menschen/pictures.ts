// The pictures that stand beside the words on the Meine Menschen pages.
import type { IconName } from '$lib/components/Icon/Icon.svelte';
import type { Area, Closeness, HelpTopic, Kind } from '$lib/network/model';
import type { OfferCategory } from '$lib/offers/offer';

export const areaPictures: Record<Area, IconName> = {
	family: 'home',
	friends: 'people',
	quartier: 'meeting',
	professionals: 'advice'
};

export const closenessPictures: Record<Closeness, IconName> = {
	1: 'ring-1',
	2: 'ring-2',
	3: 'ring-3',
	0: 'ring-0'
};

export const kindPictures: Record<Kind, IconName> = { person: 'person', place: 'group' };

export const topicPictures: Record<HelpTopic, IconName> = {
	household: 'home',
	shopping: 'shopping',
	garden: 'garden',
	driving: 'car',
	talking: 'advice',
	paperwork: 'paper',
	health: 'health',
	leisure: 'culture'
};

/** Where to look in the Quartier when an area of the map is empty. */
export const offerForEmptyArea: Record<Area, OfferCategory> = {
	family: 'treffpunkt',
	friends: 'treffpunkt',
	quartier: 'nachbarschaftshilfe',
	professionals: 'beratung'
};
