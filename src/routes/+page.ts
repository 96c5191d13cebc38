export { drawInOwnTask as load } from '$lib/pwa/page-task';
