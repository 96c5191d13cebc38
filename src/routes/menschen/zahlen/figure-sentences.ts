// The sentences of "Was sagt mir das?": describe.ts's parts, with one sentence for every area,
// also the empty ones, which point to a kind of offer in the Quartier.
import { describeFigures, type SpokenPart } from '$lib/network/describe';
import { computeFigures, type NetworkFigures } from '$lib/network/figures';
import { areas, type Person, type Tie } from '$lib/network/basics';
import type { OfferCategory } from '$lib/offers/offer';
import { offerForEmptyArea } from '../pictures';

/** One sentence to show, and for an empty area the offers that may help. */
export interface FigureSentence extends SpokenPart {
	offer?: OfferCategory;
}

/**
 * The figures of the network as sentence parts, in the order they are read. A page that shows
 * the figures in other ways too passes them in, so they are worked out once.
 */
export function figureSentences(
	people: readonly Person[],
	ties: readonly Tie[],
	figures: NetworkFigures = computeFigures(people, ties)
): FigureSentence[] {
	const parts = describeFigures(figures, people);
	const perArea: FigureSentence[] = areas.map((area) => {
		const size = figures.groups[area].size;
		if (size.connectable === 0) {
			return { key: `network.figures.areaEmpty.${area}`, area, offer: offerForEmptyArea[area] };
		}
		return { key: `network.figures.areaCount.${area}`, area, count: size.connected };
	});
	const [size, ...rest] = parts;
	return [
		...(size ? [size] : []),
		...perArea,
		...rest.filter((part) => part.key !== 'network.figures.areaCount')
	];
}
