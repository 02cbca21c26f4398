import type { ReactFlowInstance } from '@xyflow/react';
import type { Language } from '../../shared/model';
import type { Services } from '../state/services';

/** What an action's perform and predicates may use: the window's services and its view. */
export interface ActionContext extends Services {
  flow: () => ReactFlowInstance | null;
  setLanguage: (language: Language) => void;
}
