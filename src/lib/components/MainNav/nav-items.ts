import * as icons from '$lib/icons/shell-icons';
import type { IconShape } from '$lib/icons/icons';

export interface NavItem {
	href: string;
	labelKey: 'nav.start' | 'nav.wishes' | 'nav.people' | 'nav.offers' | 'nav.share';
	icon: IconShape;
}

/** The five parts of nahbei, in the order of the main menu. */
export const mainNavItems: NavItem[] = [
	{ href: '/', labelKey: 'nav.start', icon: icons.home },
	{ href: '/wuensche', labelKey: 'nav.wishes', icon: icons.wishes },
	{ href: '/menschen', labelKey: 'nav.people', icon: icons.people },
	{ href: '/angebote', labelKey: 'nav.offers', icon: icons.offers },
	{ href: '/teilen', labelKey: 'nav.share', icon: icons.share }
];

/** Whether a menu entry belongs to the page at `pathname` (an offer belongs to Angebote). */
export function isCurrentSection(href: string, pathname: string): boolean {
	if (href === '/') return pathname === '/';
	return pathname === href || pathname.startsWith(`${href}/`);
}
