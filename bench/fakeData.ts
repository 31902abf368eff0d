// The people, goods and shops of the synthetic log: varied, Cyrillic where the field is, and valid.
import type { Random } from './prng';

export interface Customer {
  readonly id: number;
  readonly inn: string;
  readonly kpp: string;
  /** As the service stores it: with a trailing space. */
  readonly name: string;
  readonly legalentity: boolean;
}

export interface CatalogItem {
  readonly id: number;
  readonly type: string;
  readonly name: string;
  /** Price of one unit in kopecks (per gram for weighed goods). */
  readonly priceKopecks: number;
  readonly taxrate: string;
  readonly unitname: string;
  readonly weighed: boolean;
}

export interface Shop {
  readonly id: string;
  readonly system: string;
  /** Hours the shop's local time (bill dates) is ahead of Moscow. */
  readonly tzHours: number;
  readonly storeId: string;
  readonly deviceId: string;
  readonly employeeId: string;
  readonly userId: string;
  readonly numberStyle: (id: number) => string;
  readonly catalog: readonly CatalogItem[];
  readonly customers: readonly Customer[];
  readonly paymentSource: string;
  shift: number;
  shiftDay: string;
}

const maleNames = ['Пётр', 'Иван', 'Сергей', 'Дмитрий', 'Алексей', 'Михаил', 'Андрей', 'Фёдор'];
const femaleNames = ['Ольга', 'Анна', 'Мария', 'Елена', 'Наталья', 'Юлия', 'Татьяна', 'Светлана'];
const surnames = ['Тестов', 'Смирнов', 'Петров', 'Кузнецов', 'Соколов', 'Попов', 'Лебедев', 'Новиков', 'Морозов', 'Волков', 'Фёдоров', 'Зайцев'];
const companies = ['ООО «Ромашка»', 'ИП Сидоров А. В.', 'АО «Северный ветер»', 'ООО «Торговый дом Восток»', 'ООО «Мир посуды»'];

const goods = ['Корзина ONDA MUD', 'Стул Solaia', 'Кружка керамическая', 'Плед шерстяной', 'Лампа настольная', 'Ваза стеклянная', 'Полка навесная', 'Коврик для ванной', 'Набор ножей', 'Светильник LED'];
const colours = ['зелёный', 'белый', 'чёрный', 'серый', 'бежевый', 'синий', 'красный'];
const sizes = ['43.5 x 30 x 26 см', '20 x 20 см', '1 л', '150 x 200 см', '0.5 л', 'малый', 'большой'];
const weighedGoods = ['Сыр Гауда', 'Кофе в зёрнах', 'Конфеты «Ласточка»', 'Орехи кешью', 'Чай листовой'];
const markedGoods: readonly [string, string][] = [
  ['LIGHT_INDUSTRY_MARKED', 'Футболка хлопковая'],
  ['LIGHT_INDUSTRY_MARKED', 'Носки махровые'],
  ['DIETARY_SUPPLEMENTS_MARKED', 'Витамин D3, 60 капсул'],
  ['SHOES_MARKED', 'Кеды текстильные'],
  ['PERFUME_MARKED', 'Туалетная вода 50 мл'],
];
const systems = ['', 'demo-shop', 'demo-market', 'demo-shop, demo-shop-east', 'ozon, aliexpress, shop-ru', 'wildberries'];
const pieceUnits = ['Штука', 'шт', 'шт.', 'Упаковка'];
const taxrates = ['5%', '22%', '22%', 'Без НДС', '7%'];

export function taxPercentOf(taxrate: string): number {
  return taxrate === 'Без НДС' ? 0 : Number(taxrate.slice(0, -1));
}

/** An id like `20250901-0A0B-40C0-8000-000000000001`: a date, then upper-case hex (a valid UUID). */
function registerId(random: Random): string {
  const day = `${random.int(2019, 2025)}${String(random.int(1, 12)).padStart(2, '0')}${String(random.int(1, 28)).padStart(2, '0')}`;
  return `${day}-${random.hex(4, true)}-4${random.hex(3, true)}-8${random.hex(3, true)}-${random.hex(12, true)}`;
}

function makeCustomer(random: Random, id: number): Customer {
  if (random.chance(0.1)) {
    return { id, inn: random.digits(10), kpp: `${random.digits(4)}01${random.digits(3)}`, name: `${random.pick(companies)} `, legalentity: true };
  }
  const female = random.chance(0.5);
  const first = random.pick(female ? femaleNames : maleNames);
  const name = random.chance(0.25) ? first : `${first} ${random.pick(surnames)}${female ? 'а' : ''}`;
  return { id, inn: '', kpp: '', name: `${name} `, legalentity: false };
}

function makeCatalog(random: Random): CatalogItem[] {
  const items: CatalogItem[] = [];
  let id = random.int(1000, 400000);
  const count = random.int(25, 60);
  for (let i = 0; i < count; i++) {
    id += random.int(1, 97);
    const roll = random.next();
    if (roll < 0.15) {
      items.push({ id, type: 'NORMAL', name: `${random.pick(weighedGoods)} весовой`, priceKopecks: random.int(150, 4500), taxrate: random.pick(['5%', '22%']), unitname: 'Грамм', weighed: true });
    } else if (roll < 0.27) {
      const [type, name] = random.pick(markedGoods);
      items.push({ id, type, name, priceKopecks: random.int(290, 4990) * 100, taxrate: '22%', unitname: random.pick(pieceUnits), weighed: false });
    } else {
      const name = `${random.pick(goods)} ${random.pick(colours)} ${random.pick(sizes)}`;
      const priceKopecks = random.chance(0.5) ? random.int(50, 45000) * 100 : random.int(5000, 4_500_000);
      items.push({ id, type: 'NORMAL', name, priceKopecks, taxrate: random.pick(taxrates), unitname: random.pick(pieceUnits), weighed: false });
    }
  }
  return items;
}

export function makeShops(random: Random, count: number): Shop[] {
  const shops: Shop[] = [];
  const used = new Set<number>();
  let customerId = 4000;
  for (let i = 0; i < count; i++) {
    let shopId = random.int(1, 999);
    while (used.has(shopId)) shopId = random.int(1, 999);
    used.add(shopId);
    const prefix = random.pick(['M', 'СЧ-', '', 'B', 'ЗК']);
    const suffix = prefix === '' ? random.pick(['C', 'A', '/25', '']) : '';
    const customers: Customer[] = [];
    for (let c = random.int(8, 30); c > 0; c--) customers.push(makeCustomer(random, (customerId += random.int(1, 40))));
    shops.push({
      id: String(shopId),
      system: random.pick(systems),
      tzHours: random.pick([0, 0, 0, 1, 2, 4, 7]),
      storeId: registerId(random),
      deviceId: registerId(random),
      employeeId: registerId(random),
      userId: `01-${random.digits(15)}`,
      numberStyle: (id) => `${prefix}${id}${suffix}`,
      catalog: makeCatalog(random),
      customers,
      paymentSource: random.pick(['PAY_CARD', 'PAY_CARD', 'PAY_CASH']),
      shift: random.int(1, 2000),
      shiftDay: '',
    });
  }
  return shops;
}
