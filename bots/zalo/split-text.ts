export { splitMessage as splitText } from '../../src/split-message.ts';
