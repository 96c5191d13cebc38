// The pictures that stand beside the words on the Meine Menschen pages.
import * as icons from '$lib/icons/people-icons';
import type { IconShape } from '$lib/icons/icons';
import type { Area, Closeness, HelpTopic, Kind } from '$lib/network/basics';
import type { OfferCategory } from '$lib/offers/offer';

export const areaPictures: Record<Area, IconShape> = {
	family: icons.home,
	friends: icons.people,
	quartier: icons.meeting,
	professionals: icons.advice
};

export const closenessPictures: Record<Closeness, IconShape> = {
	1: icons.ring1,
	2: icons.ring2,
	3: icons.ring3,
	0: icons.ring0
};

export const kindPictures: Record<Kind, IconShape> = { person: icons.person, place: icons.group };

export const topicPictures: Record<HelpTopic, IconShape> = {
	household: icons.home,
	shopping: icons.shopping,
	garden: icons.garden,
	driving: icons.car,
	talking: icons.advice,
	paperwork: icons.paper,
	health: icons.health,
	leisure: icons.culture
};

/** Where to look in the Quartier when an area of the map is empty. */
export const offerForEmptyArea: Record<Area, OfferCategory> = {
	family: 'treffpunkt',
	friends: 'treffpunkt',
	quartier: 'nachbarschaftshilfe',
	professionals: 'beratung'
};
