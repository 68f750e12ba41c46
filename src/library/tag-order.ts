import type { TagOrder } from '../catalog/index.ts';
import { readItem, writeItem } from './storage.ts';

const TAG_ORDER = 'tag-order';

/** The reader's saved order of tags; anything unexpected in storage means "most used first". */
export function loadTagOrder(): TagOrder {
  return readItem(TAG_ORDER) === 'name' ? 'name' : 'count';
}

export function saveTagOrder(order: TagOrder): boolean {
  return writeItem(TAG_ORDER, order);
}
