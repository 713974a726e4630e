import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../shared/domain/record';
import { errorMessage } from '../../app/error-message';
import { platform } from '../../platform';
import { printReport } from '../print';
import { labelsRoute } from './label-route';
import type { LabelSelection } from './queries';

/**
 * Prints a sheet of barcode labels like every other report: the desktop app saves an A4 PDF, browser
 * mode opens the sheet in a tab with the print dialog.
 */
export function usePrintLabels() {
  const { t } = useTranslation(['copies', 'print', 'common']);
  const { message } = App.useApp();
  const [printing, setPrinting] = useState(false);
  const print = async (selection: LabelSelection) => {
    setPrinting(true);
    try {
      const printed = await printReport(platform, {
        route: labelsRoute(selection),
        fileName: t('labels.fileName', { date: localDate(new Date()) }),
        title: t('labels.title'),
      });
      if (printed === 'saved') void message.success(t('print:saved'));
    } catch (error) {
      void message.error(errorMessage(t, error));
    } finally {
      setPrinting(false);
    }
  };
  return { print, printing };
}
