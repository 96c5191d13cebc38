/**
 * The eco-map layout: me in the centre, the four areas as quarter sectors in easyNWK's order
 * (Familie top right 0°–90°, Freunde top left 90°–180°, Quartier bottom left −180°–−90°, Profis
 * bottom right −90°–0°, angles with y up), and rings for sehr nah, nah and weiter weg, with an
 * outer band for gerade kein Kontakt. People are placed on arcs ("tracks") inside their band and
 * sector; a crowded band gets more tracks and grows, so markers never overlap.
 */
import { areas, type Area, type Closeness } from './basics';
import { sectorRange } from './placement';

/** Bands from the centre outwards; the outer band holds "gerade kein Kontakt". */
export const bandOrder = [1, 2, 3, 0] as const satisfies readonly Closeness[];

export interface LayoutPerson {
	id: string;
	area: Area;
	closeness: Closeness;
}

export interface LayoutOptions {
	/** Width and height of the square map, in SVG units. */
	size: number;
	/** Radius of one person's marker. */
	markerRadius: number;
	/** Space kept free between two markers and between a marker and any line; half a marker by default. */
	gap?: number;
	/** Radius of the centre circle (me). */
	egoRadius?: number;
}

/** A ring band, from its inner to its outer radius. */
export interface Band {
	closeness: Closeness;
	inner: number;
	outer: number;
}

export interface Marker {
	id: string;
	/** SVG coordinates: x to the right, y down. */
	x: number;
	y: number;
	/** Degrees, y up, as easyNWK measures them. */
	angle: number;
	/** Distance from the centre. */
	radius: number;
}

export interface EcoMapLayout {
	/** The map's size; larger than asked for when a crowded band had to grow. */
	size: number;
	centre: number;
	egoRadius: number;
	bands: Band[];
	markers: Marker[];
}

const toRadians = Math.PI / 180;
const sectorSpan = 90;

/**
 * How many markers fit on an arc of this radius across one sector, spread evenly with half a
 * step to each edge: neighbours need the chord 2r·sin(δ/2) ≥ step, and the edge ones need the
 * distance r·sin(pad) ≥ clearance to the sector line.
 */
function capacity(radius: number, step: number, clearance: number): number {
	if (radius <= clearance) return 0;
	const pad = Math.asin(clearance / radius) / toRadians;
	const between =
		step >= 2 * radius ? sectorSpan : (2 * Math.asin(step / (2 * radius))) / toRadians;
	return Math.max(0, Math.floor(Math.min(sectorSpan / between, sectorSpan / 2 / pad)));
}

/** Splits a number of people over tracks, in proportion to what each track holds. */
function share(count: number, capacities: number[]): number[] {
	let remaining = count;
	let room = capacities.reduce((sum, value) => sum + value, 0);
	return capacities.map((cap) => {
		const taken = room === 0 ? 0 : Math.min(cap, Math.ceil((remaining * cap) / room));
		remaining -= taken;
		room -= cap;
		return taken;
	});
}

/** The smallest run of tracks, centred in the band, that holds this many people. */
function trackWindow(count: number, capacities: number[]): [number, number] {
	for (let length = 1; length <= capacities.length; length++) {
		const start = Math.floor((capacities.length - length) / 2);
		const held = capacities.slice(start, start + length).reduce((sum, value) => sum + value, 0);
		if (held >= count) return [start, start + length];
	}
	return [0, capacities.length];
}

/** Places every person on the eco-map, deterministically and without overlapping markers. */
export function layoutEcoMap(
	people: readonly LayoutPerson[],
	options: LayoutOptions
): EcoMapLayout {
	const markerRadius = options.markerRadius;
	const gap = options.gap ?? markerRadius / 2;
	const egoRadius = options.egoRadius ?? Math.max(2 * markerRadius, options.size * 0.06);
	const step = 2 * markerRadius + gap;
	const clearance = step / 2;
	const outerEdge = options.size / 2 - gap;
	const defaultWidth = Math.max(step, (outerEdge - egoRadius) / bandOrder.length);

	const groups = new Map<string, LayoutPerson[]>();
	for (const person of people) {
		const key = `${person.closeness}|${person.area}`;
		groups.set(key, [...(groups.get(key) ?? []), person]);
	}

	const bands: Band[] = [];
	const placed: Marker[] = [];
	let inner = egoRadius;
	for (const closeness of bandOrder) {
		const sectors = areas.map((area) => groups.get(`${closeness}|${area}`) ?? []);
		const most = Math.max(...sectors.map((group) => group.length));
		// Add tracks, each one step further out, until the most crowded sector fits.
		const capacities: number[] = [];
		let held = 0;
		while (held < most) {
			const cap = capacity(inner + clearance + capacities.length * step, step, clearance);
			capacities.push(cap);
			held += cap;
		}
		const outer = Math.max(inner + defaultWidth, inner + capacities.length * step);
		// Tracks sit in the middle of a band that has room to spare.
		const offset = (outer - inner - capacities.length * step) / 2;
		const radii = capacities.map((_, k) => inner + clearance + offset + k * step);
		const roomy = radii.map((radius) => capacity(radius, step, clearance));

		areas.forEach((area, a) => {
			const group = sectors[a] ?? [];
			if (group.length === 0) return;
			const [from, to] = trackWindow(group.length, roomy);
			const counts = share(group.length, roomy.slice(from, to));
			const [start] = sectorRange[area];
			let next = 0;
			counts.forEach((count, t) => {
				const radius = radii[from + t] ?? inner;
				for (let i = 0; i < count; i++) {
					const person = group[next++];
					if (!person) continue;
					const angle = start + ((i + 0.5) * sectorSpan) / count;
					placed.push({
						id: person.id,
						angle,
						radius,
						x: radius * Math.cos(angle * toRadians),
						y: -radius * Math.sin(angle * toRadians)
					});
				}
			});
		});
		bands.push({ closeness, inner, outer });
		inner = outer;
	}

	const size = Math.max(options.size, 2 * (inner + gap));
	const centre = size / 2;
	const byId = new Map(placed.map((marker) => [marker.id, marker]));
	const markers = people.flatMap((person) => {
		const marker = byId.get(person.id);
		return marker ? [{ ...marker, x: centre + marker.x, y: centre + marker.y }] : [];
	});
	return { size, centre, egoRadius, bands, markers };
}
