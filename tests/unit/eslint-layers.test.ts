import { RuleTester } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import layers from '../../scripts/eslint-layers.js';

RuleTester.describe = describe;
// RuleTester checks with node:assert; each case counts as an assertion through expect.
RuleTester.it = (name: string, check: () => void) => it(name, () => expect(check).not.toThrow());
RuleTester.itOnly = RuleTester.it;

const src = (file: string) => path.resolve(import.meta.dirname, '../../src', file);
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });
const rule = layers.rules.layers;

tester.run('nahbei/layers', rule, {
	valid: [
		// Downwards, and within a layer.
		{
			filename: src('routes/wuensche/WishFlow.ts'),
			code: "import '$lib/wishes/wish-draft.svelte';"
		},
		{ filename: src('routes/menschen/neu/page.ts'), code: "import '../choices';" },
		{ filename: src('lib/wishes/answers.ts'), code: "import '$lib/db/wish-schema';" },
		{ filename: src('lib/db/database.ts'), code: "import './migrations'; import 'dexie';" },
		{
			filename: src('lib/wishes/wishes.svelte.ts'),
			code: "import '$lib/storage/live-query.svelte';"
		},
		// Shared components may read app-wide state.
		{
			filename: src('lib/components/HardWord/HardWord.ts'),
			code: "import '$lib/settings/settings.svelte'; import '$lib/i18n/i18n.svelte';"
		},
		// Tests may reach anything.
		{ filename: src('lib/db/x.test.ts'), code: "import '$lib/wishes/model';" }
	],
	invalid: [
		{
			filename: src('lib/db/connection.ts'),
			code: "import '$lib/pwa/unsaved.svelte';",
			errors: [{ message: /lib\/db imports nothing of the app/ }]
		},
		{
			filename: src('lib/db/settings-schema.ts'),
			code: "import '../kiosk/pin-schema';",
			errors: [{ message: /lib\/db imports nothing of the app/ }]
		},
		{
			filename: src('lib/db/storage.ts'),
			code: "import { tick } from 'svelte';",
			errors: [{ message: /knows nothing of Svelte/ }]
		},
		{
			filename: src('lib/offers/offer-words.ts'),
			code: "import '$lib/components/Icon/Icon.svelte';",
			errors: [{ message: /domain module may not import the component layer/ }]
		},
		{
			filename: src('lib/components/VisitEnd/VisitEnd.ts'),
			code: "import '$lib/db/connection';",
			errors: [{ message: /do not open the database/ }]
		},
		{
			filename: src('lib/components/SiteHeader/SiteHeader.ts'),
			code: "import('$lib/kiosk/kiosk.svelte');",
			errors: [{ message: /not feature state/ }]
		},
		{
			filename: src('routes/lotse/page.ts'),
			code: "import '../teilen/SharedContent.svelte';",
			errors: [{ message: /Route folders do not import each other/ }]
		},
		{
			filename: src('lib/wishes/model.ts'),
			code: "export * from '$lib/wishes/wishes.svelte';",
			errors: [{ message: /domain module may not import the state layer/ }]
		}
	]
});
