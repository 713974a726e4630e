import { ImportWizard } from './ImportWizard';
import { peopleImporter } from './importers/people';

export function PeopleImportPage() {
  return <ImportWizard importer={peopleImporter} listPath="/people" />;
}
