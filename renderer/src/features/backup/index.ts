export { BackupSettings } from './BackupSettings';
export { useAutoBackup } from './use-auto-backup';
