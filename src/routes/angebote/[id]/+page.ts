// Offers come from the catalogue on the device, so their pages cannot be prerendered.
export const prerender = false;

export function load({ params }) {
	// Through load, the id arrives together with the new page: no flash of "not found".
	return { id: params.id };
}
