/**
 * 一菜一价 and 报餐 of December 2024: the menu of the 5 canteens for every working day of the month
 * (each dish at its one price), and the pre-orders of its last two weeks, a little under the
 * diners counted at each sitting (not everyone orders). Neither feeds an S-figure.
 */
import { DEMO_PEOPLE } from '@jiguan/demo-data/songjiang-people';
import type { SeededRandom } from '@jiguan/demo-data/seeded-random';
import type { Prisma } from '../generated/client.ts';
import type { DishCategory, Sitting } from '../generated/enums.ts';
import { CANTEENS } from './canteens-and-providers.ts';

/** Dishes by category, each with its price range in yuan. */
const DISHES: Record<DishCategory, [string, number, number][]> = {
  MEAT: [['红烧肉', 8, 12], ['宫保鸡丁', 7, 10], ['糖醋小排', 9, 13], ['清蒸鲈鱼', 10, 15], ['鱼香肉丝', 6, 9], ['红烧鸡腿', 7, 10], ['咖喱牛肉', 9, 14], ['青椒肉片', 6, 9], ['葱油鸡', 7, 11], ['狮子头', 8, 12]],
  VEGETABLE: [['清炒时蔬', 2, 4], ['番茄炒蛋', 3, 5], ['麻婆豆腐', 3, 5], ['酸辣土豆丝', 2, 4], ['蒜蓉西兰花', 3, 5], ['香菇青菜', 3, 5], ['干煸豆角', 3, 5], ['凉拌黄瓜', 2, 3], ['地三鲜', 3, 5]],
  STAPLE: [['米饭', 1, 1], ['馒头', 1, 1], ['葱油拌面', 3, 5], ['扬州炒饭', 4, 6], ['菜包', 1, 2], ['肉包', 2, 3]],
  SOUP: [['紫菜蛋花汤', 1, 2], ['番茄蛋汤', 1, 2], ['冬瓜排骨汤', 3, 5], ['白粥', 1, 1], ['豆浆', 1, 2], ['小米粥', 1, 2]],
  DIM_SUM: [['烧卖', 2, 4], ['小笼包', 3, 5], ['油条', 1, 2], ['煎饺', 3, 5], ['春卷', 2, 3]],
};

/** What a sitting's menu has, by category. */
const COURSES: Record<Sitting, [DishCategory, number][]> = {
  BREAKFAST: [['STAPLE', 2], ['SOUP', 1], ['DIM_SUM', 1]],
  LUNCH: [['MEAT', 3], ['VEGETABLE', 3], ['STAPLE', 1], ['SOUP', 1]],
  DINNER: [['MEAT', 1], ['VEGETABLE', 2], ['STAPLE', 1]],
};
const SITTINGS: Sitting[] = ['BREAKFAST', 'LUNCH', 'DINNER'];

/** The first day of December 2024 with pre-orders. */
const ORDERS_FROM = '2024-12-16';

const date = (day: string) => new Date(`${day}T00:00:00.000Z`);
function decemberWorkingDays(): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(2024, 11, 1); t < Date.UTC(2025, 0, 1); t += 86_400_000) {
    if (![0, 6].includes(new Date(t).getUTCDay())) days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** `count` different items of a list, in the random's order. */
function sample<T>(random: SeededRandom, items: readonly T[], count: number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

export async function seedMeals(tx: Prisma.TransactionClient, random: SeededRandom): Promise<void> {
  const days = decemberWorkingDays();
  const dishes: Prisma.MenuDishCreateManyInput[] = [];
  for (const day of days) {
    for (const canteen of CANTEENS) {
      for (const sitting of SITTINGS) {
        for (const [category, count] of COURSES[sitting]) {
          for (const [name, low, high] of sample(random, DISHES[category], count)) {
            dishes.push({ canteenId: canteen.id, servedOn: date(day), sitting, name, category, price: `${random.int(low, high)}.${random.pick(['00', '50'])}` });
          }
        }
      }
    }
  }
  await tx.menuDish.createMany({ data: dishes });

  // Each person eats at one canteen: the people split by seats, so the big canteens have the big pools.
  const seats = CANTEENS.reduce((sum, canteen) => sum + canteen.seats, 0);
  let start = 0;
  const pools = new Map(
    CANTEENS.map((canteen) => {
      const size = Math.round((DEMO_PEOPLE.length * canteen.seats) / seats);
      const pool = DEMO_PEOPLE.slice(start, start + size);
      start += size;
      return [canteen.id, pool];
    }),
  );
  const counted = await tx.mealCount.findMany({ where: { servedOn: { gte: date(ORDERS_FROM), lte: date('2024-12-31') } }, orderBy: [{ servedOn: 'asc' }, { canteenId: 'asc' }, { sitting: 'asc' }] });
  const orders: Prisma.MealOrderCreateManyInput[] = [];
  for (const count of counted) {
    const pool = pools.get(count.canteenId) ?? [];
    const ordered = Math.min(pool.length, Math.round(count.diners * (0.75 + random.next() * 0.2)));
    // Ordered the afternoon before the cut-off.
    const orderedAt = new Date(count.servedOn.getTime() - 86_400_000 + 6 * 3_600_000);
    for (const person of sample(random, pool, ordered)) {
      orders.push({ canteenId: count.canteenId, servedOn: count.servedOn, sitting: count.sitting, personId: person.id, organizationId: person.organizationId, orderedAt });
    }
  }
  await tx.mealOrder.createMany({ data: orders });
}
