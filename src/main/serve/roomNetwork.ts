import os from 'node:os';
import type { Core } from '../core';
import type { RoomHost } from '../core/host';
import type { StationAuth } from '../core/stations';
import type { NetworkAddress } from '../../shared/types';
import { createKioskServer } from './kioskServer';
import type { ServeListener } from './server';

/** This machine's addresses people in the room could reach: not loopback, not IPv6 link-local (it needs a zone). */
export function roomAddresses(interfaces = os.networkInterfaces()): NetworkAddress[] {
  const out: NetworkAddress[] = [];
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      if (info.internal || info.address.toLowerCase().startsWith('fe80:')) continue;
      out.push({ address: info.address, family: info.family === 'IPv6' ? 'IPv6' : 'IPv4', interface: name });
    }
  }
  // IPv4 first: the shorter address to type.
  return out.sort((a, b) => (a.family === b.family ? 0 : a.family === 'IPv4' ? -1 : 1));
}

export interface RoomNetworkOptions {
  /** The core, once it exists (the host is made before it). */
  core: () => Core;
  rendererDir: string;
  addresses?: () => NetworkAddress[];
  /** Paired stations (`stationAuth(db)`); without it, nothing pairs. */
  stations?: StationAuth;
}

/**
 * The room network's listener (DESIGN §5), one module for the desktop app and serve mode: a second
 * kiosk-server instance — learner side only, its own sessions — opened and closed by the admin.
 * Opening and closing are queued, so two quick clicks never leave two listeners.
 */
export function createRoomNetwork(o: RoomNetworkOptions): RoomHost {
  let current: { listener: ServeListener; address: string; port: number } | null = null;
  let phonesAllowed = true;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };
  const closeNow = async (): Promise<void> => {
    const open = current;
    current = null;
    await open?.listener.close();
  };
  return {
    addresses: o.addresses ?? (() => roomAddresses()),
    origin: () => current?.listener.origin() ?? null,
    open: (address, port, options) =>
      serial(async () => {
        phonesAllowed = options.phonesAllowed;
        if (current && current.address === address && current.port === port) return { origin: current.listener.origin() };
        await closeNow();
        const listener = createKioskServer({
          core: o.core(),
          rendererDir: o.rendererDir,
          host: address,
          port,
          room: { phonesAllowed: () => phonesAllowed, stations: o.stations },
        });
        await listener.listen();
        current = { listener, address, port };
        return { origin: listener.origin() };
      }),
    close: () => serial(closeNow),
  };
}
