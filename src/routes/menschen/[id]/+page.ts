// People live only on the device, so their pages cannot be prerendered.
export const prerender = false;

export { drawInOwnTask as load } from '$lib/pwa/page-task';
