// People live only on the device, so their pages cannot be prerendered.
export const prerender = false;
