import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttachmentRef } from '../../../../shared/domain/attachment';
import { errorMessage } from '../../app/error-message';
import { completeDelivery, platform, triggerDownload } from '../../platform';

/** Open with the OS, save a copy: the desktop app asks the main process, a browser uses links. */
export function useAttachmentActions() {
  const { t } = useTranslation('attachments');
  const { message } = App.useApp();
  const fail = (error: unknown) => void message.error(errorMessage(t, error));

  const open = async (attachment: AttachmentRef) => {
    try {
      const { opened } = await platform.call('attachmentOpen', { attachment });
      if (!opened) window.open(platform.attachmentUrl(attachment, false), '_blank', 'noopener');
    } catch (error) {
      fail(error);
    }
  };

  const saveCopy = async (attachment: AttachmentRef) => {
    try {
      if (platform.kind === 'browser') {
        triggerDownload(platform.attachmentUrl(attachment, true), attachment.name);
        return;
      }
      const delivery = await platform.call('attachmentSaveCopy', { attachment });
      if (completeDelivery(platform, delivery)) void message.success(t('saved', { name: attachment.name }));
    } catch (error) {
      fail(error);
    }
  };

  return { open, saveCopy };
}
