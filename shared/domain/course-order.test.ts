import { describe, expect, it } from 'vitest';
import { orderAtEnd, planMove } from './course-order';

describe('lesson order', () => {
  it('adds a lesson after the last one', () => {
    expect(orderAtEnd(undefined)).toBe(1);
    expect(orderAtEnd(3.5)).toBe(4);
  });

  it('moves a lesson by giving it a number between its new neighbours', () => {
    expect(planMove([1, 2, 3], 2, 0)).toEqual({ kind: 'one', order: 0 });
    expect(planMove([1, 2, 3], 0, 2)).toEqual({ kind: 'one', order: 4 });
    expect(planMove([1, 2, 3], 0, 1)).toEqual({ kind: 'one', order: 2.5 });
    expect(planMove([1, 2, 3], 2, 1)).toEqual({ kind: 'one', order: 1.5 });
  });

  it('ignores a move to the same place or outside the list', () => {
    expect(planMove([1, 2], 1, 1)).toBeNull();
    expect(planMove([1, 2], 0, 2)).toBeNull();
    expect(planMove([1, 2], -1, 0)).toBeNull();
  });

  it('renumbers every lesson once the gap has no room left', () => {
    const a = 1;
    const b = 1 + Number.EPSILON;
    expect(planMove([a, b, 3], 2, 1)).toEqual({ kind: 'all', orders: [1, 2, 3] });
  });

  it('keeps finding room for many moves into the same gap', () => {
    let orders = [1, 2, 3, 4];
    for (let i = 0; i < 30; i++) {
      const plan = planMove(orders, 3, 1);
      expect(plan?.kind).toBe('one');
      const moved = plan!.kind === 'one' ? plan!.order : 0;
      orders = [orders[0]!, moved, orders[1]!, orders[2]!];
      expect([...orders].sort((x, y) => x - y)).toEqual(orders);
    }
  });
});
