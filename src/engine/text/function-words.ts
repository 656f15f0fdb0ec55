// Short closed-class words that documentation prose cannot avoid and that identifiers, product
// names and commands almost never are. A word listed for two languages (`a`, `in`, `no`, `also`)
// proves nothing between them, so `isSourceLanguage` drops the overlap of the pair it decides.
const lists: Readonly<Record<string, string>> = {
  en: `the a an and or but nor if then than so as of to in on at by for from with without into onto
    about above after before between through during under over upon within against among until
    is are was were be been being am has have had having do does did done can cannot could will
    would shall should may might must it its it's this that these those there here which who whom
    whose what when where why how all any each every both either neither some such no not only
    also very more most other another same own you your yours we our us they their them he she his
    her i me my one ones because while although though whether however therefore instead via
    don't doesn't isn't aren't can't won't you're we're they're let's let`,
  es: `el la los las lo un una unos unas y e o u ni de del al a en con por para sin sobre entre
    hasta desde hacia que qué cual cuál cuales quien como cómo cuando donde dónde es son está están
    ser estar fue era hay ha han se su sus le les me te nos mi tu este esta estos estas ese esa eso
    esto aquel pero sino si sí no más muy también ya puede pueden debe deben cada todo todos toda
    todas otro otra otros otras mismo usted ustedes`,
  it: `il lo la i gli le un uno una un' l' e ed o di del dello della dei degli delle da dal dallo
    dalla dai dagli dalle in nel nello nella nei negli nelle a al allo alla ai agli alle su sul
    sulla sui con per tra fra che chi cui come quando dove è sono essere era ha hanno si ci vi non
    più molto anche ma se questo questa questi queste quello quella ogni tutto tutti tutte altro
    altri può possono deve devono dell' all' dall' nell' sull' quest' c'è`,
  pt: `o a os as um uma uns umas e ou nem de do da dos das em no na nos nas ao aos à às por pelo
    pela pelos pelas para com sem sobre entre até desde que qual quais quem como quando onde é são
    está estão ser estar foi era há se seu sua seus suas lhe isso isto este esta estes estas esse
    essa esses essas mas não mais muito também já pode podem deve devem cada todo todos toda todas
    outro outra outros outras você vocês`,
  fr: `le la les l' un une des du de d' au aux et ou ni à en dans par pour sur sous avec sans
    entre vers chez que qu' qui quoi dont où comme quand est sont été être était a ont avoir il
    elle ils elles on nous vous se s' son sa ses leur leurs ce cet cette ces c' ne n' pas plus
    très aussi mais si peut peuvent doit doivent chaque tout tous toute toutes autre autres même
    y`,
  de: `der die das den dem des ein eine einen einem einer eines und oder aber sondern doch noch
    nicht kein keine zu zum zur von vom mit für auf aus an am bei nach über unter vor durch ohne
    gegen um in im ins ist sind war waren sein wird werden wurde kann können muss müssen soll
    sollte es sie er wir ihr ihre ihren ihrem ihnen man sich wenn dass ob wie als also so auch nur
    sehr mehr diese dieser dieses diesen jede jeder jedes alle was will hier dort`,
  nl: `de het een en of maar niet geen van voor met op aan in uit bij naar door over onder tot
    om te als dan dat die dit deze wat wie waar hoe is zijn was waren wordt worden kan kunnen moet
    moeten zal zullen u uw je jouw we wij ze zij er ook nog al meer zeer`
}

const parsed = new Map<string, ReadonlySet<string>>(
  Object.entries(lists).map(([language, words]) => [language, new Set(words.split(/\s+/u).filter(Boolean))])
)

/** The function words Lockstep knows for `language` (lowercase, apostrophes as `'`), if any. */
export function functionWords(language: string): ReadonlySet<string> | undefined {
  return parsed.get(language)
}
