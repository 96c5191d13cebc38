import { browser } from '$app/environment';
import { page } from '$app/state';

/**
 * The query of the page's address, read reactively. While a page is prerendered there is no
 * query (reading it would fail the build), so the fixed parts render as for a plain address and
 * the browser fills in the rest after hydration.
 */
export function addressSearch(): URLSearchParams {
	return browser ? page.url.searchParams : noQuery;
}

// Read only: nothing ever writes to the empty query.
const noQuery = new URLSearchParams();
