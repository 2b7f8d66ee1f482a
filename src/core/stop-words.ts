// Words a theme is never named or grouped by: the language's function words, and the words that
// only say how a note felt (its sentiment is already known: "great", "плохо", "super").
import type { Language } from './model.ts';

const ENGLISH = `a about above after again against all almost also always am an and any are aren't as at
be because been before being below between both but by can can't cannot could couldn't did didn't do
does doesn't doing don't down during each even ever every few for from further get gets got had hadn't
has hasn't have haven't having he her here hers herself him himself his how i i'd i'm i've if in into
is isn't it it's its itself just let's lot lots me more most much must mustn't my myself never no nor
not now of off on once one only or other our ours ourselves out over own quite rather really same she
should shouldn't so some such than that that's the their theirs them themselves then there there's
these they they're this those through to too under until up us very was wasn't we we're were weren't
what when where which while who whom why will with won't would wouldn't you you're your yours yourself
still yet already etc via per 's
good great nice bad terrible awful poor fine ok okay love loved hate hated like liked amazing awesome
excellent perfect no none nothing horrible worst best better worse happy unhappy sad annoying annoyed super`;

const RUSSIAN = `а без более бы был была были было быть в вам вас весь во вот все всё всего всех вы где да даже
для до его ее её если есть еще ещё же за здесь и из или им их к как ко когда кто ли либо между меня
мне много может мы на над надо наш не него нее неё нет ни них но ну о об однако он она они оно от
очень по под после потому при про раз с сам свой себе себя со так также такой там те тем то того
тоже только том тот тут ты у уж уже хотя чем через что чтобы чуть эта эти это этот я
хорошо хороший хорошая хорошее плохо плохой плохая плохое отлично отличный отличная супер ужасно
ужасный ужасная нравится понравилось понравился понравилась люблю класс круто классно нормально
прекрасно прекрасный замечательно замечательный удобно неудобно нельзя нету`;

const POLISH = `a aby ale am ani aż bardzo bez bo by być był była było były będzie ci co czy dla do gdy gdzie go
i ich im inne ja jak jakiś jako je jego jej jest jestem jeszcze jeśli już ją kiedy kto która które
który ku lub ma mają mi mnie mu my na nad nam nas nie nic niż no o od oraz po pod przez przy sam się
są ta tak także tam te tego tej ten to tu tylko tym u w we wszystko z za ze że żeby
dobrze dobry dobra dobre źle zły zła złe super świetnie świetny świetna świetne fajnie fajny fajna
fajne ok okej lubię podoba podobało podobał podobała super okropnie okropny okropna wygodnie
niewygodnie brak`;

function wordSet(text: string): ReadonlySet<string> {
  return new Set(text.split(/\s+/).filter((word) => word !== ''));
}

/** The words each language's notes are not grouped by, lowercase. */
export const STOP_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: wordSet(ENGLISH),
  ru: wordSet(RUSSIAN),
  pl: wordSet(POLISH),
};
