import { Result, Spin } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/error-message';
import { db } from '../../../db';
import { ImportWizard } from '../ImportWizard';
import { copiesImporter, loadCatalogueDirectory, type CatalogueDirectory } from './copies';

/** The wizard with the copies importer, once the catalogue's titles and editions are known. */
export function CopiesImportPage() {
  const { t } = useTranslation('common');
  const [directory, setDirectory] = useState<CatalogueDirectory | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    loadCatalogueDirectory(db)
      .then((d) => !cancelled && setDirectory(d))
      .catch((error: unknown) => !cancelled && setFailure(errorMessage(t, error)));
    return () => {
      cancelled = true;
    };
  }, [t]);
  const importer = useMemo(() => (directory ? copiesImporter(directory) : null), [directory]);
  if (failure) return <Result status="error" title={failure} />;
  if (!importer) return <Spin />;
  return <ImportWizard importer={importer} listPath="/lending/copies" />;
}
