import type { IconName } from '../Icon/Icon.svelte';

export interface NavItem {
	href: string;
	labelKey: 'nav.start' | 'nav.wishes' | 'nav.people' | 'nav.offers' | 'nav.share';
	icon: IconName;
}

/** The five parts of nahbei, in the order of the main menu. */
export const mainNavItems: NavItem[] = [
	{ href: '/', labelKey: 'nav.start', icon: 'home' },
	{ href: '/wuensche', labelKey: 'nav.wishes', icon: 'wishes' },
	{ href: '/menschen', labelKey: 'nav.people', icon: 'people' },
	{ href: '/angebote', labelKey: 'nav.offers', icon: 'offers' },
	{ href: '/teilen', labelKey: 'nav.share', icon: 'share' }
];

/** Whether a menu entry belongs to the page at `pathname` (an offer belongs to Angebote). */
export function isCurrentSection(href: string, pathname: string): boolean {
	if (href === '/') return pathname === '/';
	return pathname === href || pathname.startsWith(`${href}/`);
}
