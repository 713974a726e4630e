export { ExportButton } from './ExportButton';
export { deliverTable, EXPORT_FORMATS, type ExportFormat, type ExportTable } from './export-table';
export { peopleTable } from './people-export';
