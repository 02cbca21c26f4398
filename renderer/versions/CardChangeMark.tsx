import type { ChangeMark } from '../../shared/versions/marks';

/** On a card while a version is compared: "new" or "changed" (the border colour follows it in CSS). The card asks for its mark (it names a block card by it too). */
export function CardChangeMark({ mark, text }: { mark: ChangeMark; text: string }) {
  return <span className={`version-mark mark-${mark}`}>{text}</span>;
}
