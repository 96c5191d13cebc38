import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import layers from './scripts/eslint-layers.js';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		plugins: { nahbei: layers },
		rules: { 'nahbei/layers': 'error' }
	},
	{
		rules: {
			// Raw HTML would bypass escaping and our i18n checks.
			'svelte/no-at-html-tags': 'error',
			// nahbei is always served from the root of its origin (the service worker's scope is
			// '/'), so there is no base path for resolve() to add.
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			// No stores (see the style guide): state lives in runes, the page in `$app/state`.
			// Forbidding the imports makes the store rule below moot; that rule reads the types of
			// every Svelte file and took 95 % of the time of a whole lint run.
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{ name: 'svelte/store', message: 'Use runes ($state, $derived) instead of stores.' },
						{ name: '$app/stores', message: 'Use $app/state instead of $app/stores.' }
					]
				}
			],
			'svelte/require-store-reactive-access': 'off'
		}
	}
);
