import { BarcodeOutlined } from '@ant-design/icons';
import { Form, Input, type InputRef } from 'antd';
import { useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { normaliseScan } from './scan';

interface Props {
  id: string;
  testId: string;
  label: ReactNode;
  placeholder: string;
  /** Called with the cleaned code; the field is already empty again for the next scan. */
  onScan(code: string): void;
  ref?: Ref<InputRef>;
  autoFocus?: boolean;
  disabled?: boolean;
  extra?: ReactNode;
}

/**
 * A field a USB barcode scanner types into: characters, then Enter. Enter hands the code over and
 * empties the field at once, so the next scan never mixes with the last one while it commits.
 */
export function ScanField({
  id,
  testId,
  label,
  placeholder,
  onScan,
  ref,
  autoFocus,
  disabled,
  extra,
}: Props) {
  const [value, setValue] = useState('');
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter that ends an input-method composition picks characters; it is not the end of a scan.
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    e.preventDefault();
    const code = normaliseScan(e.currentTarget.value);
    setValue('');
    if (code !== null) onScan(code);
  };
  return (
    <Form layout="vertical" component="div" className="desk-scan">
      <Form.Item label={label} htmlFor={id} extra={extra} style={{ marginBottom: 0 }}>
        <Input
          id={id}
          ref={ref}
          data-testid={testId}
          size="large"
          prefix={<BarcodeOutlined aria-hidden />}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          autoFocus={autoFocus}
          disabled={disabled}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </Form.Item>
    </Form>
  );
}
