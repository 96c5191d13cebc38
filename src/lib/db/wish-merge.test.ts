import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	changedPaths,
	mergeWishChange,
	textPaths,
	valueAt,
	withValueAt,
	wishPaths,
	type WishChange,
	type WishPath
} from './wish-merge';
import { emptyWish, type WishFields } from './wish-schema';

describe('merging the change of one field', () => {
	it('changes only the fields named, and keeps every other answer', () => {
		const stored = withValueAt(emptyWish(), 'answers.network.text', 'Meine Schwester');
		const { next, conflicts } = mergeWishChange(stored, {
			'answers.others.text': { base: '', value: 'Einkaufen für Frau Meier' }
		});
		expect(conflicts).toEqual([]);
		expect(next.answers.network.text).toBe('Meine Schwester');
		expect(next.answers.others.text).toBe('Einkaufen für Frau Meier');
	});

	it('gives back both texts when another place changed the same text', () => {
		const stored = withValueAt(emptyWish(), 'text', 'Schwimmen');
		const { next, conflicts } = mergeWishChange(stored, {
			text: { base: '', value: 'Malen' }
		});
		expect(next.text).toBe('Schwimmen');
		expect(conflicts).toEqual([{ path: 'text', theirs: 'Schwimmen', mine: 'Malen' }]);
	});

	it('combines people added in two places', () => {
		const a = crypto.randomUUID();
		const b = crypto.randomUUID();
		const stored = withValueAt(emptyWish(), 'answers.network.peopleIds', [a]);
		const { next } = mergeWishChange(stored, {
			'answers.network.peopleIds': { base: [], value: [b] }
		});
		expect(next.answers.network.peopleIds).toEqual([a, b]);
	});

	it('writes a picture answer to a wish that had none, and keeps the other questions', () => {
		const before = emptyWish();
		const after = withValueAt(before, 'pictureAnswers.others', {
			pictures: ['bake'],
			feeling: 'good'
		});
		expect(changedPaths(before, after)).toEqual(['pictureAnswers.others']);
		const stored = withValueAt(emptyWish(), 'pictureAnswers.self', {
			pictures: [],
			feeling: 'bad'
		});
		const change: WishChange = {
			'pictureAnswers.others': { base: undefined, value: { pictures: ['bake'], feeling: 'good' } }
		};
		const { next } = mergeWishChange(stored, change);
		expect(next.pictureAnswers).toEqual({
			self: { pictures: [], feeling: 'bad' },
			others: { pictures: ['bake'], feeling: 'good' }
		});
	});

	it('names the changed fields', () => {
		const before = emptyWish();
		const after = withValueAt(withValueAt(before, 'step', 3), 'answers.self.scale', 'alone');
		expect(changedPaths(before, after)).toEqual(['step', 'answers.self.scale']);
	});
});

// Two writers (two tabs) on one stored wish. Each sees the stored wish as of its last refresh,
// collects the fields it changes with the value it saw, and writes only those.
type Writer = {
	known: WishFields;
	pending: WishChange;
	conflicts: Set<WishPath>;
	last: Map<WishPath, unknown>;
	seen: Map<WishPath, unknown[]>;
	added: Set<string>;
};

const editable = wishPaths.filter(
	(path) => textPaths.includes(path) || path === 'answers.network.peopleIds' || path === 'step'
);

const operation = fc.oneof(
	fc.record({
		kind: fc.constant('edit' as const),
		writer: fc.integer({ min: 0, max: 1 }),
		path: fc.constantFrom(...editable)
	}),
	fc.record({ kind: fc.constant('save' as const), writer: fc.integer({ min: 0, max: 1 }) }),
	fc.record({ kind: fc.constant('refresh' as const), writer: fc.integer({ min: 0, max: 1 }) })
);

describe('two writers in any order', () => {
	it('never lose a field that only one of them changed, nor a text both changed', () => {
		fc.assert(
			fc.property(fc.array(operation, { maxLength: 40 }), (operations) => {
				let stored: WishFields = emptyWish();
				const writers: Writer[] = [0, 1].map(() => ({
					known: stored,
					pending: {},
					conflicts: new Set(),
					last: new Map(),
					seen: new Map(),
					added: new Set()
				}));
				let counter = 0;
				const save = (writer: Writer) => {
					const { next, conflicts } = mergeWishChange(stored, writer.pending);
					for (const conflict of conflicts) writer.conflicts.add(conflict.path);
					stored = next;
					writer.known = stored;
					writer.pending = {};
				};
				for (const op of operations) {
					const writer = writers[op.writer] as Writer;
					if (op.kind === 'save') save(writer);
					else if (op.kind === 'refresh') writer.known = stored;
					else if (!writer.conflicts.has(op.path)) {
						counter += 1;
						const seen = writer.pending[op.path]?.value ?? valueAt(writer.known, op.path);
						let value: unknown = `${op.writer}-${counter}`;
						if (op.path === 'step') value = (counter % 8) + 1;
						if (op.path === 'answers.network.peopleIds') {
							const id = crypto.randomUUID();
							writer.added.add(id);
							value = [...(seen as string[]), id];
						}
						const base = writer.pending[op.path]?.base ?? valueAt(writer.known, op.path);
						writer.pending = { ...writer.pending, [op.path]: { base, value } };
						writer.last.set(op.path, value);
						writer.seen.set(op.path, [...(writer.seen.get(op.path) ?? []), base]);
					}
				}
				writers.forEach(save);

				for (const [index, writer] of writers.entries()) {
					const other = writers[1 - index] as Writer;
					for (const [path, value] of writer.last) {
						if (path === 'answers.network.peopleIds') continue;
						// A field only this writer changed holds its last value.
						if (!other.last.has(path)) expect(valueAt(stored, path)).toEqual(value);
						// A text both changed is replaced only by a writer who saw it; otherwise the
						// writer is told.
						else if (textPaths.includes(path) && valueAt(stored, path) !== value)
							expect(
								writer.conflicts.has(path) || (other.seen.get(path) ?? []).includes(value)
							).toBe(true);
					}
					// Every person a writer added is still there.
					for (const id of writer.added) expect(stored.answers.network.peopleIds).toContain(id);
				}
			})
		);
	});
});
