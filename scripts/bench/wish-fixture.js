// One wish as the benchmarks store it: a full plan, as a person who used nahbei a while has.
import { aWish } from '../../tests/fixtures/builders.js';

/** A wish numbered `i`, written at `now`; `networkText` answers the question about people. */
export function benchWish(i, { now, networkText = '' }) {
	return aWish({
		text: `Ich möchte Nummer ${i} ausprobieren: mit anderen kochen, singen oder im Garten helfen.`,
		status: ['idea', 'started', 'done'][i % 3],
		answers: {
			self: { scale: 'someHelp', text: 'Ich frage nach.' },
			network: { text: networkText },
			others: { text: 'Ich bringe Kuchen mit.' }
		},
		firstStep: { text: `Ich rufe am Montag an (${i}).`, date: null },
		confirmedByMe: true,
		step: 8,
		createdAt: now
	});
}
