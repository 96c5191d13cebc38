import { drawInOwnTask } from '$lib/pwa/page-task';

// Offers come from the catalogue on the device, so their pages cannot be prerendered.
export const prerender = false;

export async function load(event) {
	await drawInOwnTask(event);
	// Through load, the id arrives together with the new page: no flash of "not found".
	return { id: event.params.id };
}
