export { AttachmentField } from './AttachmentField';
export { AttachmentList } from './AttachmentList';
export { AttachmentSettings } from './AttachmentSettings';
export { formatBytes } from './format-bytes';
export { referencedAttachments } from './referenced';
