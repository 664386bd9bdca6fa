export interface DataEditorProps {
  data: Record<string, unknown>;
  onChange: (data: Record<string, unknown>) => void;
}
