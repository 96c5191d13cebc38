// One wish as the benchmarks store it: a full plan, as a person who used nahbei a while has.

/** A wish numbered `i`, written at `now`; `networkText` answers the question about people. */
export function benchWish(i, { now, networkText = '' }) {
	return {
		id: crypto.randomUUID(),
		text: `Ich möchte Nummer ${i} ausprobieren: mit anderen kochen, singen oder im Garten helfen.`,
		pictogram: null,
		status: ['idea', 'started', 'done'][i % 3],
		paused: false,
		answers: {
			self: { scale: 'someHelp', text: 'Ich frage nach.' },
			network: { peopleIds: [], text: networkText },
			quartier: { offerIds: [], text: '' },
			professionals: { peopleIds: [], text: '' },
			others: { text: 'Ich bringe Kuchen mit.' }
		},
		firstStep: { text: `Ich rufe am Montag an (${i}).`, date: null },
		author: { kind: 'me' },
		confirmedByMe: true,
		suggestions: [],
		step: 8,
		createdAt: now,
		updatedAt: now
	};
}
