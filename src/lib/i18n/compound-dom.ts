// Shows compound marks to the eye and hides them from screen readers.
//
// Texts from i18next carry an invisible joint before each compound mark (see compounds.ts). This
// watcher moves such text into a span where the mark sits in <span class="joint" aria-hidden="true">:
// sighted readers see "Haupt-Menü", the accessibility tree gets "HauptMenü", one word. Names set
// in attributes (aria-label) get the whole word; attributes people see (title, placeholder) and
// text that cannot hold elements (option, title, textarea) only lose the invisible joint.
//
// Svelte keeps writing to the text node it made, which stays in place, empty; the span after it is
// remembered here, and rebuilt whenever Svelte changes or removes that node.
import { JOINT, joinCompounds, plainCompounds } from './compounds';

const NAME_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription'];
const SHOWN_ATTRIBUTES = ['title', 'placeholder', 'alt', 'value'];
const PLAIN_TEXT_PARENTS = new Set(['OPTION', 'TITLE', 'TEXTAREA', 'SCRIPT', 'STYLE']);
// An SVG's title and description are its name: whole words, like aria-label.
const NAME_TEXT_PARENTS = new Set(['title', 'desc']);
const SHOWN_MARK = /\u2060([-·])/u;

/** Starts watching `root` and everything below it; returns a function that stops. */
export function watchCompounds(root: HTMLElement): () => void {
	const pieces = new WeakMap<Text, Node[]>();

	const clear = (node: Text) => {
		for (const piece of pieces.get(node) ?? []) piece.parentNode?.removeChild(piece);
		pieces.delete(node);
	};

	const splitText = (node: Text) => {
		const parent = node.parentNode;
		if (!parent) return;
		if (PLAIN_TEXT_PARENTS.has(parent.nodeName)) {
			node.nodeValue = plainCompounds(node.nodeValue ?? '');
			return;
		}
		if (NAME_TEXT_PARENTS.has(parent.nodeName)) {
			node.nodeValue = joinCompounds(node.nodeValue ?? '');
			return;
		}
		const parts = (node.nodeValue ?? '').split(SHOWN_MARK);
		// All pieces go into one inline span, and Svelte's own node is left empty: in a flex
		// container (a button) loose pieces would become items of their own, with gaps and
		// spaces in the name.
		const wrapper = document.createElement('span');
		wrapper.className = 'compound-text';
		wrapper.append(parts[0] ?? '');
		// split() with a group gives text, mark, text, mark, … text.
		for (let index = 1; index < parts.length; index += 2) {
			const joint = document.createElement('span');
			joint.className = 'joint';
			joint.setAttribute('aria-hidden', 'true');
			joint.textContent = parts[index] ?? '';
			// The first letter of the next part is lower case in the whole word ("Schriftgröße");
			// read-aloud gets it so through CSS (app.css), the screen shows it as written.
			const rest = parts[index + 1] ?? '';
			const letter = document.createElement('span');
			letter.className = 'joint-next';
			letter.textContent = rest.slice(0, 1);
			wrapper.append(joint, letter, rest.slice(1));
		}
		node.nodeValue = '';
		parent.insertBefore(wrapper, node.nextSibling);
		pieces.set(node, [wrapper]);
	};

	// Most elements have no attribute that can hold a compound: only those that do are read.
	const fixAttributes = (element: Element) => {
		if (!element.hasAttributes()) return;
		const attributes = element.attributes;
		for (let index = 0; index < attributes.length; index++) {
			const attribute = attributes[index];
			if (!attribute?.value.includes(JOINT)) continue;
			if (NAME_ATTRIBUTES.includes(attribute.name)) {
				element.setAttribute(attribute.name, joinCompounds(attribute.value));
			} else if (SHOWN_ATTRIBUTES.includes(attribute.name)) {
				element.setAttribute(attribute.name, plainCompounds(attribute.value));
			}
		}
	};

	const visit = (node: Node) => {
		if (node instanceof Text) {
			if (node.nodeValue?.includes(JOINT)) splitText(node);
			return;
		}
		if (!(node instanceof Element)) return;
		fixAttributes(node);
		const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
		const found: Node[] = [];
		for (let current = walker.nextNode(); current; current = walker.nextNode()) found.push(current);
		for (const current of found) {
			if (current instanceof Text) {
				if (current.nodeValue?.includes(JOINT)) splitText(current);
			} else if (current instanceof Element) fixAttributes(current);
		}
	};

	const observer = new MutationObserver((records) => {
		for (const record of records) {
			if (record.type === 'characterData' && record.target instanceof Text) {
				clear(record.target);
				visit(record.target);
			} else if (record.type === 'attributes' && record.target instanceof Element) {
				fixAttributes(record.target);
			} else if (record.type === 'childList') {
				for (const removed of record.removedNodes) {
					if (removed instanceof Text && !removed.isConnected) clear(removed);
				}
				for (const added of record.addedNodes) visit(added);
			}
		}
		// What this callback changed itself needs no second look.
		observer.takeRecords();
	});
	visit(root);
	observer.observe(root, {
		subtree: true,
		childList: true,
		characterData: true,
		attributes: true,
		attributeFilter: [...NAME_ATTRIBUTES, ...SHOWN_ATTRIBUTES]
	});
	return () => observer.disconnect();
}
