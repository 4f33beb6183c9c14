import { i18n, useTransitionDialog } from '@jiguan/kit';
import type { RectificationStatus } from '../../../generated/graphql';
import type { RectificationCard } from './rectification-items-query';
import { type RectificationAction, rectificationSteps } from './rectification-mutations';

export interface RectificationMove {
  item: RectificationCard;
  action: RectificationAction;
}

/**
 * Moves an item one step with its note. A refusal (CONFLICT when someone moved it first, FORBIDDEN
 * without the right) stays in the dialog. `onMoved` gets the columns to refresh: the one the item
 * left and the one the server put it in, or every column after a CONFLICT (where it went is unknown).
 */
export function useRectificationTransition(onMoved: (statuses: readonly RectificationStatus[] | 'all') => void) {
  return useTransitionDialog({
    emptyForm: () => ({ note: '' }),
    send: async ({ item, action }: RectificationMove, form) => (await rectificationSteps[action].send(item.id, form.note.trim())).moved,
    doneText: ({ action }) => i18n.global.t(`assets.rectification.done.${action}`),
    onChanged: ({ item }, moved) => onMoved(moved ? [...new Set([item.status, moved.status])] : 'all'),
  });
}
