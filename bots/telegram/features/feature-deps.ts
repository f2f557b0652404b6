import type { Logger } from 'pino';
import type { InboundContent } from '../../../src/channels.ts';
import type { InboundSource } from '../build-inbound-message.ts';

/** What every feature gets from createTelegramBot. */
export type FeatureDeps = {
  /** Builds the InboundMessage and awaits the core's receive; a core failure rejects. */
  receive(source: InboundSource, content: InboundContent): Promise<void>;
  logger: Logger;
  now(): Date;
};
