// Photos and files: fetched from the channels, checked, stored in the database, served to staff and
// to the person who sent them, erased with the person's data.
export { attachments } from './attachment-tables.ts';
export {
  checkAttachment,
  cleanFileName,
  sniffType,
  ALLOWED_TYPES,
  type CheckedAttachment,
} from './check-attachment.ts';
export { createAttachmentQueue } from './queue-attachment-fetch.ts';
export { createAttachmentFetcher, MAX_FETCH_ATTEMPTS, type AttachmentFetchDeps } from './fetch-attachments.ts';
export {
  listAttachments,
  listPersonAttachments,
  readAttachment,
  readOutboundFile,
  readWebChatFile,
  type AttachmentInfo,
} from './list-attachments.ts';
export { storeInboundFile, storeOutboundFile } from './store-attachment.ts';
export { publicFileRoutes, PUBLIC_FILE_PATH } from './public-file-routes.ts';
export { deleteAttachments } from './delete-attachments.ts';
export { sendAttachment } from './send-attachment.ts';
export { downloadFile } from './download-file.ts';
export { receiveWithFiles } from './receive-with-file.ts';
