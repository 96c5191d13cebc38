import { describe, expect, it, vi } from 'vitest';
import { AppUpdate, type ServiceWorkerHost } from './update.svelte';
import { unsavedWork } from './unsaved.svelte';

type Listener = (event: { isUpdate?: boolean }) => void;

function fakeHost() {
	const listeners: Record<string, Listener[]> = {};
	const host: ServiceWorkerHost & { fire(type: string, event?: { isUpdate?: boolean }): void } = {
		addEventListener: (type, listener) => {
			(listeners[type] ??= []).push(listener);
		},
		register: vi.fn(async () => undefined),
		messageSkipWaiting: vi.fn(),
		fire: (type, event = {}) => listeners[type]?.forEach((listener) => listener(event))
	};
	return host;
}

describe('AppUpdate', () => {
	it('offers the update when a new service worker waits', async () => {
		const update = new AppUpdate(vi.fn());
		const host = fakeHost();
		const onUpdateAvailable = vi.fn();
		await update.start(host, { onUpdateAvailable });
		expect(update.available).toBe(false);
		host.fire('waiting');
		expect(update.available).toBe(true);
		expect(onUpdateAvailable).toHaveBeenCalledOnce();
	});

	it('says "works offline" only on the first install, not on updates', async () => {
		const onOfflineReady = vi.fn();
		const host = fakeHost();
		await new AppUpdate(vi.fn()).start(host, { onOfflineReady });
		host.fire('installed', { isUpdate: true });
		expect(onOfflineReady).not.toHaveBeenCalled();
		host.fire('installed', { isUpdate: false });
		expect(onOfflineReady).toHaveBeenCalledOnce();
	});

	it('never reloads when another tab activates the new version', async () => {
		const reload = vi.fn();
		const host = fakeHost();
		await new AppUpdate(reload).start(host);
		host.fire('waiting');
		host.fire('controlling');
		expect(reload).not.toHaveBeenCalled();
	});

	it('reloads after the person asked for the new version', async () => {
		const reload = vi.fn();
		const host = fakeHost();
		const update = new AppUpdate(reload);
		await update.start(host);
		host.fire('waiting');
		expect(await update.applyUpdate()).toBe(true);
		expect(host.messageSkipWaiting).toHaveBeenCalledOnce();
		host.fire('controlling');
		expect(reload).toHaveBeenCalledOnce();
	});

	it('saves every draft itself first, then loads the new version', async () => {
		const host = fakeHost();
		const update = new AppUpdate(vi.fn());
		await update.start(host);
		host.fire('waiting');
		const order: string[] = [];
		host.messageSkipWaiting = vi.fn(() => void order.push('reload'));
		unsavedWork.set('wish-draft', true);
		const forget = unsavedWork.onSaveNow('wish-draft', async () => {
			order.push('saved');
			unsavedWork.set('wish-draft', false);
		});
		try {
			expect(await update.applyUpdate()).toBe(true);
			expect(order).toEqual(['saved', 'reload']);
			expect(update.blockedByUnsaved).toBe(false);
		} finally {
			forget();
			unsavedWork.set('wish-draft', false);
		}
	});

	it('does not reload while a form waits for its own save button, and says why', async () => {
		const reload = vi.fn();
		const host = fakeHost();
		const update = new AppUpdate(reload);
		await update.start(host);
		host.fire('waiting');
		unsavedWork.set('wish-form', true);
		try {
			expect(await update.applyUpdate()).toBe(false);
			expect(update.blockedByUnsaved).toBe(true);
			expect(host.messageSkipWaiting).not.toHaveBeenCalled();
		} finally {
			unsavedWork.set('wish-form', false);
		}
		expect(await update.applyUpdate()).toBe(true);
	});

	it('keeps working when registration fails', async () => {
		const host = fakeHost();
		host.register = vi.fn(async () => {
			throw new Error('no service worker here');
		});
		await expect(new AppUpdate(vi.fn()).start(host)).resolves.toBeUndefined();
	});
});
