// The built-in touchpoints a designer picks from when inserting a map, grouped the way the
// method groups them (physical, digital, human), each with the phases where it usually occurs.
// Names avoid every phase and sentiment word of docs/scoring.md in all three languages, so a row
// label never turns into a phase or a zone (tests/core/catalogue.test.ts checks it).
import type { Language, Phase, TouchpointType } from './model.ts';

/** A touchpoint the catalogue offers, e.g. the website: digital, before and after purchase. */
export interface CatalogueTouchpoint {
  /** Stable key, the same in every language, e.g. `'website'`. */
  readonly key: string;
  readonly type: TouchpointType;
  readonly names: Readonly<Record<Language, string>>;
  /** Names earlier releases wrote on boards, still recognised as this touchpoint (e.g. for its type in the CSV). */
  readonly formerNames?: readonly string[];
  /** Where the touchpoint usually occurs; the user may change it. */
  readonly phases: readonly Phase[];
}

/** The touchpoint types in the order the catalogue groups them. */
export const TOUCHPOINT_TYPES: readonly TouchpointType[] = ['physical', 'digital', 'human'];

const ALL: readonly Phase[] = ['before', 'during', 'after'];

/** The built-in touchpoints, grouped by type in catalogue order. */
export const CATALOGUE: readonly CatalogueTouchpoint[] = [
  {
    key: 'store',
    type: 'physical',
    names: { en: 'Store', ru: 'Магазин', pl: 'Sklep stacjonarny' },
    phases: ['before', 'during'],
  },
  {
    key: 'signage',
    type: 'physical',
    names: { en: 'Signage', ru: 'Вывески и навигация', pl: 'Oznakowanie' },
    phases: ['before', 'during'],
  },
  {
    key: 'advertising',
    type: 'physical',
    names: { en: 'Advertising', ru: 'Реклама', pl: 'Reklama' },
    phases: ['before'],
  },
  {
    key: 'brand-name',
    type: 'physical',
    names: { en: 'Brand name', ru: 'Название бренда', pl: 'Nazwa marki' },
    phases: ['before'],
  },
  {
    key: 'events',
    type: 'physical',
    names: { en: 'Events', ru: 'Мероприятия', pl: 'Wydarzenia' },
    phases: ['before', 'after'],
  },
  {
    key: 'packaging',
    type: 'physical',
    names: { en: 'Product and packaging', ru: 'Товар и упаковка', pl: 'Produkt i opakowanie' },
    phases: ['during', 'after'],
  },
  {
    key: 'delivery',
    type: 'physical',
    names: { en: 'Delivery', ru: 'Доставка', pl: 'Dostawa' },
    phases: ['after'],
  },
  {
    key: 'website',
    type: 'digital',
    names: { en: 'Website', ru: 'Сайт', pl: 'Strona internetowa' },
    phases: ALL,
  },
  {
    key: 'mobile-app',
    type: 'digital',
    names: { en: 'Mobile app', ru: 'Мобильное приложение', pl: 'Aplikacja mobilna' },
    phases: ALL,
  },
  {
    key: 'chatbot',
    type: 'digital',
    names: { en: 'Chatbot', ru: 'Чат-бот', pl: 'Chatbot' },
    phases: ['during', 'after'],
  },
  {
    key: 'reviews',
    type: 'digital',
    names: { en: 'Reviews', ru: 'Отзывы', pl: 'Opinie klientów' },
    phases: ['before', 'after'],
  },
  {
    key: 'email',
    type: 'digital',
    names: { en: 'Email', ru: 'Электронная почта', pl: 'E-mail' },
    phases: ['before', 'after'],
  },
  {
    key: 'staff',
    type: 'human',
    names: { en: 'Staff', ru: 'Персонал', pl: 'Personel' },
    phases: ['during', 'after'],
  },
  {
    key: 'sales-process',
    type: 'human',
    names: { en: 'Sales process', ru: 'Процесс продаж', pl: 'Proces sprzedaży' },
    phases: ['during'],
  },
  {
    key: 'call-centre',
    type: 'human',
    names: { en: 'Call centre', ru: 'Колл-центр', pl: 'Infolinia' },
    phases: ['during', 'after'],
  },
  {
    key: 'social-media',
    type: 'human',
    names: { en: 'Social media', ru: 'Социальные сети', pl: 'Media społecznościowe' },
    phases: ['before', 'after'],
  },
  {
    key: 'community',
    type: 'human',
    names: { en: 'Community', ru: 'Сообщество', pl: 'Społeczność' },
    phases: ['before', 'after'],
  },
  {
    key: 'pr',
    type: 'human',
    names: { en: 'PR', ru: 'PR и СМИ', pl: 'PR' },
    phases: ['before'],
  },
  {
    key: 'onboarding',
    type: 'human',
    names: { en: 'Training / onboarding', ru: 'Обучение и онбординг', pl: 'Szkolenia i onboarding' },
    formerNames: ['Szkolenie / wdrożenie'],
    phases: ['after'],
  },
];

/** The catalogue touchpoints of one type, in catalogue order, e.g. `catalogueGroup('digital')`. */
export function catalogueGroup(type: TouchpointType): readonly CatalogueTouchpoint[] {
  return CATALOGUE.filter((touchpoint) => touchpoint.type === type);
}

/** The catalogue touchpoint with a key, or `undefined`, e.g. `findInCatalogue('website')`. */
export function findInCatalogue(key: string): CatalogueTouchpoint | undefined {
  return CATALOGUE.find((touchpoint) => touchpoint.key === key);
}
