import { UnorderedListOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LANGUAGES, type Language } from '../../../../shared/contract';
import { useSession } from '../../app/session';
import { AttachmentSettings } from '../attachments';
import { BackupSettings } from '../backup';

export function SettingsPage() {
  const { t } = useTranslation(['settings', 'common']);
  const { appInfo, settings, language, setLanguage } = useSession();
  const navigate = useNavigate();
  return (
    <div className="page">
      <Typography.Title level={3}>{t('title')}</Typography.Title>
      <Card>
        <Descriptions column={1} bordered labelStyle={{ width: 200 }}>
          <Descriptions.Item label={<label htmlFor="settings-language">{t('language')}</label>}>
            <Radio.Group
              id="settings-language"
              aria-label={t('language')}
              value={language}
              onChange={(e) => void setLanguage(e.target.value as Language)}
              options={LANGUAGES.map((l) => ({ value: l, label: t(`common:language.${l}`) }))}
            />
            {settings.language === null && (
              <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                {t('languageHint')}
              </Typography.Paragraph>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('dataDir')}>
            <Typography.Text code copyable data-testid="data-dir">
              {appInfo.dataDir}
            </Typography.Text>
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
              {t('dataDirHint')}
              {appInfo.mode === 'browser' && <> {t('browserDataHint', { origin: window.location.origin })}</>}
            </Typography.Paragraph>
          </Descriptions.Item>
          <Descriptions.Item label={t('version')}>
            <span data-testid="app-version">{appInfo.version}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('mode')}>{t(`modes.${appInfo.mode}`)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('lists.link')}>
        <Typography.Paragraph type="secondary">{t('lists.linkHint')}</Typography.Paragraph>
        <Button icon={<UnorderedListOutlined />} onClick={() => void navigate('/settings/lists')}>
          {t('lists.open')}
        </Button>
      </Card>
      <BackupSettings />
      <AttachmentSettings />
    </div>
  );
}
