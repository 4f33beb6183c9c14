import { i18n, useTransitionDialog } from '@jiguan/kit';
import type { RectificationItemAction, RectificationStatus } from '../../../generated/graphql';
import type { RectificationCard } from './rectification-items-query';
import { rectificationSteps } from './rectification-mutations';

export interface RectificationMove {
  item: RectificationCard;
  action: RectificationItemAction;
}

/**
 * Moves an item one step with its note. A refusal (CONFLICT when someone moved it first, FORBIDDEN
 * without the right) stays in the dialog. `onMoved` gets the columns to refresh: the one the item
 * left and the one the server put it in, or every column after a CONFLICT (where it went is unknown).
 */
export function useRectificationTransition(onMoved: (statuses: readonly RectificationStatus[] | 'all') => void) {
  return useTransitionDialog({
    emptyForm: () => ({ note: '' }),
    comment: ({ action }: RectificationMove) => {
      const required = rectificationSteps[action].noteRequired;
      return {
        prop: 'note',
        label: i18n.global.t(required ? 'assets.rectification.noteRequired' : 'assets.rectification.noteOptional'),
        required,
        requiredMessage: i18n.global.t('assets.rule.noteRequired'),
      };
    },
    send: async ({ item, action }, form) => (await rectificationSteps[action].send(item.id, form.note.trim())).moved,
    doneText: ({ action }) => i18n.global.t(`assets.rectification.done.${action}`),
    onChanged: ({ item }, moved) => onMoved(moved ? [...new Set([item.status, moved.status])] : 'all'),
  });
}
