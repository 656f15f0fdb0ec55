/** Words of the site's own interface, by locale; English is the fallback. */
const strings = {
  en: {
    note: 'Note', caution: 'Caution', warning: 'Warning', whatsnext: "What's next", prerequisites: 'Before you begin', objectives: 'Objectives', cleanup: 'Cleaning up',
    notTranslated: 'Not yet translated', notTranslatedBody: 'This section has not been translated yet; it is shown in English.',
    missingPage: 'This page has not been translated yet; it is shown in English.', findings: 'findings', compare: 'Compare with the source',
    language: 'Language', onThisSite: 'Pages', status: 'Translation status', rules: 'Rules', featureState: 'Feature state', search: 'Search'
  },
  es: {
    note: 'Nota', caution: 'Precaución', warning: 'Advertencia', whatsnext: 'Siguientes pasos', prerequisites: 'Antes de empezar', objectives: 'Objetivos', cleanup: 'Limpieza',
    notTranslated: 'Aún no traducido', notTranslatedBody: 'Esta sección aún no se ha traducido; se muestra en inglés.',
    missingPage: 'Esta página aún no se ha traducido; se muestra en inglés.', findings: 'avisos', compare: 'Comparar con el original',
    language: 'Idioma', onThisSite: 'Páginas', status: 'Estado de la traducción', rules: 'Reglas', featureState: 'Estado de la funcionalidad', search: 'Buscar'
  },
  it: {
    note: 'Nota', caution: 'Attenzione', warning: 'Avviso', whatsnext: "Voci correlate", prerequisites: 'Prima di iniziare', objectives: 'Obiettivi', cleanup: 'Pulizia',
    notTranslated: 'Non ancora tradotto', notTranslatedBody: 'Questa sezione non è ancora stata tradotta; è mostrata in inglese.',
    missingPage: 'Questa pagina non è ancora stata tradotta; è mostrata in inglese.', findings: 'segnalazioni', compare: "Confronta con l'originale",
    language: 'Lingua', onThisSite: 'Pagine', status: 'Stato della traduzione', rules: 'Regole', featureState: 'Stato della funzionalità', search: 'Cerca'
  },
  pt: {
    note: 'Nota', caution: 'Cuidado', warning: 'Aviso', whatsnext: 'Próximos passos', prerequisites: 'Antes de você começar', objectives: 'Objetivos', cleanup: 'Limpeza',
    notTranslated: 'Ainda não traduzido', notTranslatedBody: 'Esta seção ainda não foi traduzida; ela é exibida em inglês.',
    missingPage: 'Esta página ainda não foi traduzida; ela é exibida em inglês.', findings: 'avisos', compare: 'Comparar com o original',
    language: 'Idioma', onThisSite: 'Páginas', status: 'Estado da tradução', rules: 'Regras', featureState: 'Estado da funcionalidade', search: 'Buscar'
  },
  ru: {
    note: 'Заметка', caution: 'Осторожно', warning: 'Предупреждение', whatsnext: 'Что дальше', prerequisites: 'Подготовка к работе', objectives: 'Цели', cleanup: 'Очистка',
    notTranslated: 'Ещё не переведено', notTranslatedBody: 'Этот раздел ещё не переведён; он показан на английском.',
    missingPage: 'Эта страница ещё не переведена; она показана на английском.', findings: 'замечаний', compare: 'Сравнить с оригиналом',
    language: 'Язык', onThisSite: 'Страницы', status: 'Состояние перевода', rules: 'Правила', featureState: 'Состояние функции', search: 'Поиск'
  },
  'zh-cn': {
    note: '说明', caution: '注意', warning: '警告', whatsnext: '接下来', prerequisites: '准备开始', objectives: '教程目标', cleanup: '清理现场',
    notTranslated: '尚未翻译', notTranslatedBody: '本节尚未翻译，以英文显示。',
    missingPage: '本页尚未翻译，以英文显示。', findings: '条发现', compare: '与原文对照',
    language: '语言', onThisSite: '页面', status: '翻译状态', rules: '规则', featureState: '特性状态', search: '搜索'
  }
} as const

/** A key of the interface strings. */
export type UiKey = keyof (typeof strings)['en']

/** The interface string `key` in `locale`, English when the locale has none. */
export function t(locale: string, key: UiKey): string {
  const table = (strings as Record<string, Record<UiKey, string>>)[locale]
  return table?.[key] ?? strings.en[key]
}
