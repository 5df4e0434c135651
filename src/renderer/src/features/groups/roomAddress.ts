/** A room link without its scheme: what people type if the QR code fails (phones add `http://`). */
export const typedAddress = (url: string): string => url.replace(/^http:\/\//, '');
