import { memo, useMemo } from 'react';
import type { Card } from '../../shared/model';
import { useSettledTheory } from '../state/settledTheory';
import { TextListField } from './TextListField';
import { targetGroupSuggestions } from './textList';

interface TargetGroupsFieldProps {
  label: string;
  values: Card['targetGroups'];
  onChange: (targetGroups: string[]) => void;
  suggestLabel: (value: string) => string;
}

/**
 * A card's target groups, with the theory's own list as suggestions. The suggestions go
 * through every card: worked out from the theory as of the frame after an edit
 * (useSettledTheory), once per change, so an edit elsewhere paints without them; and only
 * this field follows them, not the rest of the card's research tags.
 */
export const TargetGroupsField = memo(function TargetGroupsField({ label, values, onChange, suggestLabel }: TargetGroupsFieldProps) {
  const settled = useSettledTheory();
  const suggestions = useMemo(() => targetGroupSuggestions(settled), [settled]);
  return <TextListField label={label} values={values} onChange={onChange} suggestions={suggestions} suggestLabel={suggestLabel} />;
});
