import {
  BoldOutlined,
  ItalicOutlined,
  OrderedListOutlined,
  PictureOutlined,
  RedoOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { useEditorState, type Editor } from '@tiptap/react';
import { Button, Divider, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  editor: Editor;
  disabled: boolean;
  onPickImage(): void;
}

function ToolButton(props: {
  label: string;
  icon: ReactNode;
  active?: boolean;
  disabled: boolean;
  onClick(): void;
}) {
  return (
    <Tooltip title={props.label}>
      <Button
        type={props.active ? 'primary' : 'text'}
        ghost={props.active}
        size="small"
        icon={props.icon}
        aria-label={props.label}
        aria-pressed={props.active === undefined ? undefined : props.active}
        disabled={props.disabled}
        // Keeps the selection in the editor while the button is pressed.
        onMouseDown={(e) => e.preventDefault()}
        onClick={props.onClick}
      />
    </Tooltip>
  );
}

function TextIcon({ children }: { children: string }) {
  return <span style={{ fontWeight: 600, fontSize: 12, lineHeight: 1 }}>{children}</span>;
}

/** The few formats training content needs; keyboard shortcuts (Ctrl+B, Ctrl+Z …) work as well. */
export function Toolbar({ editor, disabled, onPickImage }: Props) {
  const { t } = useTranslation('settings');
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  return (
    <div className="rich-text-toolbar" role="toolbar" aria-label={t('richText.toolbar')}>
      <ToolButton
        label={t('richText.bold')}
        icon={<BoldOutlined />}
        active={state.bold}
        disabled={disabled}
        onClick={() => chain().toggleBold().run()}
      />
      <ToolButton
        label={t('richText.italic')}
        icon={<ItalicOutlined />}
        active={state.italic}
        disabled={disabled}
        onClick={() => chain().toggleItalic().run()}
      />
      <Divider orientation="vertical" />
      <ToolButton
        label={t('richText.heading2')}
        icon={<TextIcon>H2</TextIcon>}
        active={state.h2}
        disabled={disabled}
        onClick={() => chain().toggleHeading({ level: 2 }).run()}
      />
      <ToolButton
        label={t('richText.heading3')}
        icon={<TextIcon>H3</TextIcon>}
        active={state.h3}
        disabled={disabled}
        onClick={() => chain().toggleHeading({ level: 3 }).run()}
      />
      <ToolButton
        label={t('richText.bulletList')}
        icon={<UnorderedListOutlined />}
        active={state.bullet}
        disabled={disabled}
        onClick={() => chain().toggleBulletList().run()}
      />
      <ToolButton
        label={t('richText.orderedList')}
        icon={<OrderedListOutlined />}
        active={state.ordered}
        disabled={disabled}
        onClick={() => chain().toggleOrderedList().run()}
      />
      <ToolButton
        label={t('richText.quote')}
        icon={<TextIcon>“”</TextIcon>}
        active={state.quote}
        disabled={disabled}
        onClick={() => chain().toggleBlockquote().run()}
      />
      <Divider orientation="vertical" />
      <ToolButton
        label={t('richText.image')}
        icon={<PictureOutlined />}
        disabled={disabled}
        onClick={onPickImage}
      />
      <Divider orientation="vertical" />
      <ToolButton
        label={t('richText.undo')}
        icon={<UndoOutlined />}
        disabled={disabled || !state.canUndo}
        onClick={() => chain().undo().run()}
      />
      <ToolButton
        label={t('richText.redo')}
        icon={<RedoOutlined />}
        disabled={disabled || !state.canRedo}
        onClick={() => chain().redo().run()}
      />
    </div>
  );
}
