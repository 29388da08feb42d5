// Vocabulary of Markdown runbooks (PRODUCT.md "Import and export"): the patterns that name
// structure — sequence headings, estimates, rollback and sign-off sections, checklist sections,
// labels inside a phase, code languages. Shared by the parser, the exporter and the coverage check.

/**
 * The glyphs written as a checkbox (a character class's content): open boxes ☐ ⬜ □ ▢ ◻ 🔲 and
 * ticked or crossed ☑ ☒ (checklists pasted from Word, status legends, Japanese check sheets).
 */
export const BOX_GLYPHS = "☐☑☒⬜□▢◻🔲";
/** The ticks written as "done" (a character class's content): ✅ and ✔, markers before a title, never its text (3305, set 276). */
export const TICK_GLYPHS = "✅✔";
/**
 * A box glyph written as an HTML character reference ("&#9744;" for ☐, "&#x2611;" for ☑, "&#11036;" for ⬜), as an editor
 * that escapes what it cannot type leaves it: the same box to a reader (2201, set 184: "| &#9744; | 職員情報が最新か確認した |",
 * a monthly checklist table of nine boxes, read as none).
 */
export const BOX_ENTITY = String.raw`&#(?:9744|9745|9746|11036);|&#[xX](?:2610|2611|2612|2[bB]1[cC]);`;
/**
 * A checkbox as written: a glyph (with its emoji variation selector) or a bracket box "[ ]" / "[x]" / "[✓]" — also as typed
 * with two spaces or a spaced tick ("[  ]", "[ x ]") or with an input method's full-width brackets or space ("［ ］", "[　]",
 * "［x］"), which a reader ticks the same (session 29). And a box marked with its state among ticked ones — "[⚠]" (waits on
 * someone), "[⛔]" (blocked), "[✗]" — beside "[✓]" in a go-live checklist's lists (4620, set 386): a box still to tick. ("[~]"
 * in progress stays text: 1726's counter.)
 */
export const BOX_SOURCE = String.raw`(?:[${BOX_GLYPHS}]\uFE0F?|${BOX_ENTITY}|\[(?:[ xX✓✔\u3000]|[⚠⛔✗✘]\uFE0F?|[ \u3000]{2}| [xX✓✔] )?\]|［[ \u3000xX✓✔]?］)`;

/** The words that open a sequence heading: "Phase", "Step", "Stage", "Étape", "Schritt", "手順", "Шаг" … */
const SEQUENCE_KEYWORDS = String.raw`phase|step|stage|part|wave|milestone|task|étape|etape|etapa|paso|passo|fase|schritt|ステップ|フェーズ|手順|步骤|步驟|阶段|階段|шаг|этап|крок|етап|krok|etap|stap|ad[ıi]m|a[şs]ama|steg|vaihe|단계|b[ưu][ớo]c|langkah|tahap(?:an)?|ขั้นตอนที่|ขั้นที่|الخطوة|المرحلة|שלב|चरण`;
/** "Phase 2:", "STEP 1 -", "Stage 3.", "Шаг 4:", "步骤 5" — a keyword and a number open a sequence heading. */
const SEQUENCE_KEYWORD_RE = new RegExp(String.raw`^(${SEQUENCE_KEYWORDS})\s*#?\s*(\d+)(?:\.\d+)*\b\s*[:.)\-–—：、．]?\s*`, "i");
/**
 * "Phase A —", "Stage B:", "Phase II:": a sequence keyword (as SEQUENCE_KEYWORD_RE) over a capital letter or
 * a Roman numeral rather than a number; the letter's place in the alphabet, or the numeral's value, is its number.
 */
const LETTERED_KEYWORD_RE = new RegExp(String.raw`^(${SEQUENCE_KEYWORDS})\s+([A-Z]|(?:X{0,1}(?:IX|IV|V?I{2,3}|VI{0,3})))(?=\s*(?:[:.)\-–—：]|$))\s*[:.)\-–—：]?\s*`, "iu");
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };
/** The number a LETTERED_KEYWORD_RE mark stands for: "A" 1, "C" 3; "II" 2, "IV" 4, "XII" 12. */
function letteredNumber(mark: string): number {
  if (mark.length === 1) return mark.charCodeAt(0) - 64;
  let total = 0;
  for (let k = 0; k < mark.length; k++) {
    const v = ROMAN[mark[k] as string] ?? 0;
    const next = ROMAN[mark[k + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}
/**
 * Ordinal and counter forms of CJK sequence headings: "第1步", "第二阶段", "第3段階" (Chinese,
 * Japanese: 第 N + a step / stage word, N in digits or Chinese numerals) and "2단계" (Korean: N +
 * the counter for a stage).
 */
const CJK_ORDINAL_RE = /^(?:第\s*([0-9]+|[一二三四五六七八九十]+)\s*(?:步|阶段|階段|段階|部分|期|章|节|節)|([0-9]+)\s*단계)\s*[:：.、．\-–—)]?\s*/u;

/** "三" → 3, "十二" → 12, "二十" → 20: the Chinese numerals of ordinal headings (1–99). */
function chineseNumeral(text: string): number {
  if (/^[0-9]+$/.test(text)) return Number(text);
  const digit = (c: string | undefined) => (c ? "一二三四五六七八九".indexOf(c) + 1 : 0);
  const ten = text.indexOf("十");
  if (ten === -1) return digit(text[0]);
  return (ten === 0 ? 1 : digit(text[ten - 1])) * 10 + digit(text[ten + 1]);
}
/** "1.", "2)", "3:", "2.1" — a bare number (a dotted one is a sub-step) opens a numbered heading. */
// (a dash or colon after the number's own mark — "0.1 — DB migration rehearsal", "1. — Deploy" — separates it from the title too)
// ("## 1 · Prerequisites", "## 2 | Deploy": a middle dot or bar after the number separates it too, 1025)
/** A circled number before a name ("① Deploy", "❷ Verify", "➂ …"), with what may separate them. */
/** "三、快速部署", "十二．附录": a heading numbered by a Chinese numeral and an enumeration comma (1–99). */
const CJK_NUMBERED_RE = /^([一二三四五六七八九十]{1,3})\s*[、．]\s*/u;
const CIRCLED_NUMBER_RE = /^([\u2460-\u2473\u24F5-\u24FE\u2776-\u2793])(?:\s*[.:：、\-–—]\s*|\s+|(?=\p{L}))/u;
/**
 * The number a circled digit writes: ①–⑳ (U+2460), ⓵–⓾ (U+24F5), ❶–❿ (U+2776), ➀–➉ (U+2780), ➊–➓ (U+278A).
 * Source: Unicode's Enclosed Alphanumerics and Dingbats blocks.
 */
function circledNumber(glyph: string): number {
  const code = glyph.codePointAt(0) ?? 0;
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  if (code >= 0x24f5 && code <= 0x24fe) return code - 0x24f5 + 1;
  return ((code - 0x2776) % 10) + 1;
}
const NUMBERED_RE = /^(\d+)(?:((?:\.\d+)+)\.?\s+|[.)]\s*|\s*[:\-–—·•|]\s+|[、．：]\s*)(?:[-–—:：]\s+)?/;
/** "T-15 minutes", "T+30", "T-0" — a time-line heading. */
const TIMELINE_RE = /^T\s*([-+−])\s*(\d+)\s*(?:(minutes?|mins?|m|hours?|hrs?|h)\b)?\s*[:.\-–—]?\s*/i;
/** A day of a cut-over's count-down ("D-14 — 원천 분석", "D-Day", "D+1 이후", "J-7", "J+1"): its offset in days. */
const DAY_TIMELINE_RE = /^(?:([DJ])\s*([-+−])\s*(\d+)|([DJ])[-\s]?(?:day|jour))(?![\p{L}\p{N}])/iu;
/**
 * A unit of time after a number, in the languages the corpus met ("5 min", "2 hours", "5分", "1時間",
 * "30분", "15 minutos", "2 Stunden", "10 минут", "3 jours"; "2 Std.", "15 phút", "1 giờ", "10 menit", "1 jam": session 29):
 * unitMinutes gives its minutes.
 */
const DURATION_UNIT = String.raw`(minutes?|mins?|m|hours?|hrs?|h|days?|d|分钟|分鐘|分|時間|小时|小時|시간|분|日|天|일|minutos?|minuti|minuten|minuter|minut[ye]?|dakika|минут[аы]?|мин|horas?|heures?|stunden?|ore|uur|timmar|saat|час(?:а|ов)?|d[íi]as?|jours?|tage?|dagen|дн(?:я|ей)|день|std|ph[úu]t|gi[ờo]|menit|jam|ng[àa]y|hari)`;
/** Words that say "about" or "time needed" before an estimate in brackets ("(~5 min)", "（所要時間: 5分）", "(ca. 10 Minuten)"). */
const ABOUT = String.raw`~|about|approx\.?|approximately|est\.?|estimated:?|所要時間[:：]?|所要[:：]?|约|約|대략|약|ca\.?|circa|cerca de|aprox\.?|environ|etwa|примерно|около`;
const PAREN_DURATION_RE = new RegExp(
  String.raw`\s*[(（\[]\s*(?:${ABOUT})?\s*(\d+(?:\.\d+)?)\s*(?:(?:-|–|~|〜|to)\s*(\d+(?:\.\d+)?))?\s*${DURATION_UNIT}\.?(?:\s+(?:max(?:imum)?|maxi|min(?:imum)?))?\s*[)）\]]`,
  "giu",
);
/** "~10 minutes", "— 5 min" at the end of a heading. */
const TRAILING_DURATION_RE = new RegExp(String.raw`\s*(?:[-–—:|]\s*)?~\s*(\d+(?:\.\d+)?)\s*(?:(?:-|–|to)\s*(\d+(?:\.\d+)?))?\s*${DURATION_UNIT}\s*$`, "iu");
const DURATION_RE = new RegExp(String.raw`(\d+(?:\.\d+)?)\s*(?:(?:-|–|to)\s*(\d+(?:\.\d+)?))?\s*${DURATION_UNIT}(?![\p{L}\p{N}])`, "iu");

/**
 * Rollback sections in other languages (French, Italian, German, Dutch, Polish, Czech, Slovak, Turkish, Korean,
 * Swedish, traditional Chinese, Indonesian; Spanish, Portuguese, Japanese, simplified Chinese, Russian and
 * Ukrainian are in ROLLBACK_RE itself): the usual words of each for rolling back, backing out or a
 * fallback plan, with their "plan" / "procedure" / "steps".
 */
/** The time of a failure as a section's name, in Japanese, Chinese and Korean ("障害時", "障害発生時の対応", "問題が起きたら", "出现问题时",
 * "出问题时", "장애 시", "문제가 생기면"). */
export const FAILURE_TIME_NAME = String.raw`(?:[ァ-ヺー一-龥A-Za-z]{1,12}(?:中|時|後)に)?(?:(?:障害|問題|トラブル|失敗|異常)(?:が)?(?:発生)?(?:した)?(?:時|場合)(?:の(?:対応|対処|手順))?|(?:障害|問題|トラブル|異常)(?:が)?(?:起き|発生し)(?:たら|た時|た場合))|(?:(?:出现|发生|出)?(?:问题|故障|异常|失败)(?:时|時)|出错(?:时|時|了))(?:的)?(?:处理|处置|应对)?|(?:장애|문제|실패|오류)\s*(?:발생\s*)?(?:시|때)(?:\s*(?:대응|조치))?|(?:장애|문제|실패|오류)(?:가)?\s*(?:생기면|발생하면|나면)`;
const ROLLBACK_OTHER_LANGUAGES = [
  // (and the verb: "## Revenir en arrière", "Revenir à la version précédente" — going back: 1497)
  String.raw`^(?:(?:proc[ée]dure|plan)\s+de\s+)?(?:retour en arri[eè]re|repli)$|^(?:comment\s+)?revenir\s+(?:en\s+arri[eè]re|[àa]\s+(?:la|l['’]|l['’]ancienne|l['’]ancien)\s*(?:version|[ée]tat|configuration|site|h[ée]bergement)?\s*(?:pr[ée]c[ée]dente?|ant[ée]rieure?|ancien(?:ne)?)?)$`,
  String.raw`^(?:(?:piano|procedura)\s+di\s+)?(?:rollback|ripristino|ritorno alla versione precedente)$`,
  String.raw`^(?:r[üu]ckfall(?:plan|ebene|strategie|verfahren)?|r[üu]ckabwicklung|r[üu]cksprung|r[üu]cksetzung|r[üu]ckg[äa]ngig\s+machen|zur[üu]ck(?:setzen|rollen|gehen)?|(?:notfall|sofort|schnell|komplett|voll|not)-?rollback|rollback-(?:plan|verfahren|prozedur|prozess|strategie|schritte|anleitung)|wiederherstellung(?:s-?(?:prozess|plan|verfahren|schritte|anleitung))?(?:\s+(?:der|des)\s+(?:alten|vorherigen|letzten)\s+(?:version|stands|standes|zustands|zustandes|release))?)$`,
  String.raw`^(?:terugdraaien|terugrol(?:plan|procedure)|terugval(?:plan|scenario)?|(?:rollback|terugrol)\s*(?:plan|procedure))$`,
  String.raw`^(?:(?:plan|procedura)\s+)?wycofani[ae](?:\s+zmian)?$`,
  // (Czech and Slovak: "## Návrat" — going back —, "Vrácení změn", "Plán návratu", "Vrátenie zmien": 1445)
  String.raw`^(?:(?:pl[áa]n|postup)\s+)?(?:n[áa]vrat(?:u)?(?:\s+zp[ěe]t)?|vr[áa]cen[íi](?:\s+zm[ěe]n)?|vr[áa]tenie(?:\s+zmien)?)$`,
  String.raw`^geri (?:alma|d[öo]n[üu][şs])(?:\s+(?:plan[ıi]|prosed[üu]r[üu]|ad[ıi]mlar[ıi]))?$`,
  // (되돌리기, "to turn back": "## 되돌리기", "## 이전 버전으로 되돌리기", "## 되돌리는 방법")
  String.raw`^(?:롤백|원복|(?:이전\s*(?:버전|배포|커밋|릴리스)\s*으로\s*)?(?:되돌리기|되돌림|되돌리는\s*(?:법|방법))|이전\s*(?:버전|배포|커밋|릴리스)\s*으로\s*(?:복구|복원|롤백))(?:\s*(?:계획|절차|방법|단계|전략|순서))?$`,
  String.raw`^(?:[åa]terst[äa]llning|[åa]terg[åa]ng)(?:splan)?$`,
  String.raw`^回滾(?:策略|方案|步驟|流程|計劃|操作|程序)?$`,
  // (going back to the old version by its words — "恢复旧版本", "Возврат к предыдущей версии", "Desfazer o deploy" — as "Revenir à la
  // version précédente" is: session 29)
  String.raw`^(?:恢复|恢復|还原|還原|回到|退回)(?:到)?(?:旧|舊|上一个?|上一個|之前的?|先前的?)版本$`,
  // (and the question of going back, after its case or alone — "## 5.5 匯錯了怎麼回去" (imported the wrong thing: how to go back),
  // "怎么回滚", "如何回退": 3376, set 282, both counters)
  String.raw`^[\u3400-\u9fff]{0,12}?(?:怎麼|怎么|如何)(?:回去|退回去?|回退|回滚|回滾)[？?]?$`,
  String.raw`^(?:план\s+)?возврат(?:а)?\s+(?:к|на)\s+(?:предыдущ(?:ей|ую)|прежн(?:ей|юю)|стар(?:ой|ую))\s+верси(?:и|ю)$`,
  String.raw`^(?:como\s+)?desfazer(?:\s+(?:o|a|as|os)\s+(?:deploy|deployment|release|migra[çc][ãa]o|mudan[çc]as?|altera[çc][õo]es))?$`,
  // (a return to the previous version by its Portuguese, Spanish, English and German words — "Retorno à versão anterior", "Volver a
  // la versión anterior", "Return to the previous version", "Zurück zur vorherigen Version" —, as the French, Russian and Chinese
  // above: 2182, set 183, a migration guide's way back — stop the service, restore the backup with the previous code)
  String.raw`^(?:c[oó]mo\s+)?(?:retorno|retornar|voltar|volta|regresso|regressar|volver|vuelta|regresar|regreso)\s+(?:[àa]|para\s+a|a\s+la|para\s+la|al?)\s+(?:vers[ãa]o|versi[óo]n|release|implanta[çc][ãa]o|implantaci[óo]n|configura[çc][ãa]o|configuraci[óo]n|estado|build|imagem|imagen)\s+(?:anterior|antiga|antigua|pr[ée]via|previa)$`,
  String.raw`^(?:how\s+to\s+)?(?:return(?:ing)?|back|revert(?:ing)?)\s+to\s+(?:the\s+|an?\s+)?(?:previous|prior|old|older|earlier|last(?:\s+known[\s-]good)?)\s+(?:version|release|deployment|deploy|build|image|state)$|^zur[üu]ck\s+(?:zu[rm]|auf\s+(?:die|den|das))\s+(?:vorherigen?|vorigen?|alten?|letzten?|fr[üu]heren?|[äa]lteren?)\s+(?:version|stand|release|zustand)$|^(?:auf|zu)\s+(?:eine[rn]?|die|den|das|der)\s+(?:vorherigen?|vorigen?|alten?|letzten?|fr[üu]heren?|[äa]lteren?)\s+(?:version|stand|release|zustand)\s+zur[üu]ck(?:gehen|kehren|setzen|rollen)?$`,
  // (and back to an older one, the German verb last: "### Auf eine ältere Version zurück" over a checkout of the chosen hash and a
  // rebuild, in a game server's operations handbook — 5723, set 478, both counters' rollback; "Back to an older version")
  // (and "mundur" — stepping back: "## Mundur", "**Mundur:** `git push --force-with-lease …`", "Cara mundur": 2412, set 202)
  String.raw`^(?:rencana|prosedur|langkah(?:-langkah)?)\s+(?:rollback|pemulihan|pengembalian)$|^(?:(?:rencana|prosedur|langkah(?:-langkah)?|cara|jalan)\s+)?mundur$`,
  // (Thai "## 6. ถอยกลับ" — stepping back: 1568 —, Latvian "**Atgriešanās ceļš.**" — the way back: 1577 —, and the same
  // names in Vietnamese — "## 6 · Đường lùi", the way back to the old server: 3471, set 290, both counters —, Finnish,
  // Hungarian, Romanian, Greek, Hebrew and Arabic)
  String.raw`^(?:การ)?(?:ถอยกลับ|ย้อนกลับ|โรลแบ็[กค])(?:\s*(?:แผน|ขั้นตอน|วิธี)\S*)?$`,
  String.raw`^(?:atgrie[šs]an[āa]s(?:\s+ce[ļl][šs])?|atgrie[šs]ana|atritin[āa][šs]ana)(?:\s+(?:pl[āa]ns|proced[ūu]ra))?$`,
  String.raw`^(?:k[ếe] ho[ạa]ch\s+|ph[ưu][ơo]ng [áa]n\s+)?(?:ho[àa]n t[áa]c|quay lui|(?:[đd][ưu][ờo]ng\s+)?l[ùu]i|quay l[ạa]i phi[êe]n b[ảa]n tr[ưư][ớo]c|kh[ôo]i ph[ụu]c phi[êe]n b[ảa]n (?:c[ũu]|tr[ưu][ớo]c))$`,
  String.raw`^(?:palautus|peruutus|paluu edelliseen versioon)(?:suunnitelma)?$|^(?:visszag[öo]rget[ée]s|visszal[ée]p[ée]s)(?:i terv)?$|^(?:plan(?:ul)? de\s+)?revenire$`,
  String.raw`^(?:σχέδιο\s+)?επαναφορά$|^(?:חזרה לאחור|רולבק)$|^(?:خطة\s+)?(?:التراجع|الرجوع)$`,
  // (a section named for the time of a failure — "## 障害時" over "… 直前の正常バージョンへ戻し …": 1676 —, "问题发生时", "장애 시"; read as
  // the way back only where its text puts something back: rollback.ts, isFailureTimeWithoutPutBack)
  String.raw`^(?:${FAILURE_TIME_NAME})$`,
].join("|");

// (and a matrix of the ways back by case — "## Rollback matrix" over "Backend regression: przywróć poprzedni deployment …" closing a
// Polish launch runbook: 4983, set 416, both counters)
// (and the case of something wrong found after the work — "## 3. If something is wrong afterwards" over restoring the backup the
// rehearsal made or migrating down: 4805, set 401, both counters; "## If something looks wrong" closing a billing cut-over, 2271)
// (a rollback named with its condition — "### Phase 4: rollback if needed", "Revert (if necessary)" — is the rollback: 1797)
// (and with when it may be done — "Rollback at any point: `WOO_WRITE_ENABLED=false` + …" closing a cut-over: 3292, set 275, both
// counters; "Rollback (any time)")
// (and, in Chinese, going back to the old version as the name — "## 回復舊版" over stopping the service and putting the previous
// release's folder back, a Windows gateway's deploy guide: 5047, set 422, both counters)
// (not "Manual fallback": the same work by hand when the pipeline is down — "Same artifacts, by hand", 2333, set 195 —, as
// "Fallback manual", "Manueller Fallback" name no way back either)
// (and in Russian and Ukrainian the rollback of a phase named by its letter or number — "**Откат фазы A:** `git checkout 4a2ea82 &&
// docker compose up -d --build`" closing a cut-over's phase A: 3524, set 295, both counters —, "Відкат етапу 2")
// (and an application's rollback — "## Automatic application rollback" over what the deploy script puts back when its checks
// fail: 5790, set 483, both counters —; not "Automatic rollback" alone, a pipeline's policy, nor "Automatic restore", a restore
// runbook's main work: 3009)
const ROLLBACK_BASE_RE =
  /^(?!manual\s+fall[\s-]?backs?$)(?:(?:create|execute|perform|the|a|an|full|complete|emergency|safe|immediate|instant|quick|fast|manual)\s+)*(?:rollbacks?|roll(?:ing)?[\s-]?backs?|back(?:ing)?[\s-]?outs?|revert(?:s|ing|er|ir|ire)?|restor(?:e|ing)|undo(?:ing)?|abort|fall[\s-]?backs?|downgrad(?:e|es|ing))(?:\s+(?:plan|procedure|procedures|steps|section|strategy|instructions|process|runbook|playbook|paths?|checklists?|levers?|options?|matrix))?(?:\s+(?:in\s+|on\s+|en\s+)?(?:prod|production))?(?:,?\s+\(?(?:if|when)\s+(?:needed|necessary|required)\)?)?(?:,?\s+\(?(?:at\s+any\s+(?:point|time|stage|moment)|any\s*time)\)?)?$|^(?:if|when) (?:it(?: all)?|this|anything|something|the (?:deployment|deploy|release|upgrade|migration|change|rollout|cut-?over)) (?:fails|goes wrong|went wrong|breaks|is broken|is wrong|looks wrong)(?: (?:afterwards|afterward|later|after(?:wards)? (?:the )?(?:deployment|deploy|release|upgrade|migration|change|rollout|cut-?over)))?$|^(?:if|when) (?:a|an|any|your)(?: future| new| later| next)? (?:deployment|deploy|release|upgrade|rollout|cut-?over) (?:fails|goes wrong|breaks)(?: (?:partway|part-way|midway|mid-way|halfway)(?: through)?)?$|(?:^(?:how to |to )?(?:going|go|getting|get) back(?: to (?:the|a) (?:previous|old|last|prior) (?:version|release))?$)|^(?:revenir|retourner)\s+(?:à|a)\s+(?:une|la|l['’])\s*(?:version|release)\s+(?:pr[ée]c[ée]dente|ant[ée]rieure)$|^(?:volver|regresar)\s+a\s+(?:una|la)\s+versi[óo]n\s+anterior$|^voltar\s+(?:para|a|à)\s+(?:uma|a)\s+vers[ãa]o\s+anterior$|^(?:zur[üu]ck\s+zu(?:r)?|auf)\s+(?:einer|der)\s+(?:vorherigen|fr[üu]heren)\s+version(?:\s+zur[üu]ck)?$|^(?:zur[üu]ck\s+(?:auf|zu)\s+(?:den|dem|einen|einem)\s+(?:vorigen|vorherigen|letzten|fr[üu]heren|alten|laufenden)\s+(?:stand|zustand)|auf\s+den\s+(?:vorigen|vorherigen|letzten|fr[üu]heren|alten)\s+(?:stand|zustand)\s+zur[üu]ck)$|^(?:if|when|should)\s+(?:(?:you|we|i)\s+)?(?:(?:need|have|must|want)\s+(?:to\s+)?)?(?:roll[\s-]?back|go back|back out|revert(?: (?:it|the (?:change|cut-?over|deploy(?:ment)?|release|upgrade|migration)))?)$|^(?:if|when)\s+(?:a\s+)?(?:rollback|roll[\s-]?back)\s+is\s+(?:needed|required|necessary)$|^(?:si\s+(?:hay que|es necesario|necesitas|tienes que)\s+(?:volver atr[aá]s|revertir|hacer (?:un )?rollback)|se\s+(?:for preciso|precisar|tiver que|tivermos que)\s+(?:voltar atr[aá]s|voltar|reverter|fazer (?:o )?rollback)|s['’]il faut (?:revenir en arri[eè]re|annuler)|(?:jika|bila|apabila|kalau)\s+(?:harus|perlu)\s+(?:mundur|rollback|kembali)|wenn\s+(?:zur[üu]ckgerollt|zur[üu]ckgesetzt)\s+werden\s+muss)$|^(?:si algo (?:sale|va) mal|cuando algo (?:sale|va) mal|quando algo (?:corre|correr|sai|sair) mal|quand quelque chose tourne mal|quando qualcosa va storto|si algo falla|si (?:falla|fallan|algo no funciona)|se (?:falhar|algo n[ãa]o funcionar)|(?:wenn|falls) (?:es|etwas) fehlschl[äa]gt|si (?:[çc]a|cela) [ée]choue|если (?:не получилось|что-то сломалось)|se algo (?:der|deu|correr) errado|se algo (?:correr|sair) mal|se algo falhar|si quelque chose (?:tourne mal|[ée]choue)|en cas d'[ée]chec|en cas de (?:probl[èe]me|p[ae]nne)|wenn etwas schief(?:geht|l[äa]uft)|falls etwas schief(?:geht|l[äa]uft)|se qualcosa va storto|in caso di (?:problemi|errore|fallimento)|em caso de (?:erros?|falhas?|problemas?)|en caso de (?:errores?|fallos?|fallas?|problemas?)|(?:rencana\s+)?(?:jika|bila|apabila|kalau)\s+(?:gagal|terjadi masalah)|ja (?:kaut kas|kas) (?:noiet greizi|neizdodas)|je[śs]li co[śs] p[óo]jdzie nie tak|als er iets (?:misgaat|fout gaat)|если что-то (?:пошло|пойд[её]т) не так|bir [şs]eyler ters giderse|n[ếe]u c[óo] s[ựu] c[ốo]|pokud se n[ěe]co pokaz[íi])$|^(?:rollback|roll[\s-]?back|back[\s-]?out) (?:plan|procedure)s?\b.*$|^(?:(?:plano?|procedimiento|procedimento|proc[ée]dures?)\s+de\s+)?(?:reversi[oó]n|revers[ãa]o|retroceso|retorno|marcha atr[aá]s|rollback|retour arri[eè]re)(?:\s+(?:de\s+emerg[eê]ncia|de\s+emergencia|d'urgence|di\s+emergenza|imediat[oa]|inmediat[oa]|immediat[oa]|imm[ée]diate?|urgente|r[áa]pid[oa]))?$|^(?:ロールバック|切り戻し|切戻し|戻し方|元に戻す)(?:手順|計画|方法)?$|^[^\s。、]{0,12}(?:旧|以前|直前|前回|元|確認済み|安定|既知)[^\s。、]{0,16}(?:へ|に)(?:戻す|戻る|切り戻す)$|^(?:回滚|回退|回滾)(?:策略|方案|步骤|流程|计划|操作|程序|边界|邊界|预案|預案|方式|路径|路徑|说明|說明)?$|^(?:回復|恢复|恢復|还原|還原|回退|退回|切回|回到)(?:到|至)?(?:旧|舊|上一|前一|之前的?|先前的?)(?:个|個)?版(?:本)?$|^(?:(?:план|процедура|порядок|кроки|шаги|сценарій|сценарий)\s+)?(?:відкат[уи]?|откат[аы]?|повернення до попередньої версії)(?:\s+(?:змін|изменений|релізу|релиза|оновлення|обновления|версії|версии|(?:фаз[ыи]|этапа|етапу|шага|кроку)\s+[a-zа-яё0-9]{1,3}))?$|^(?:rollback|roll[\s-]?back|back[\s-]?out)\s+(?:criteria|triggers?|conditions|decision)\s*(?:&|and|\+|\/)\s*(?:procedures?|steps|plan|process|execution)$|^(?:(?:automatic|automated)\s+)?(?:application|app)\s+(?:rollbacks?|roll[\s-]?backs?)$/i;
/**
 * Rolling back a named thing or to a place ("Rollback canary", "Rollback to DR", "Revert the
 * release", "Roll back to the previous version"), or by how ("## Rollback by restore (high-risk destructive failure)" after a
 * Prisma runbook's forward fix: 4672, set 390, both counters): the rollback where no section is named the
 * rollback itself — beside a "## Rollback Plan" it is a step of the work (parse-runbook.ts).
 */
export const ROLLBACK_TARGET_RE =
  /^(?:rollback|roll[\s-]?back|revert|back[\s-]?out|fall[\s-]?back)\s+(?:(?:to|of)\s+)?(?:the\s+)?(?:canary|release|deployment|deploy|changes?|upgrade|migration|rollout|update|image|application|app|service|(?:previous|prior|last(?:\s+known[\s-]good|\s+stable)?)(?:\s+(?:version|release|deployment|build|revision))?|dr(?:\s+(?:site|region))?|primary(?:\s+(?:site|region))?|secondary(?:\s+(?:site|region))?|stable|blue|green)$|^(?:rollback|roll[\s-]?back|revert)\s+(?:by|via|using|with|through|from)\s+(?:an?\s+|the\s+)?(?:restore|restoring|backups?|snapshots?|redeploy(?:ing)?|re-?deploy(?:ing)?|git|tags?|dns|traffic\s+switch|feature\s+flags?|pitr|point[\s-]in[\s-]time\s+recovery)(?:\s*\([^()]{1,60}\))?$/i;
/**
 * The rollback named with how it is done — quick, emergency, immediate, manual, full — in the corpus's other languages, as
 * "Quick rollback" and "Rollback rápido" are in ROLLBACK_BASE_RE ("**Швидкий rollback:**" over two bullets of a troubleshooting
 * case: 2575, set 216, both counters; "Быстрый откат", "Notfall-Rollback", "Rollback rapide", "快速回滚", "緊急ロールバック", "긴급 롤백").
 */
const MODIFIED_ROLLBACK_OTHER_LANGUAGES = String.raw`^(?:(?:швидк(?:ий|е|а)|екстрен(?:ий|е|а)|аварійн(?:ий|е|а)|повн(?:ий|е|а)|ручн(?:ий|е|а)|негайн(?:ий|е|а)|быстр(?:ый|ое|ая)|экстренн(?:ый|ое|ая)|аварийн(?:ый|ое|ая)|полн(?:ый|ое|ая)|ручн(?:ой|ое|ая)|срочн(?:ый|ое|ая)|немедленн(?:ый|ое|ая)|szybki|awaryjny|pe[łl]ny|r[ęe]czny|schnelle[rs]?|sofortige[rs]?|manuelle[rs]?|vollst[äa]ndige[rs]?)\s+(?:rollback|roll-?back|откат|відкат|zur[üu]ckrollen)|notfall[\s-]?(?:rollback|zur[üu]ckrollen)|(?:rollback|retour\s+arri[eè]re)\s+(?:rapide|d['’]urgence|imm[ée]diat|manuel|complet)|(?:快速|紧急|緊急|手动|手動|立即|完整)(?:回滚|回退|回滾)|(?:緊急|即時|手動|クイック)(?:ロールバック|切り戻し)|(?:긴급|빠른|즉시|수동)\s*(?:롤백|원복))(?:\s+(?:plan|procedure|procedura|procédure|procedimiento|procedimento|verfahren|план|процедура))?$`;
/**
 * Going back named as such ("## Volta atrás", go back: 2610, set 218, both counters' rollback — the merge reverted and the old
 * blog republished), in the corpus's Romance, Germanic and Slavic languages: "Voltar atrás", "Volver atrás", "Vuelta atrás",
 * "Para volver a una versión anterior" (a step over `git checkout <hash_anterior>` in a Spanish update guide: 4742, set 396, both
 * counters; "To go back to a previous version" in English, ROLLBACK_BASE_RE),
 * "Tornare indietro", "Rückweg", "Как откатиться", "Як відкотити", "Cofnięcie zmian"; going back to the previous version or
 * deploy ("Voltar um deploy", "Volver a la versión anterior", "Desfazer o deploy": 2954, set 247, both counters — a
 * bullet's label under "## No dia a dia"); in Japanese the case of going back
 * ("### 戻すとき", when going back) and the way back at a name's end ("## 想定外だったときの戻し方", how to go back when the
 * unexpected happens: 2868, set 240, both counters).
 */
const GOING_BACK_NAME_OTHER_LANGUAGES = String.raw`^(?:(?:como\s+|c[óo]mo\s+)?(?:volta|voltar|volver|vuelta|regresar)\s+atr[áa]s|tornare\s+indietro|r[üu]ckweg|r[üu]ckkehr\s+zur\s+(?:alten|vorherigen)\s+version|как\s+откатить(?:ся)?|як\s+відкотити(?:ся)?|cofni[ęe]cie(?:\s+zmian)?|wycofanie\s+zmian|(?:como\s+|c[óo]mo\s+|para\s+)?(?:voltar|volver|regresar)\s+(?:a|à|ao|al|para\s+(?:a|o))\s+(?:una\s+|la\s+|uma\s+)?(?:vers[ãa]o|versi[óo]n|deploy|despliegue|release|imagem|imagen)\s+anterior|voltar\s+(?:um|o)\s+deploy|desfazer\s+(?:o|um)\s+deploy|deshacer\s+(?:el|un)\s+despliegue|(?:se|si)\s+(?:\S+\s+){0,3}(?:precisar(?:em)?|necesita(?:n|s)?|tiver(?:em)?\s+que|tiene(?:n)?\s+que|hay\s+que)\s+(?:voltar|volver|regresar)\s+(?:para|a|à|ao|al)\s+[^\n]{1,40})$|^[^\s、。]{0,16}?(?:戻す|戻したい|切り戻す)(?:とき|時|場合)$|戻し方$`;
/**
 * What to do when the work itself fails, as a section's name, asked or stated ("## 🚨 9. ¿Qué hacer si falla la actualización?" —
 * what to do if the update fails — over restoring the database and the code saved in steps 1–2: 4675, set 391, both counters;
 * "What to do if the update fails?", "Se a atualização falhar", "Que faire si la mise à jour échoue ?"): the way back. (Not "When a
 * migration fails" in English: a fix forward in 710 and 3532, both counters' no rollback.) And the case of having done a step too
 * early or by mistake: "## If you dropped the key too early" over finding the old key again and, failing that, restoring a backup
 * from before the drop (5731, set 479, both counters), "If we ran it by mistake".
 */
const WORK_FAILS_NAME = String.raw`^(?:what\s+to\s+do\s+)?(?:if|when)\s+(?:the\s+|an?\s+)?(?:update|upgrade|installation|install|deploy(?:ment)?|release|rollout|cut-?over)\s+(?:fails|goes\s+wrong|breaks)\s*\??$|^¿?\s*(?:qu[ée]\s+hacer\s+)?si\s+(?:(?:falla|fallan|sale\s+mal)\s+(?:la|el)\s+(?:actualizaci[óo]n|migraci[óo]n|despliegue|instalaci[óo]n|implementaci[óo]n|publicaci[óo]n)|(?:la|el)\s+(?:actualizaci[óo]n|migraci[óo]n|despliegue|instalaci[óo]n|implementaci[óo]n|publicaci[óo]n)\s+(?:falla|sale\s+mal))\s*\??$|^(?:o\s+que\s+fazer\s+)?se\s+(?:a|o)\s+(?:atualiza[çc][ãa]o|migra[çc][ãa]o|implanta[çc][ãa]o|instala[çc][ãa]o|deploy|publica[çc][ãa]o)\s+falhar\s*\??$|^(?:que\s+faire\s+)?si\s+(?:la\s+|le\s+|l['’]\s*)(?:mise\s+[àa]\s+jour|migration|d[ée]ploiement|installation)\s+[ée]choue\s*\??$|^if\s+(?:you|we|someone|somebody)\s+(?:accidentally\s+|mistakenly\s+)?(?:[a-z-]+ed|ran|did|made|sent|put|set|took|wrote)\s+(?:[a-z0-9-]+\s+){0,3}(?:too\s+(?:early|soon)|by\s+(?:mistake|accident)|prematurely)$`;
export const ROLLBACK_RE = new RegExp(
  `${ROLLBACK_BASE_RE.source}|${ROLLBACK_OTHER_LANGUAGES}|${MODIFIED_ROLLBACK_OTHER_LANGUAGES}|${GOING_BACK_NAME_OTHER_LANGUAGES}|${WORK_FAILS_NAME}`,
  "i",
);
/**
 * A section that glosses its own name as the rollback ("5. Performing Database Restoration (Rollback)
 * Procedure from Backup", "Plan de Reversa (Rollback)"): the rollback when work comes before it. The gloss may name the
 * rollback's kind ("## 4. Rencana Pembatalan (Rollback Strategy)", an Indonesian name glossed: 3250, set 272, both counters), and
 * another name beside it ("## 3. Kế Hoạch Xử Lý Sự Cố (Rollback / Disaster Recovery)" — the incident-handling plan — after a
 * Vietnamese MySQL upgrade's seven steps: 4661, set 389, both counters).
 */
export const ROLLBACK_GLOSS_RE = /\((?:rollback|roll[\s-]?back|back[\s-]?out)(?:\s+(?:plan|strategy|procedure|steps|process|path|options?))?(?:\s*[/&]\s*[^()\n]{1,40})?\)/i;
/** A section just before the rollback that says when to roll back ("Rollback Triggers", "When to roll back", "Backout criteria"): part of the rollback. */
export const ROLLBACK_LEADIN_RE =
  /^(?:(?:when|how) to (?:roll[\s-]?back|rollback|revert)\b.*|(?:rollback|roll[\s-]?back|revert|back[\s-]?out) (?:triggers?|criteria|decision(?: matrix| tree| criteria)?|conditions?)|(?:triggers?|criteria|conditions) for (?:a |the )?(?:rollback|roll[\s-]?back|reverting|back[\s-]?out)|(?:abort|no[\s-]?go|stop)\s+(?:criteria|conditions|triggers)|abbruch(?:kriterien|bedingungen)|(?:rollback|r[üu]ckroll)[\s-]?(?:entscheidung|kriterien|ausl[öo]ser)|criterios de (?:aborto|abortar|cancelaci[oó]n)|crit[eé]rios de (?:aborto|abortar)|crit[eè]res d'(?:abandon|arr[eê]t))$/i;
/** A section just after the rollback about its aftermath ("Post-Rollback Follow-up", "Rollback verification"): part of the rollback. */
export const ROLLBACK_FOLLOWUP_RE =
  /^(?:post[\s-]?(?:rollback|roll[\s-]?back)\b.*|after (?:a |the )?(?:rollback|roll(?:ing)?[\s-]?back)\b.*|(?:rollback|roll[\s-]?back) (?:verification|validation|follow[\s-]?up|checks?|monitoring))$/i;
export const SIGNOFF_RE =
  /^(?:final\s+)?(?:sign[\s-]?offs?|approvals?|signatures?)(?:\s+(?:sheet|section|requirements?|matrix|table|record))?$|^(?:承認|aprovaç(?:ão|ões)|aprobaci[oó]n(?:es)?|freigaben?|genehmigung(?:en)?|unterschriften|firmas?|assinaturas?|approvazion[ei]|firme|审批|签字|签核|签署|審批|簽核|승인|서명|подписи|утверждение|согласование|підписи|затвердження|погодження|goedkeuring(?:en)?|aftekening|zatwierdzeni[ae]|podpisy|onaylar?|imzalar)$/i;
/**
 * A name saying what the checklist leaves out ("## What this checklist does not include (and why)" over four bullets of what is
 * not checked and why, after a release checklist's boxes: 3952, set 330, both counters' sixteen boxes only; "Out of scope"):
 * about the checklist, no checklist of its own. So is how to use it ("## 3. チェックリストの使い方" — how to use the checklists — over
 * three bullets on filling in the checklist files: 4856, set 406, both counters' no items; "How to use this checklist").
 */
const LEAVES_OUT = String.raw`\b(?:not|never)\s+(?:include[sd]?|cover(?:s|ed)?|check(?:s|ed)?|part\s+of)\b|\b(?:does|do|is|are)n['’]t\s+(?:include|cover|check)|\b(?:excluded|exclusions?|out\s+of\s+scope)\b|\bnicht\s+(?:enthalten|abgedeckt|teil)\b|\bno\s+(?:incluye|cubre)\b|\bn[ãa]o\s+(?:inclui|cobre)\b|\bn['’](?:inclut|couvre)\s+pas\b|\bhow\s+to\s+(?:use|read|fill\s+in)\b|\busing\s+(?:the|this|these)\s+check\s?-?lists?\b|の(?:使い方|見方|書き方|記入方法)|(?:的)?(?:使用方法|使用说明|使用說明|填写说明)|\s사용법`;
/** A section of its own made of checklists: "Pre-deployment checklist", "Go-live checklist", "Post-deployment" (not what one leaves out). */
export const CHECKLIST_SECTION_RE = new RegExp(
  String.raw`^(?![\s\S]*(?:${LEAVES_OUT}))[\s\S]*?\b(?:check\s?lists?|checklisten|pre[\s-]?(?:deployment|flight|requisites?|checks?|migration|upgrade|release)|post[\s-]?(?:deployment|release|migration|upgrade|go[\s-]?live)|go[\s-]?live|readiness|prerequisites?|preconditions?|tasks)\b`,
  "iu",
);
/** Sections that are the runbook's notes rather than a phase's: contacts, glossary, appendices, a legend of status glyphs. */
/** A legend of the status glyphs ("Leyenda de Estados": "⬜ Pendiente", "✅ Completado"): it explains the boxes, it has none to tick. */
export const LEGEND_RE = /^(?:(?:status\s+)?legend|(?:leyenda|légende|legende|legenda)(?:\s+(?:de|des|der|dos)\s+[\p{L}]+)?|凡例|图例|圖例)$/iu;
/**
 * A maintenance runbook's cadence as a section's name ("## Weekly (~10 minutes)", "## Quarterly", "## Monatlich"): each
 * a round of work, as a numbered section is. Source: set 85 (1023: "Weekly" and "Monthly" carried estimates, "Quarterly"
 * none, and was read as Monthly's notes; its counters count the three); and the round after each deploy ("## After Every
 * Deploy" over eight numbered checks, before "## Weekly" and "## Monthly": 4076, set 341, both counters three phases or more).
 */
export const CADENCE_TITLE_RE =
  /^(?:daily|weekly|bi-?weekly|fortnightly|monthly|quarterly|half-?yearly|yearly|annually|annual|(?:every|each) (?:day|week|month|quarter|year)|(?:after|before) (?:every|each) (?:deploy(?:ment)?|release)|t[äa]glich|w[öo]chentlich|monatlich|viertelj[äa]hrlich|j[äa]hrlich|diari[oa]|semanal|mensual|trimestral|anual|quotidien(?:ne)?|hebdomadaire|mensuel(?:le)?|trimestriel(?:le)?|annuel(?:le)?|mensal|quinzenal|每日|每天|每周|每月|每季度|每年|毎日|毎週|毎月|四半期(?:ごと)?|毎年)(?:\s+(?:tasks?|checks?|maintenance|review|routine))?$/iu;
/**
 * A section named for the review after an incident ("Postmortem", "Post-incident review", "Retrospective", "复盘",
 * "ポストモーテム", "振り返り", "회고", "Nachbetrachtung", "Разбор инцидента"): in an incident-response runbook
 * (INCIDENT_RESPONSE_TITLE_RE), the
 * write-up a lead owes after the response, a phase even when written as a list of what it holds (2154, set 180: "##
 * Postmortem" over "Within 5 business days:" and four bullets, its counter's third phase). Only there: in a migration or
 * failover runbook the counters of 518 and 1795 read the same names as a follow-up to the work, no phase of its own.
 */
/** A runbook for responding to incidents ("Incident Response Runbook", "Outage playbook", "インシデント対応", "장애 대응"). */
export const INCIDENT_RESPONSE_TITLE_RE =
  /\b(?:incident|outage|on[\s-]?call)\b|インシデント|障害対応|障害発生時|사고\s*대응|장애\s*대응|事故|事件响应|事件響應|故障响应|故障應變|应急响应|應急響應|инцидент|incidente|vorfall|st[öo]rfall/iu;
export const POST_INCIDENT_TITLE_RE =
  /^(?:post[\s-]?mortem|post[\s-]?incident(?:\s+(?:review|analysis|actions?|tasks?))?|(?:incident|blameless)\s+review|retrospective|retro|复盘|復盤|事後(?:レビュー|検証|振り返り)|ポストモーテム|振り返り|회고|포스트모템|r[ée]trospective|retrospectiva|nachbetrachtung|разбор\s+инцидента|постмортем)(?![\p{L}])/iu;
/**
 * A heading naming the time right after the change ("The first week", "First 24 hours", "Primeras 24 horas", "Die ersten
 * 48 Stunden", "Première semaine"): watching the change land, a phase of the runbook, not reference. Source: sets 85–87
 * (1042, 1043: their counters count it). So is the period named for it ("Hypercare", "Observation period", "Período de
 * observação", "Beobachtungszeitraum", "観察期間": 2185, set 183 — the legacy kept frozen 30–90 days, its counter's phase).
 */
/**
 * Steps left to do, by hand or at the end ("## 4. Manual steps" over bullets after a decommission's "## 3. Apply" of its script:
 * 4655, set 389, both counters; "Final steps", "Clean-up tasks", "Post-deploy actions"): a phase, prose and all.
 */
export const REMAINING_STEPS_TITLE_RE =
  /^(?:manual|final|follow[\s-]?up|clean[\s-]?up|post[\s-]?(?:deploy(?:ment)?|release|migration|cut-?over|launch))\s+(?:steps|tasks|actions)$/iu;
export const AFTERMATH_TITLE_RE =
  /^(?:the\s+|die\s+|las?\s+|los\s+|les?\s+|as?\s+|os\s+)?(?:first|next|initial|primer[oa]s?|primeir[oa]s?|premi[eè]re?s?|erste[nr]?|prim[aei])\s+(?:\d+\s*)?(?:hours?|h|days?|weeks?|month|horas?|d[ií]as?|semanas?|m[eê]s|heures?|jours?|semaines?|mois|stunden|tage|wochen?|monat|ore|giorni|settimana|mese)\b|^(?:the\s+)?(?:hyper[\s-]?care|(?:observation|stabili[sz]ation|soak|burn[\s-]?in|bake)\s+(?:period|window|phase)|per[íi]odo\s+de\s+(?:observa[çc][ãa]o|observaci[óo]n|estabiliza[çc][ãa]o|estabilizaci[óo]n)|p[ée]riode\s+(?:d['’]observation|de\s+stabilisation)|beobachtungs(?:zeitraum|phase)|stabilisierungs(?:phase|zeitraum)|观察期|觀察期|稳定期|穩定期|観察期間|経過観察|安定化期間|관찰\s*기간|안정화\s*기간|период\s+(?:наблюдения|стабилизации))(?![\p{L}])/iu;
/** "After" alone, in the languages of the corpus ("## Depois", "## Afterwards", "## その後"): EVENT_TIME_TITLE_RE and
 * the after-sections parse-runbook.ts reads by what they list. */
export const AFTER_WORD = String.raw`(?:after(?:wards?)?|depois|despu[ée]s|apr[èe]s|danach|anschlie(?:ß|ss)end|その後|事後|之后|之後|이후|после)`;
/**
 * The event a runbook is for, in the languages of the corpus other than English ("despliegue", "déploiement",
 * "Bereitstellung", "migração", "上线", "デプロイ", "배포", "деплоя"): EVENT_TIME_TITLE_RE's times around it.
 */
// (and publishing or launching as a verb, "## Após publicar" — after publishing — closing a Portuguese launch checklist: 4681,
// set 391, both counters)
const EVENT_NOUN_ML = String.raw`(?:deploy(?:ment)?|flip|switch[\s-]?over|virada|despliegue|publica[çc][ãa]o|publicaci[óo]n|publicar|lan[çc]ar|lanzar|publier|implanta[çc][ãa]o|d[ée]ploiement|bereitstellung|rollout|release|lan[çc]amento|lanzamiento|lancement|migra[çc][ãa]o|migraci[óo]n|migration|cut[\s-]?over|corte|bascule|umstellung|go[\s-]?live|upgrade|actualizaci[óo]n|atualiza[çc][ãa]o|mise [àa] jour|restore|restauraci[óo]n|restaura[çc][ãa]o|restauration|wiederherstellung|mise en production|puesta en producci[óo]n|inbetriebnahme|aggiornamento|rilascio|tri[ểe]n khai)`;
const EVENT_NOUN_CJK = String.raw`(?:部署|上线|上線|发布|發布|发版|迁移|遷移|切换|切換|升级|升級|恢复|恢復|デプロイ|リリース|移行|切り?替え|本番反映|アップグレード|復元|リストア)`;
const EVENT_NOUN_KO = String.raw`(?:배포|릴리[스즈]|마이그레이션|전환|이관|업그레이드|복구|오픈)`;
const EVENT_NOUN_RU = String.raw`(?:деплоя|развёртывания|развертывания|релиза|миграции|переключения|обновления|восстановления)`;
/** What follows a time around the event in a section's name ("Post-deployment tasks", "배포 후 작업", "デプロイ後の作業"). */
const EVENT_TIME_SUFFIX = String.raw`(?:\s+(?:tasks|steps|phase|stage|work|preparation|prep|activities|day|tareas|pasos|tarefas|passos|t[âa]ches|[ée]tapes|aufgaben|schritte|задачи|шаги)|\s*(?:の)?(?:作業|タスク|手順|作业|任务|步骤|工作|작업|절차))?`;
/**
 * A time AFTER the event in another language ("Pós-deploy" aside: "Depois do deploy", "Después del despliegue", "Après le
 * déploiement", "Nach dem Deployment", "部署后", "デプロイ後", "배포 후", "После деплоя"): a phase where it lists what to do,
 * as an English "After …" section is (parse-runbook.ts). Source: 1601 (set 132: "## Pós-Deploy" over three actions after
 * the rollback, kept as notes; its counter counts it). And with what it is for after a comma ("## Después del lanzamiento, lo
 * que se mira" — after the launch, what is watched — closing a Spanish launch plan: 4666, set 390, both counters).
 */
export const AFTER_EVENT_ML_RE = new RegExp(
  String.raw`^(?:(?:ap[óo]s(?:\s+(?:o|a|os|as)(?=\s))?|depois\s+d[aoe]s?|despu[ée]s\s+de(?:l|\s+la)?|apr[èe]s\s+(?:le|la|l['’]|les)?|nach\s+(?:dem|der|den)?|dopo\s+(?:il|lo|la|l['’])?|sau\s+khi)\s*${EVENT_NOUN_ML}|после\s+${EVENT_NOUN_RU}|${EVENT_NOUN_CJK}\s*(?:之?后|之?後|以後|以后)|${EVENT_NOUN_KO}\s*(?:후|이후))${EVENT_TIME_SUFFIX}(?:\s*[,:：—–]\s*\S.{0,40})?$`,
  "iu",
);
/**
 * A section named for a time around the event the runbook is for ("Pre-Cutover", "Pre-deployment tasks", "Before the
 * migration", "During your shift", "After your shift"): what a lead does then, a phase even when written as bullets
 * (1200, 1166: both counters) — as "Post-Cutover" (VERIFICATION_TITLE_RE). Not "Pre-requisites": what must hold is a
 * checklist's label. An "After …" section is a phase where it lists what to do ("## After launch" over bullets, 1198;
 * "After" alone or in another language — "## Depois", "## Afterwards", "## その後" — over bullets, 1733, 1454);
 * one of prose after the work ("## After the cutover" over a paragraph) is reference (parse-runbook.ts). The event may
 * be the switch itself ("## After the switch" over nine checks, 1812, both counters; "the flip", "the restore", "the move").
 * In the other languages of the corpus too: "Pós-Deploy", "Post-despliegue", "Post-déploiement" (pós / post / pos before
 * the event), "Antes del despliegue", "Avant le déploiement", "Vor dem Deployment", "Durante la migración", "部署前",
 * "デプロイ前", "배포 전", "Перед деплоем", and the times after it (AFTER_EVENT_ML_RE): 1601.
 */
export const EVENT_TIME_TITLE_RE = new RegExp(
  String.raw`^(?:pre[\s-]?(?:cut[\s-]?over|deploy(?:ment)?|migration|launch|release|upgrade|go[\s-]?live|rollout|switch[\s-]?over|maintenance|failover|restore)|(?:before|during|after) (?:the |your |each |every )?(?:cut[\s-]?over|deploy(?:ment)?|migration|launch|release|upgrade|go[\s-]?live|rollout|switch(?:[\s-]?over)?|flip|failover|restore|move|rotation|maintenance(?: window)?|shift|on[\s-]?call(?: shift)?|window|event))(?:\s+(?:tasks|steps|phase|stage|work|preparation|prep|activities|day))?$|^${AFTER_WORD}$|^(?:pre|post)[\s-]?event(?:\s+(?:tasks|steps|checks|preparation|prep))?$|^(?:(?:p[óo]s|pos|post|pr[ée]|pre)[\s-]?${EVENT_NOUN_ML}|(?:antes\s+d(?:el?|o|a)|avant\s+(?:le|la|l['’]|les)?|vor\s+(?:dem|der|den)?|prima\s+d(?:el|ella|i)|durante\s+(?:el|la|o|a)?|pendant\s+(?:le|la|l['’])?|w[äa]hrend\s+(?:des|der)?|tr[ưu][ớo]c\s+khi)\s*${EVENT_NOUN_ML}|(?:перед|до|во\s+время)\s+${EVENT_NOUN_RU}|${EVENT_NOUN_CJK}\s*(?:之?前|以前|中)|${EVENT_NOUN_KO}\s*(?:전|중))${EVENT_TIME_SUFFIX}$|${AFTER_EVENT_ML_RE.source}`,
  "iu",
);
/**
 * A section named for the check of the work ("Verification", "Vérification", "Smoke tests", "Post-Upload", "Production
 * 수용" (acceptance), "4. 確認", "Überprüfung", "Проверка", "Post-check": 837; "配備後の受入", post-deploy acceptance: 2587, set
 * 217, both counters): work a lead does and signs, a phase even when written as prose. A word stem anywhere in the name, in
 * the languages of the corpus (issue 16). Not the Chinese "验收": cited in a gloss ("一、服务器规格（验收 6.1）", 2097) or as
 * its evidence ("验收证据", 726) it names the acceptance list the section answers, not a check to make.
 */
export const VERIFICATION_TITLE_RE =
  /(?:v[ée]rif|validat|valida[çc]|smoke|accept|abnahme|\bgates?\b|go[\s/-]+no[\s-]?go|检查|檢查|点检|チェック|点検|점검|게이트|ゲート|post[\s\u2010\u2011-]?(?:deploy|upload|release|rotation|cut-?over|migration|upgrade|launch|go-?live|failover|restore|checks?)|comprobaci[óo]n|comprobaciones|\bchecks? after\b|確認|検証|验证|驗證|검증|확인|수용|pr[üu]f|überprüf|проверк|перевірк|doğrula|weryfik|controle|kontrol|ki[ểe]m tra|受入|受け入れ|인수\s*(?:테스트|검사|확인)|при[её]мк|приймання|recette|collaudo|aceita[çc][ãa]o)/iu;
/**
 * A calendar date in a heading ("2026-10-04", "25/09/2026", "14.07.2026", "2026年10月"): with a check's name it is the
 * record of a check made that day ("## Vérification du 2026-10-04", "## Current live state, verified 2026-08-29",
 * "## 本番データ確認結果（2026-09-18）"), not a check to make (1515, 1128, 251).
 */
export const DATED_TITLE_RE = /(?<!\d)(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}年\d{1,2}月)(?!\d)/u;
/**
 * A check's word negated: "未確認のこと" (things not yet confirmed), "미확인 사항", "Unverified", "Not yet checked" — open
 * questions, not a check to make (1725's "## 8. 未確認のこと（前任者に確認する）", read as a phase by its "確認").
 */
export const UNCHECKED_TITLE_RE =
  /(?:未|미|待)\s*(?:確認|确认|検証|验证|驗證|检查|檢查|チェック|点検|확인|검증)|\bun(?:verified|confirmed|checked|tested)\b|\bnot (?:yet )?(?:verified|confirmed|checked|tested)\b/iu;
/** Words that follow a Spanish, Portuguese, French or Italian verb in a heading ("Retirar el legacy", "Vérifier le service"). */
const ROMANCE_OBJECT = String.raw`(?:a|el|la|los|las|lo|le|les|un|una|uno|une|des|du|de|del|da|do|dos|das|il|gli|al|en|à|au|aux|em|no|na|nos|nas|nel|nella|sul|con|com|avec|per|para|pour|todos|todas|tous|toutes|tutti)\b`;
/**
 * The same in Korean and Japanese, whose headings end in their verb: a Korean "-기" form of a verb a
 * runbook's steps use or a Sino-Korean action noun ("MySQL 서비스 추가", "도메인 받고 콘솔에 등록", "스키마와
 * 데이터 넣기"); a Japanese "する" form, or a verb after its object's "を" ("APKをビルド"). A Japanese noun
 * alone ("不要なデプロイ") and a Chinese one ("迁移前置条件": "迁移" opens nouns as often as verbs) are not
 * actions, nor are nouns of settings ("설정", "環境設定"): a section of them is reference. But a Chinese or Japanese
 * heading that is one action verb and nothing else ("运行", "部署", "启动", "実行", "デプロイ") names the work, as "Run" and
 * "Deploy" do (2108, set 177: "### 四、运行" over two lines of prose, its counter's third phase). And an Arabic heading opened by its verb or verbal noun ("## نقل البيانات القديمة بأمان" — move the old data safely —, "## تحقق الخدمة الحية" — verify the live service —, closing a Supabase and Vercel move: 4086, set 341, both counters three phases or more).
 */
const CJK_ACTION = String.raw`^(?:导入|導入|配置|设置|設置|创建|創建|更新|部署|发布|發布|上线|上線|迁移|遷移|切换|切換|升级|升級|安装|安裝|构建|構建|备份|備份|恢复|恢復|还原|還原|执行|執行|重启|重啟|初始化|验证|驗證|下载|下載|上传|上傳|拉取|推送|同步|生成|注册|註冊|开通|開通|启用|啟用|绑定|綁定|替换|替換|删除|刪除)(?:到|至)?\s*[A-Za-z][\w .\-/+]{0,30}$|^(?:运行|運行|启动|啟動|部署|发布|發布|上线|上線|迁移|遷移|切换|切換|升级|升級|安装|安裝|构建|構建|编译|編譯|打包|备份|備份|恢复|恢復|还原|還原|执行|執行|重启|重啟|停止|停机|停機|清理|起動|実行|デプロイ|リリース|移行|切り替え|切替|バックアップ|リストア|復元|再起動|ビルド|インストール|ダウンロード|アップロード|下载|下載|上传|上傳)$|(?:하기|넣기|만들기|채우기|받기|올리기|내리기|바꾸기|켜기|끄기|붙이기|옮기기|지우기|돌리기|추가|등록|설치|생성|배포|실행|적용|삭제|교체|전환|이관|백업|복원|재시작|중지|업데이트|업그레이드|마이그레이션|다운로드|업로드)$|を[^をのはがで\s]{1,12}$|(?:する|します)$|^(?:تحقق|تحقّق|نقل|انقل|تثبيت|ثبّت|ثبت|نشر|انشر|إنشاء|أنشئ|تشغيل|شغّل|إعداد|ترحيل|استعادة|اختبار|اختبر|تحديث|ترقية|إيقاف|أوقف|حذف|احذف|مراجعة|راجع|تفعيل|فعّل|رفع|ارفع|تصدير|صدّر|استيراد)(?:\s|$)`;
/** Whether a heading names a check to make (VERIFICATION_TITLE_RE), not the record of one made (DATED_TITLE_RE) nor
 * open questions (UNCHECKED_TITLE_RE). */
/**
 * The tests as a heading's whole name or its first word ("Tests", "Testing", "Pruebas", "Testes", "Contrôle", "Тестирование",
 * "Comprobación posterior"), or a CJK name's last ("功能测试", "動作テスト", "기능 테스트", "部署后确认"): a check to make, as
 * "Verification" is. Not by the first words of a section after the work with code to run (parse-runbook.ts: "Tests de
 * Validation" there is a battery of tests to look up, 919).
 */
const TESTS_NAME_RE =
  /^(?:tests|testing|pruebas|testes|comprobaci[óo]n|comprobar|confer[êe]ncia|contr[ôo]le|controllo|collaudo|тестирование|sprawdzenie|pengujian|x[áa]c nh[ậa]n|ki[ểe]m th[ửu])(?![\p{L}\p{N}])|(?:确认|確認|测试|測試|テスト|테스트)$/iu;
export const namesCheckToMake = (title: string) =>
  (VERIFICATION_TITLE_RE.test(title) || TESTS_NAME_RE.test(title)) && !DATED_TITLE_RE.test(title) && !UNCHECKED_TITLE_RE.test(title);
/**
 * A heading labelled as an alternative way of doing the work ("別案: 推論サーバー1台だけで運用する", "代替案：…", "대안: …",
 * "Alternative: …", "Alternativa: …"): a variant set up instead, kept as text after the work, never a phase of its own
 * (1704: the counter's four phases, the variant after the troubleshooting read as a fifth by its verb).
 */
export const ALTERNATIVE_LABEL_RE = /^(?:別案|代替案|代案|替代方案|备选方案|備選方案|대안|대체\s*방안|alternative|alternativa|alternativ|variante)\s*[:：—–-]/iu;
/**
 * A Spanish, Portuguese, French or Italian infinitive in -er / -re standing alone as a heading's name ("2. Conter",
 * "6. Aprender", "3. Déployer", "Scrivere"): an action in a runbook written in that language (isRomanceProse), never
 * in an English one, whose nouns end the same way ("Server", "Cluster", "Docker", "Procedure"). The -ar / -ir forms
 * are actions alone in any runbook (ACTION_TITLE_RE). Source: 1711 (both counters count "Conter" and "Aprender").
 */
export const ROMANCE_BARE_INFINITIVE_RE = /^\p{L}{3,}(?:[eé]r|re)$/u;
/** Function words of Spanish, Portuguese, French and Italian prose (none of them English or German). */
const ROMANCE_FUNCTION_WORD_RE =
  /(?<![\p{L}\p{N}_])(?:que|não|nao|para|com|uma|los|las|del|por|les|une|pour|avec|dans|est|della|che|per|el|la|le|du|au|os|um|são|y|et|em|en|de|da|dos|se)(?![\p{L}\p{N}_])/giu;
/** Function words of English prose. */
const ENGLISH_FUNCTION_WORD_RE = /(?<![\p{L}\p{N}_])(?:the|and|to|of|is|for|with|on|this|that|it|be|are)(?![\p{L}\p{N}_])/giu;
/**
 * Whether `text` (a whole document) is written in a Romance language: its Spanish / Portuguese / French / Italian
 * function words number at least ten and twice its English ones. Read on its first 200,000 characters (a language shows
 * long before; about 13 ms there, where the whole of a 1.1 MB runbook took 71 ms).
 */
export function isRomanceProse(text: string): boolean {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const romance = sample.match(ROMANCE_FUNCTION_WORD_RE)?.length ?? 0;
  const english = sample.match(ENGLISH_FUNCTION_WORD_RE)?.length ?? 0;
  return romance >= 10 && romance >= 2 * english;
}
/**
 * A section named by the action it takes ("Announce", "Deploy to production", "Replace OPatch",
 * "Retirar el legacy", "Vérifier le service", "Dispatch", "Read the plan, then approve": 844): work, a phase even when
 * written as prose. Its first word
 * is a verb in the imperative or infinitive — an English base form a runbook's steps use, or a Spanish,
 * Portuguese, Italian or French infinitive: "-ar" / "-ir" alone or over its object, "-er" / "-re" only
 * over its object ("Server", "Architecture", "After cutover" are English nouns and words, not actions). "Get" and "Host" only
 * over an article ("## 2. Get a real audit", "## 3. Host the resource server" among a go-live's six numbered steps: 3580, set
 * 299, both counters; "Host requirements" names no action). And two Romance infinitives joined ("### 4. Lançar e observar" — launch
 * and observe — closing a Portuguese go-live plan's four prose steps: 4778, set 399, both counters; "Preparar y validar el entorno").
 */
export const ACTION_TITLE_RE = new RegExp(
  String.raw`^(?:add|adjust|announce|apply|dispatch|read (?:the|each|all|through)|archive|attach|audit|change|modify|reconfigure|tune|back up|build|bump|cancel|check|clean up|clone|communicate|configure|confirm|copy|create|cut[ -]?over|decommission|delete|deploy|disable|download|drain|drop|enable|execute|export|fail ?over|fail ?back|fetch|finali[sz]e|flip|freeze|generate|import|increment|inform|initiali[sz]e|initiate|install|invalidate|launch|merge|migrate|monitor|move|notify|pause|perform|point|prepare|promote|provision|publish|pull|push|rebuild|reboot|register|release|reload|remove|rename|repoint|replace|restart|restore|resume|retire|revert|review|roll out|rotate|run|scale|send|set up|ship|shut down|sign|snapshot|stage(?!\s*[\dIVX]+\b)|start|stop|submit|swap|switch|sync|tag|tear down|test|trigger|turn|unfreeze|update|upgrade|upload|validate|verify|wait|warm up|watch|observe|record|prove|capture|collect|measure|close|complete|approve|assess|evaluate|inspect|investigate|roll forward|fix forward|follow up|reconcile|compare|backfill|seed|grant|revoke|escalate|contain|resolve|triage|mitigate|eradicate|recover|remediate|diagnose|isolate|stabili[sz]e|acknowledge|declare|hand over|hand off|get (?:a|an|the|your|our)|host (?:the|a|an|your|our))\b(?!\s+(?:conditions?|criteria|triggers?|notes|rules|polic(?:y|ies)|results?|logs?|history|reference|matrix|overview|summary)\b)|^[\p{L}]{3,}(?:ar|ir)(?:\s*$|\s+${ROMANCE_OBJECT}|\s+(?:e|y)\s+[\p{L}]{3,}(?:ar|er|ir)(?:\s*$|\s+${ROMANCE_OBJECT}))|^[\p{L}]{3,}(?:[eé]r|re)\s+${ROMANCE_OBJECT}|${CJK_ACTION}`,
  "iu",
);
/**
 * A section named for the preparation of the work ("## Rust cutover preparation", "## Preparation", "## Vorbereitung",
 * "## Préparation", "## Preparación", "## Подготовка", "## 准备", "## 準備", "## 준비", "Preparativos", "Chuẩn bị", "Persiapan",
 * "Hazırlık", "Voorbereiding"): the first stage of the work, a
 * phase even when written as bullets (1925, set 161, both counters). Not things to bring ("준비물", "用意するもの"), nor a
 * state after it ("## Current State (post-prep)", 750).
 */
export const PREPARATION_TITLE_RE =
  /(?:(?<!post[\s-]?)\bprep(?:aration|aring)?\b|\bvorbereitung|pr[ée]paration|preparaci[oó]n|prepara[çc][aã]o|preparazione|preparativos|pr[ée]paratifs|подготов(?:к|ит)|przygotowani|chu[ẩa]n b[ịi]|persiapan|haz[ıi]rl[ıi]k|voorbereiding|f[öo]rberedelse|准备(?!物)|準備(?!物)|준비(?!물))/iu;
/**
 * Future work, next steps and what is out of scope, in any language ("Next steps", "Possible improvements", "后续优化建议",
 * "今後の課題", "향후 과제", "다음 단계", "Próximos pasos", "Nächste Schritte", "Ausblick", "非当前范围", "対象外", "Fuera del
 * alcance"): what the document leaves for later, reference after the work as "Future work" and "Out of scope" are in
 * English (2089's "## 9. 后续优化建议（非当前范围）" and 2093's "## 다음 단계", set 175: both counters' phases without them). So is
 * what is only suggested ("Automação Sugerida", "Recommended improvements", "Mejoras propuestas": 2753, set 230, both counters).
 */
const FUTURE_WORK_NAME = String.raw`next\s+steps|(?:suggested|recommended|proposed)\s+(?:automation|improvements|enhancements)|automa[çc][ãa]o\s+sugerida|automatizaci[oó]n\s+sugerida|automatisation\s+sugg[ée]r[ée]e|(?:melhorias|mejoras)\s+(?:sugeridas|propuestas|propostas)|am[ée]liorations\s+(?:sugg[ée]r[ée]es|propos[ée]es)|(?:possible|further|potential|planned)\s+(?:improvements|enhancements|work)|(?:后续|後續|未来|未來)(?:优化|優化|改进|改進|工作|计划|計劃)(?:建议|建議|方向|事项|事項)?|下一步(?:计划|計劃|工作)?|今後の(?:課題|改善|予定|作業|展望)|향후\s*(?:과제|개선|계획|작업)(?:\s*사항)?|추후\s*(?:개선|과제|작업)(?:\s*사항)?|다음\s*단계|次のステップ|pr[óo]ximos\s+(?:pasos|passos)|prochaines\s+[ée]tapes|n[äa]chste\s+schritte|следующие\s+шаги|trabajos?\s+futuros?|mejoras\s+futuras|trabalhos?\s+futuros?|melhorias\s+futuras|am[ée]liorations\s+futures|travaux\s+futurs|(?:zuk[üu]nftige|k[üu]nftige)\s+(?:verbesserungen|arbeiten)|ausblick|(?:дальнейшие|будущие)\s+(?:улучшения|шаги)|非当前范围|非當前範圍|范围外|範圍外|不在(?:本次)?范围内?|対象外|범위\s*외|fuera\s+del?\s+alcance|fora\s+do\s+escopo|hors\s+(?:du\s+)?(?:p[ée]rim[èe]tre|champ)|au[ßs]erhalb\s+des\s+umfangs|вне\s+(?:рамок|области)`;
/**
 * A section asking why, in the other languages of the corpus ("왜 Railway 인가", "为什么选 Railway", "なぜ…か", "¿Por qué …?",
 * "Pourquoi …", "Warum …", "Почему …"): the rationale, never a phase of work, as "Why …" is in English (2048, set 172: "## 왜
 * Railway 인가" over a comparison table read as the first of four phases where its counter counts 2–3).
 */
const WHY_NAME = String.raw`왜\s.*|(?:为什么|為什麼|为何|為何|なぜ).*|(?:por\s+qu[êée]|pourquoi|warum|почему|perch[ée]|t[ạa]i\s+sao|v[ìi]\s+sao|mengapa|kenapa|dlaczego|waarom)(?![\p{L}]).*`;
/**
 * Naming conventions and templates, in the languages of the corpus ("Naming conventions", "Convention de nommage",
 * "Namenskonventionen", "命名规范", "명명 규칙"; "down.sql 模板", "PR テンプレート", "Vorlage für …"): reference to follow, as
 * "Conventions" and "Templates" are in English (446, 590). And a plan for later named by a Romance adjective after its noun
 * ("Plan d'automatisation futur", "Mises à jour futures", "Migración futura": 613, 2051), as "Future work" is.
 * And rules for the work to come ("## Rules for future migrations" after a migration runbook's failure handling: 4299, set 359,
 * both counters' reference).
 * And, in Chinese, what is forbidden and how a thing is to be named or read ("## 当前禁止项", "## tag 口径" after a release gate's
 * checks: 4174, set 349, both counters' reference).
 */
const CONVENTIONS_NAME = String.raw`naming\s+conventions?|(?:rules|guidelines|conventions)\s+for\s+(?:future|new|later|upcoming|all\s+future)\s+[\p{L}-]+|conventions?\s+de\s+nommage|convenci[óo]n(?:es)?\s+de\s+(?:nombres|nomenclatura)|conven[çc](?:[ãa]o|[õo]es)\s+de\s+(?:nomes|nomenclatura)|namens(?:konventionen?|regeln)|命名(?:规范|規範|规则|規則|規約|约定|約定)|명명\s*(?:규칙|규약|컨벤션)|соглашени[ея]\s+об?\s+именовании|vorlagen?(?:\s+f[üu]r\b.*)?|plantillas?(?:\s+de\b.*)?`;
/**
 * What is forbidden, in the languages of the corpus ("## Operacoes proibidas nesta fase" between a migration checklist and its
 * rollback: 4309, set 360, counted as rules, no phase; "Prohibited actions", "Forbidden operations (data safety)", "Forbidden
 * on production", "Operaciones prohibidas", "Opérations interdites", "Verbotene Befehle", "Запрещено в prod"): rules the work
 * keeps, reference as "What not to do" is, never a stage of the work.
 */
const FORBIDDEN_NAME = String.raw`(?:prohibited|forbidden|banned|disallowed|not\s+allowed)(?:\s+(?:actions|operations|commands|changes|steps|things|practices|patterns))?(?:\s+(?:on|in|without|during|for|until|unless)\s.*|\s*[(（].*)?|(?:opera[çc][õo]es|operacoes|operaciones|a[çc][õo]es|acoes|acciones|comandos|pr[áa]cticas|pr[áa]ticas|cambios|mudan[çc]as)\s+(?:proibidas|prohibidas)(?:\s.*)?|(?:proibido|prohibido)(?:\s.*)?|(?:op[ée]rations|actions|commandes|pratiques)\s+interdites(?:\s.*)?|verbotene\s+(?:operationen|aktionen|befehle|schritte|[äa]nderungen)(?:\s.*)?|verboten(?:\s.*)?|запрещено(?![\p{L}]).*|запрещ[её]нные\s+(?:операции|действия|команды)(?![\p{L}]).*`;
/**
 * The names of CONVENTIONS_NAME known by how they end — a template ("down.sql 模板", "PR テンプレート") or a plan named by a
 * Romance adjective after its noun ("Plan d'automatisation futur") — read apart from APPENDIX_RE, behind a test of the
 * ending alone: as alternatives of that one anchored pattern, their open prefixes were tried on every heading and made
 * the 1 MB import 0.15 s slower (BENCHMARKS.md, session 30).
 */
const APPENDIX_BY_ENDING_HINT_RE = /(?:模板|模版|テンプレート|템플릿|口径|口徑|禁止项|禁止項|禁止事项|禁止事項|futur(?:e|es|s|a|as|o|os)?)$/iu;
const APPENDIX_BY_ENDING_RE =
  /^(?:[\p{L}\p{N}._ -]{0,30}(?:模板|模版|テンプレート|템플릿|口径|口徑|禁止项|禁止項|禁止事项|禁止事項)|[\p{L}'’ -]{2,40}\s+futur(?:e|es|s|a|as|o|os)?)$/iu;
/**
 * What each part of the work is for, in the languages of the corpus ("What each guardrail protects", "O que cada guardrail
 * protege", "Qué hace cada paso", "Ce que fait chaque contrôle", "Was jeder Schritt prüft", "每个检查的作用", "各チェックの役割",
 * "각 단계의 역할"): an explanation beside the work, reference as "What the cutover does" is (2134, set 179: "## 4. O que cada
 * guardrail protege", a table of what each guard stops, read as a fourth phase where both counters count 2–3).
 */
const WHAT_EACH_NAME = String.raw`what\s+each\s+(?:[\p{L}\p{N}-]+\s+){1,2}(?:does|protects|means|checks|covers|guards|catches|prevents|verifies|is\s+for|reports)\b.*|o\s+que\s+cada\s+.{1,40}?\s+(?:faz|protege|significa|verifica|cobre|impede|garante|valida)\b.*|(?:qu[ée]|lo\s+que)\s+(?:hace|protege|significa|verifica|cubre|impide|garantiza|valida)\s+cada\b.*|lo\s+que\s+cada\s+.{1,40}?\s+(?:hace|protege|significa|verifica|cubre|impide)\b.*|ce\s+que\s+(?:fait|prot[èe]ge|signifie|v[ée]rifie|couvre|emp[êe]che)\s+chaque\b.*|ce\s+que\s+chaque\s+.{1,40}?\s+(?:fait|prot[èe]ge|signifie|v[ée]rifie|couvre|emp[êe]che)\b.*|was\s+jede[rsn]?\s+.{1,40}?\s+(?:tut|macht|sch[üu]tzt|bedeutet|pr[üu]ft|abdeckt|verhindert)\b.*|wovor\s+jede[rsn]?\b.*|(?:每个|每個|各个|各個)[^\s]{1,12}的(?:作用|用途|含义|含義|职责|職責)|各[^\s]{1,12}の(?:役割|意味|目的)|각\s*[^\s]{1,12}\s*의\s*(?:역할|의미|목적)`;
/**
 * One appendix name (APPENDIX_RE), or two joined ("Escalation and contacts", "Escalação e contatos",
 * "Glossary & references"): contacts, glossary, references, history, help, notes — in Indonesian too ("## 10. Rujukan
 * cepat", quick reference, after the work: 1753).
 * And the case of the restore itself failing ("If restore fails", "Si la restauración falla": check the provider's status,
 * try an older dump — advice for a restore that went wrong, no phase of the work and no way back from it: 1777, both
 * counters, and 802); "Rollback (If Restore Fails)" is named a rollback and stays one (1075).
 * And in Chinese and Korean: known issues ("已知事项", 1316), emergency contacts ("紧急联系方式", 1560), common
 * troubleshooting and scripts ("常见问题排查", "常用运维脚本"), troubleshooting in Hangul ("트러블슈팅", 1611).
 * And cheat sheets, useful commands, related documents, links and FAQs in the other languages of the corpus ("チートシート",
 * "命令速查", "Spickzettel", "Referencia rápida", "便利なコマンド", "関連ドキュメント", "相关文档", "Liens utiles", "よくある質問",
 * "Preguntas frecuentes"), as in English: reference after the work, not a phase (session 29). And the assumptions a plan makes
 * ("## Current Assumptions" between a deploy playbook's steps and its validation: 4483, set 375, both counters 1–2 phases).
 * And best practices in Japanese, Chinese and Korean, or after the work they are for ("## メンテナンスのベストプラクティス" —
 * maintenance best practices — after a Japanese maintenance manual's checklist: 4634, set 387, both counters; "运维最佳实践",
 * "배포 모범 사례", "Maintenance best practices"); the pitfalls one ran into ("## 5. Spring Boot 4 的三个坑（本轮实测踩过，务必注意）" —
 * Spring Boot 4's three pits —) and where things stand ("## 1. 现状" over a status table), in a Chinese Flyway guide whose
 * one procedure is its §3 (4693, set 392, both counters 1–3 phases). And, in Japanese, the definitions of severity ("## 5. 重要度
 * （高/中/低）の定義"), the escalation guideline ("エスカレーション指針"), the points of caution ("WordPress/DB に依存する注意点") and
 * where the deliverables go ("成果物パス") after a consistency check's flow (4856, set 406, both counters 3–6 phases).
 */
const APPENDIX_NAME = String.raw`(?:(?:support|key|team|important|useful|external|internal)\s+)?(?:appendix\b.*|(?:wichtige\s+)?hinweise|remarques(?:\s+importantes)?|notas(?:\s+importantes)?|note\s+importanti|주의\s*사항|유의\s*사항|l[ưu]u [ýy](?:\s+quan tr[ọo]ng)?|ghi ch[úu]|catatan(?:\s+penting)?|uwagi|важные замечания|примечания|(?:[\p{L}.-]+\s+)*cheat[\s-]?sheet|(?:[가-힣A-Za-z-]+\s*){0,3}치트\s*시트|quick[\s-]?reference|appendices|(?:emergency |escalation )?contacts?(?: list)?|how\s+it\s+works|how\s+(?:this|the\s+[\p{L}-]+)\s+works|(?:technical|implementation)\s+details|(?:command[\s-]?line|cli)\s+(?:options|arguments|flags|parameters|reference)|工作原理|(?:实现|實現|技术|技術)(?:细节|細節)|技術的な?詳細|仕組み|(?:命令行|命令)?参数(?:说明|列表)|引数(?:一覧|の説明)|detalles\s+t[ée]cnicos|d[ée]tails\s+techniques|technische\s+details|detalhes\s+t[ée]cnicos|как\s+это\s+работает|технические\s+детали|escalation(?: path| matrix)?|glossary|references?|links|resources|further reading|faq|troubleshooting|where to look\b.*|communications?(?: plan)?|change ?log|(?:(?:current|setup|set-up|rehearsal|drill|implementation|rollout|project|document)\s+)?status(?:\s+\([^)]*\))?|现状|現状|現況|当前状态|當前狀態|目前状态|目前狀態|(?:[\p{L}-]+\s+){0,2}(?:log\s+)?(?:format|template)s?|(?:backup|branching|testing|retention|versioning|tagging)\s+(?:strateg(?:y|ies)|polic(?:y|ies))|revision history|document history|history|see also|related(?: documents| runbooks)?|raci(?: matrix)?|roles and responsibilities|version history|learn more|more information|(?:quick|common|basic|rapid)\s+troubleshooting|(?:if|when)\s+(?:the\s+|a\s+)?(?:restore|restoration|recovery)\s+fails|si\s+la\s+(?:restauraci[óo]n|recuperaci[óo]n)\s+falla|se\s+a\s+(?:restaura[çc][ãa]o|recupera[çc][ãa]o)\s+falhar|troubleshooting\s+(?:guide|tips|r[áa]pido|r[áa]pida)|(?:common|frequent|known)\s+(?:problems|issues|errors|pitfalls|failures|failure modes)(?:\s*(?:&|and|\+|\/)\s*(?:resolutions?|solutions?|fixes|remedies|workarounds))?|when to (?!roll|revert|back)\b.*|why\b.*|[^，,。:：]{0,20}?(?:[一二三四五六七八九十几幾\d]+\s*个|[一二三四五六七八九十几幾\d]+\s*個)?(?:坑|踩坑|踩過的坑|踩过的坑)(?:\s*[（(][^()（）]*[)）])?|(?:(?:migration|deployment|deploy|release|upgrade|safety|general|key|golden|ground|hard|basic|base|operating)\s+)*(?:rules|guidelines|best practices|conventions|principles|tips(?:\s+(?:and|&)\s+tricks)?)|(?:[\p{L}\p{N}ー・]{1,12}(?:の|的)\s*)?(?:ベストプラクティス|最佳实践|最佳實踐)|[一-龥]{1,8}(?:最佳实践|最佳實踐)|(?:[가-힣A-Za-z]+\s*)?(?:모범\s*사례|베스트\s*프랙티스)|(?:[\p{L}-]+\s+)best practices|(?:r[èe]gles|regeln|reglas|regras|grunds[äa]tze|bonnes pratiques|buenas pr[áa]cticas|boas pr[áa]ticas|melhores pr[áa]ticas|principes|principios|princ[íi]pios|原则|规则|ルール|原則|규칙|원칙|правила|принципы)(?:\s+[\p{L}]+){0,3}|(?:(?:deployment|deploy|migration|release|upgrade|build)\s+)?(?:failures|failure (?:modes|scenarios))|handling\s+(?:(?:deployment|deploy|migration|release|upgrade|build)\s+)?(?:failures|errors)|what (?:this|it|[\p{L}\p{N}-]+(?: [\p{L}\p{N}-]+)?) (?:does(?: not|n't) )?covers?\b.*|(?:[\p{L}\p{N}-]+\s+)?caveats?|(?:special|other|additional|important|further)\s+considerations\b.*|(?:future|futuro|futur|zuk[üu]nftig|k[üu]nftig)\s*(?:[:：]|\s[—–-])\s*.*|what not to (?:do|change|touch|run)\b.*|금지\s*사항|하지\s*말(?:아야\s*할)?\s*것|禁止事[项項]|不要做的事(?:情)?|(?:やっては|しては)いけないこと|(?:(?:current|key|working|planning|general)\s+)?assumptions|open questions|offene fragen|questions ouvertes|preguntas abiertas|quest[õo]es em aberto|(?:open|pending|outstanding|unresolved)\s+decisions|decisiones\s+(?:abiertas|pendientes)|decis[õo]es\s+(?:em\s+aberto|pendentes|abertas)|d[ée]cisions\s+(?:ouvertes|en\s+suspens|[àa]\s+prendre)|offene\s+entscheidungen|未决(?:事项|问题|决策)|未決(?:事項|の論点)|待定(?:事项|决策|問題|问题)|미결\s*(?:사항|결정)|открытые\s+(?:вопросы|решения)|未確認(?:のこと|事項)|未确认(?:事项)?|待确认(?:事项)?|미확인\s*사항|(?:do'?s and )?don'?ts|(?:(?:known|common|typical)\s+)?(?:pitfalls|gotchas)|(?:[\p{Script=Hangul}\p{N}]+\s*){0,4}함정|(?:deployment|deploy|hosting|installation)\s+options|デプロイオプション|部署选项|部署選項|배포\s*옵션|opciones\s+de\s+(?:despliegue|implementaci[oó]n)|op[çc][õo]es\s+de\s+(?:deploy|implanta[çc][ãa]o)|options\s+de\s+d[ée]ploiement|stolperfallen|fallstricke|pi[èe]ges(?:\s+(?:courants|fr[ée]quents|[àa]\s+[ée]viter))?|armadilhas(?:\s+comuns)?|trampas(?:\s+comunes)?|落とし穴|ハマり(?:どころ|ポイント)|踩坑(?:记录|記錄|指南)?|常见(?:的)?坑|(?:known|identified)\s+risks|已知风险|已知風險|既知のリスク|알려진\s*위험|bekannte\s+risiken|riesgos\s+conocidos|riscos\s+conhecidos|risques\s+connus|(?:已验证的?|已驗證的?)?(?:修复|修復|排障|故障处理|故障處理)记录|(?:已验证的?|已驗證的?)?(?:修复|修復|排障)記錄|qu[ée] no hacer|o que n[ãa]o fazer|ce qu'il ne faut pas faire|was (?:man )?nicht (?:zu )?tun(?: ist| sollte)?|communicating|known\s+limitations|(?:issues|problems)\s+(?:encountered|found|faced|we\s+hit)|(?:services|components|tools|things|features|accounts|integrations)\s+(?:that\s+are\s+)?not\s+(?:required|needed)|not\s+required|what\s+(?:is|are)\s+not\s+(?:required|needed)|what\s+you\s+(?:do\s+not|don['’]t)\s+need|limita[çc][õo]es\s+conhecidas|limitaciones\s+conocidas|limitations\s+connues|bekannte\s+einschr[äa]nkungen|известные\s+ограничения|o\s+que\s+.{1,40}\s+n[ãa]o\s+(?:cobre|cobrem|abrange|abrangem)|lo\s+que\s+.{1,40}\s+no\s+(?:cubre|cubren)|ce\s+que\s+.{1,40}\s+ne\s+couvre(?:nt)?\s+pas|was\s+.{1,40}\s+nicht\s+abdeck(?:t|en)|(?:useful|handy|diagnostic)\s+commands|(?:useful\s+|general\s+|common\s+)?diagnostic\s+commands|(?:incident\s+)?severity\s+(?:levels?|definitions?|matrix|classification)|future\s+work|continuous\s+improvements?|lessons?\s+(?:learned|learnt)|li[çc][õo]es\s+aprendidas|lecciones\s+aprendidas|le[çc]ons\s+(?:apprises|tir[ée]es)|lezioni\s+apprese|(?:documentation|documenta[çc][ãa]o|documentaci[óo]n)\s+(?:and|&|e|y)\s+(?:maintenance|manuten[çc][ãa]o|mantenimiento)|future\s+improvements|out\s+of\s+scope\b.*|(?:additional|other|general|important|deployment)\s+notes|notes\s+(?:relevant to|on|for|about|regarding)\b.*|(?:getting|additional|further)\s+help|help|support|(?:status\s+)?legend|(?:leyenda|légende|legende|legenda)(?:\s+(?:de|des|der|dos)\s+[\p{L}]+)?|凡例|图例|圖例)|(?:${FUTURE_WORK_NAME}|${WHY_NAME}|${CONVENTIONS_NAME}|${FORBIDDEN_NAME}|anhang\b.*|[\p{L}ー]{0,12}チートシート|(?:[\p{L}]{1,8})?速查(?:表|手册|手冊)?|spickzettel|aide[\s-]m[ée]moire|chuleta|(?:refer[êe]ncia|referencia)\s+r[áa]pida|шпаргалка|빠른\s*참조|クイック\s*リファレンス|便利な(?:コマンド|操作)|有用的?(?:命令|指令)|유용한\s*명령(?:어)?|полезные\s+команды|関連(?:ドキュメント|資料|文書|リンク)|相关(?:文档|链接|资料)|相關(?:文件|文檔|連結|資料)|관련\s*(?:문서|링크|자료)|documentos\s+relacionados|documents\s+(?:associ[ée]s|li[ée]s|connexes)|verwandte\s+dokumente|связанные\s+документы|liens(?:\s+utiles)?|(?:weiterf[üu]hrende|n[üu]tzliche)\s+links|полезные\s+ссылки|参考(?:リンク|链接|鏈接|文献)|참고\s*링크|enlaces(?:\s+[úu]tiles)?|links\s+[úu]teis|よくある(?:質問|ご質問)|자주\s*묻는\s*질문|preguntas\s+frecuentes|perguntas\s+frequentes|questions\s+fr[ée]quentes|h[äa]ufige\s+fragen|(?:частые|часто\s+задаваемые)\s+вопросы|常見問題|h[äa]ufige\s+probleme|haeufige\s+probleme|problemas\s+(?:conocidos|conhecidos)|probl[èe]mes\s+connus|известные\s+проблемы|v[ấa]n\s+đ[ềe]\s+đ[ãa]\s+bi[ếe]t|x[ửu]\s+l[ýy]\s+s[ựu]\s+c[ốo]|solu[çc][ãa]o\s+de\s+problemas(?:\s+(?:comuns|frequentes))?|fehlersuche|st[öo]rungsbehebung|problembehandlung|r[ée]solution\s+des\s+probl[èe]mes(?:\s+(?:courants|fr[ée]quents))?|排错|排錯|问题排查|問題排查|常用排查(?:命令|方法)?|排查(?:命令|方法)|故障排查(?:指南|手册)|오류\s*해결|решение\s+проблем|типичные\s+ошибки|(?:errores|erros|erreurs)\s+(?:(?:de\s+)?[\p{L}\p{N}-]+\s+)?(?:comunes|comuns|courantes|fr[ée]quentes|frequentes)|h[äa]ufige\s+fehler|よくある(?:エラー|トラブル)|常见错误|常見錯誤|자주\s*발생하는\s*오류|bekannte\s+probleme|n[üu]tzliche\s+befehle|kontakt\s+bei\s+problemen|problemas\s+(?:comunes|frecuentes|frequentes|comuns)|probl[èe]mes\s+(?:courants|fr[ée]quents)|problemi\s+comuni|comandos\s+[úu]te?is(?:\s+de\s+diagn[óo]stico)?|comandos\s+[úu]tiles|commandes\s+utiles|comandi\s+utili|troubleshooting\s+r[áa]pido|よくある問題|うまくいかない(?:とき|時|場合)|困った(?:とき|時)|トラブル(?:対応|時の対応)|常见问题(?:排查|处理|解答)?|快速(?:命令|参考)|遇到问题(?:时|怎么办)?|出现问题时|문제(?:가)?\s*(?:생기면|발생\s*시)|안\s*될\s*때|자주 발생하는 문제|sorun giderme|rozwi[ąa]zywanie problem[óo]w|probleemoplossing|fels[öo]kning|kh[ắa]c ph[ụu]c s[ựu] c[ốo]|pemecahan masalah|(?:rujukan|referensi)(?:\s+(?:cepat|singkat|perintah))?|lampiran\b.*|daftar\s+istilah|kontak|[řr]e[šs]en[íi] probl[ée]m[ůu]|усунення несправностей|диагностика(?: проблем)?|การแก้ไขปัญหา|פתרון בעיות|استكشاف الأخطاء(?: وإصلاحها)?|(?:إذا احتجت )?مساعدة|yard[ıi]m|pomoc|hulp|hj[äa]lp|eskalation|(?:weitere\s+)?hilfe|escala[çc][ãa]o|escalonamento|escalada|escalamiento|ayuda|ajuda|aide|эскалация|ескалація|(?:дополнительная\s+)?помощь|エスカレーション(?:指針|方針|基準|ルール)?|(?:[\p{L}\p{N}/・ー]{1,20}\s?に(?:依存|関)する)?注意点|(?:重要度|重大度|深刻度)(?:[（(][^）)\n]{1,12}[）)])?の定義|成果物(?:パス|一覧|の保存先|の場所)?|에스컬레이션|anh[äa]nge|kontakte?|ansprechpartner|glossar|referenzen|fehlerbehebung|anexos?\b.*|contactos?|contatos?|glosario|gloss[áa]rio|referencias|refer[êe]ncias|soluci[óo]n de problemas(?:\s+(?:comunes|frecuentes|habituales))?|resolu[çc][ãa]o de problemas(?:\s+(?:comuns|frequentes))?|annexes?\b.*|glossaire|r[ée]f[ée]rences|d[ée]pannage|allegat[oi]\b.*|contatti|glossario|riferimenti|risoluzione dei problemi|(?:紧急|緊急)?联系(?:人|方式)|紧急联系|联系(?:作者|我们)|聯絡(?:人|方式|作者|我們)|お問い合わせ(?:先)?|問い合わせ(?:先)?|문의(?:처)?|术语表|附录.*|参考(?:资料|文档)?|故障排除|故障排查|故障处理|已知(?:事项|事項|问题|問題|限制)|既知の制限(?:事項)?|알려진\s*제한(?:\s*사항)?|既知の(?:問題|不具合|課題)|알려진\s*(?:문제|이슈)|트러블\s*슈팅|常见故障|(?:运维|運維|服务|服務)?常用(?:运维|運維)?(?:[\p{Script=Han}]{0,4}?)(?:命令|指令|操作|脚本|腳本)|(?:通用|常用)?(?:诊断|診斷)(?:命令|指令)|(?:汎用)?診断コマンド|진단\s*명령(?:어)?|диагностические\s+команды|comandos\s+de\s+diagn[óo]stico|commandes\s+de\s+diagnostic|diagnosebefehle|(?:niveles|n[íi]veis)\s+de\s+severidade?|重大度(?:レベル)?|严重(?:程度|级别)|심각도(?:\s*등급)?|よく使う(?:コマンド|操作)|자주\s*(?:쓰는|사용하는)\s*명령(?:어)?|継続的(?:な)?改善|持续改进|持續改進|지속적\s*개선|经验教训|經驗教訓|教訓|교훈|故障處理|常見故障|連絡先|用語集|付録.*|トラブルシューティング|変更履歴|更新履歴|改訂履歴|修订记录|修订历史|变更记录|变更历史|更新记录|변경\s*이력|개정\s*이력|연락처|용어집|부록.*|참고(?:\s*자료)?|문제\s*해결|контакты|глоссарий|приложени[ея].*|ссылки|устранение неполадок|контакти|глосарій|додат(?:ок|ки).*|посилання|contacten|woordenlijst|bijlagen?\b.*|referenties|kontakty|s[łl]ownik|za[łl][ąa]cznik.*|ileti[şs]im|s[öo]zl[üu]k|kontakter|ordlista|bilaga\b.*|k[äa]llor|kilder)`;
/**
 * What an appendix name may be joined with: its solutions ("Errores comunes y soluciones", "Häufige Fehler und Lösungen": 385;
 * "よくある問題と対処法" — common problems and how to deal with them —, over seven numbered problems each a fence: 3565, set 298,
 * both counters; "常见问题及解决方法", "자주 발생하는 문제와 해결 방법").
 */
const SOLUTIONS_NAME = String.raw`soluciones|solu[çc][õo]es|solutions|l[öo]sungen|soluzioni|fixes|workarounds|remedies|решения|対処法|対処方法|対処|対策|解決策|解決方法|解决方法|解决办法|解决方案|处理方法|處理方法|해결\s*방법|해결책|대처\s*방법|대처법`;
export const APPENDIX_RE = new RegExp(
  String.raw`^(?:${APPENDIX_NAME})(?:(?:\s*[&+/,、]\s*|\s+(?:and|e|y|et|und|и|і|та)\s+|\s*(?:と|および|及び|及|和|与|與)\s*|\s*(?:과|와|및)\s+)(?:${APPENDIX_NAME}|${SOLUTIONS_NAME}))?$`,
  "iu",
);
/**
 * Sections that introduce the runbook ("1. Overview", "Background", "Scope & Roles", "시스템 개요", "システム概要": 2015; "Cutover
 * Goal", the end state shown as a bash fence of what the user will type, before "## Phase 0: …": 2730, set 228, both counters):
 * preamble, never a phase of work. So
 * are a table of contents ("Table of Contents", "목차", "目录", "Sommaire" over links: 113, 1611) and what the work does
 * ("What the cutover does" over the script's effects: 1927), what sets it off ("## Trigger", "## Symptoms / Trigger": 3390,
 * set 283) and the whole procedure in short ahead of its steps ("## The short version" over the commands "## Step by step"
 * then explains: 3555, set 297, both counters), and the rules the work keeps, with their article or not ("## 0. The ground
 * rules (read once, 2 minutes)" before a cut-over's "Step N" sections: 3917, set 327, both counters' reference), and where the
 * work stands ("## What is ready", "## What is blocked right now" before a go-live's "## Fastest path to live": 4238, set 354,
 * both counters' reference).
 */
export const INTRO_RE =
  /^(?:overview|summary|symptoms?|triggers?|(?:the\s+)?(?:short|quick)\s+version|at\s+a\s+glance|in\s+short|kurzfassung|kurzversion|versi[óo]n\s+corta|vers[ãa]o\s+curta|en\s+bref|version\s+courte|(?:symptoms?|s[íi]ntomas?|sympt[ôo]mes|symptome)\s*(?:\/|&|and|e|y|et)\s*triggers?|s[íi]ntomas|sympt[ôo]mes|symptome|executive summary|tl;?\s?dr|purpose|scope|objectives?|goals?|(?:the\s+|our\s+)?(?:cut-?over|migration|deployment|release|upgrade|rollout|project|main)\s+(?:goals?|objectives?)|(?:objetivos?|objectifs?|obiettivi|obiettivo)\s+(?:de|da|do|del|de\s+la|du|de\s+l['’]|des|della|dello)\s+[^\n:：.]{1,40}|概要|はじめに|vue d'ensemble|aperçu|visão geral|resumo|übersicht|überblick|resumen|descripción general|panoramica|einleitung|hintergrund|zweck|ziele?|zusammenfassung|introducci[óo]n|antecedentes|objetivos?|prop[óo]sito|alcance|contexto|introdu[çc][ãa]o|escopo|introduzione|scopo|contesto|obiettivi?|contexte|objectifs?|概述|概览|概覽|总览|總覽|[一-龥]{1,6}(?:概述|概览|概覽|总览|總覽|概要)|[ァ-ヺー一-龥]{1,10}概要|(?:[가-힣A-Za-z-]+\s*){1,2}개요|(?:[a-z-]+\s+){1,2}overview|简介|背景|目的|范围|개요|소개|배경|목적|범위|обзор|введение|описание|цели?|назначение|огляд|вступ|опис|мета|inleiding|doel|achtergrond|overzicht|wprowadzenie|cel|przegl[ąa]d|zakres|genel bak[ıi][şs]|giri[şs]|ama[çc]|kapsam|[öo]versikt|inledning|syfte|bakgrund|(?:purpose|scope)\s*(?:&|and)\s*(?:purpose|scope)|introduction|background|about|context|description|when to use(?: this(?: runbook| guide| procedure)?)?|environments|(?:github\s+|ci\s+)?workflows|(?:covered|supported)\s+scenarios|scenarios\s+covered|escenarios\s+(?:cubiertos|contemplados)|cen[áa]rios\s+(?:cobertos|contemplados)|sc[ée]narios\s+couverts|abgedeckte\s+szenarien|対象(?:の)?シナリオ|覆盖(?:的)?场景|适用场景|대상\s*시나리오|things to know(?: first| before you (?:start|begin))?|(?:server|system|hardware|minimum|host|vps|machine)\s+requirements|(?:서버|시스템)\s*요구\s*사항|(?:サーバー|システム)要件|動作環境|(?:服务器|系统|伺服器|系統)要求|configuration\s+requise|systemanforderungen|(?:先に|事前に|最初に)?知っておく(?:べき)?こと|먼저\s*알아(?:둘|야\s*할)\s*것|cu[áa]ndo usar(?:lo|la)?|quando usar|quand l'utiliser|quand utiliser|wann (?:verwenden|anwenden)|使用するタイミング|いつ使うか|何时使用|사용 시점|(?:(?:the|our)\s+)?(?:core |ground |general |guiding |key |basic |operating |design |cardinal |golden )?(?:rules|principles|constraints)|(?:关于本?|本)?文档说明|關於本?文件|本文書について|このドキュメントについて|문서\s*(?:설명|안내)|about this (?:document|runbook|guide)|约束|約束|制約|제약(?:\s*사항)?|restricciones|restri[çc][õo]es|contraintes|einschr[äa]nkungen|ограничения|regler|reglas|regras|r[èe]gles|regeln|regole|principios|princ[íi]pios|原则|原則|ルール|규칙|原則と前提|(?:die\s+(?:[a-zäöüß]+\s+)?)?rollen(?:\s+und\s+(?:verantwortlichkeiten|zust[äa]ndigkeiten))?|r[ôo]les?(?:\s+et\s+responsabilit[ée]s)?|pap[ée]is(?:\s+e\s+responsabilidades)?|роли(?:\s+и\s+(?:обязанности|ответственность))?|角色(?:与|和|及)?(?:职责|職責|分工)|(?:scope\s*(?:&|and)\s*)?roles?(?:\s*(?:&|and)\s*responsibilities)?|responsibilities|verantwortlichkeiten|zust[äa]ndigkeiten|responsabilidades|responsabilit[ée]s|responsabilit[àa]|обязанности|ответственные|відповідальні|役割分担|役割|担当者|역할|职责|職責|ansvar|ansvarsf[öo]rdelning|general information|allgemeine informationen|informaci[óo]n general|informa[çc][õo]es gerais|informations g[ée]n[ée]rales|informazioni generali|algemene informatie|informacje og[óo]lne|genel bilgiler?|общая информация|загальна інформація|一般情報|基本信息|基本資訊|기본 정보|معلومات عامة|th[ôo]ng tin chung|t[ổo]ng quan|m[ụu]c [đd][íi]ch|gi[ớo]i thi[ệe]u|ph[ạa]m vi|b[ốo]i c[ảa]nh|ringkasan|tujuan|latar belakang|ruang lingkup|pendahuluan|gambaran umum|what (?:it|this(?: [a-z-]+)?|the [a-z-]+(?: [a-z-]+)?) does|(?:table of )?contents|toc|(?:root\s+)?causes?|(?:root[\s-]cause|causal)\s+analysis|原因(?:分析)?|根本原因|根因(?:分析)?|事象|现象|現象|증상|원인(?:\s*분석)?|(?:causa|cause)(?:\s+(?:ra[íi]z|racine|raiz))?|ursache(?:n)?|índice|[íi]ndice de contenidos?|sommaire|table des mati[èe]res|inhaltsverzeichnis|inhalt|indice|sum[áa]rio|содержание|оглавление|зміст|spis tre[śs]ci|daftar isi|m[ụu]c l[ụu]c|içindekiler|inhoudsopgave|innehåll|目录|目錄|目次|목차|차례|what(?:['’]s|\s+is|\s+are)\s+(?:ready|done|blocked|left|pending|missing|in\s+place)(?:\s+(?:right\s+now|so\s+far|today|already|now))?)$/i;
/**
 * A runbook that is itself a rollback ("Rollback Runbook", "Runbook: Upgrade Rollback Procedure"),
 * or the rehearsal of one ("Rollback Drill Execution Log"): its rollback-named sections are its procedure.
 */
// (and a runbook of recovering and rolling back as its whole subject — "# Recovery and Rollback" over recording the running version,
// switching to the previous commit, rebuilding, one-service rollbacks: 5179, set 433, both counters no rollback of its own; "Restore
// and recovery" names no rollback, 3164)
// (and in Chinese, Japanese and Korean — "# 回滚操作指南", the rollback operation guide, over its prerequisites, two ways of
// rolling back and the checks after: 5811, set 485, both counters no rollback of its own; not "部署与回滚指南", deploy and roll back)
export const ROLLBACK_RUNBOOK_TITLE_RE =
  /^(?!.*(?:\band\b|&|\bund\b|\bet\b|\by\b|\be\b))(?:(?:runbook|playbook|procedure|procedimiento|procedimento|proc[ée]dure)\s*:\s*)?(?:rollback|roll[\s-]?back)\s+(?:de|del|do|da|du|des|of(?:\s+the)?)\s+[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+)?(?:\s+(?:en|em|no|na|sur|dans|in|on)\s+[\p{L}\p{N}-]+)?$|^(?:(?:recovery|restore)\s*(?:and|&|\/|\+)\s*(?:rollbacks?|roll[\s-]?backs?)|(?:rollbacks?|roll[\s-]?backs?)\s*(?:and|&|\/|\+)\s*(?:recovery|restore))(?:\s+(?:runbook|playbook|procedures?|guide))?$|^(?:plano?|guide|proc[ée]dures?|procedimientos?|procedimentos?)\s+de\s+(?:rollback|retour arri[eè]re|reversi[oó]n|revers[ãa]o)\b(?!.*(?:\bet\b|\be\b|\by\b|&)).*$|^(?!.*(?:\band\b|&|\bund\b|\bet\b|\by\b|\be\b|\bи\b|\sと\s|和|与|與|및))(?:(?:runbook|playbook|procedure)\s*:\s*)?(?:[\p{L}\p{N}-]+\s+){0,2}(?:rollback|roll[\s-]?back|back[\s-]?out)(?:\s+(?:runbook|playbook|procedure|plan|guide|checklist)s?|\s+(?:drill|rehearsal|exercise|dry[\s-]?run|game[\s-]?day)s?(?:\s+[\p{L}\p{N}-]+){0,3})?$|^(?![^\n]*(?:和|与|與|及|、|＆|&|と|및))(?:[\p{Script=Han}]{0,6})(?:回滚|回滾|回退)(?:操作)?(?:指南|手册|手冊|流程|方案|预案|預案|说明|說明|指引|runbook)$|^(?:ロールバック|切り戻し)(?:手順書|手順|ガイド|マニュアル|計画書?)$|^(?:롤백|원복)\s*(?:가이드|절차서?|매뉴얼|런북|계획서?)$$/iu;

/**
 * A word for rolling back, in any language the corpus met (rollback, back out, revert, fall back,
 * downgrade; reversión, reversão, retroceso, volver atrás, retour arrière, repli, ripristino, Rückfall, откат,
 * відкат, 回滚, ロールバック, 切り戻し, 롤백, wycofanie, geri alma, terugdraaien, återställning).
 * Not followed by a hyphen: "rollback-safe" describes something else. "Fall back" as the verb, or "fallback to" a
 * place ("Fallback to the old cluster"): the noun alone names an alternative way of doing the work ("Manual host-side
 * fallback deploy", "SSH fallback"), not a way back; a section named the fallback plan itself is one (ROLLBACK_BASE_RE).
 * The return to the version before, as a noun ("## Atualização e retorno à versão anterior" — update and return to the previous
 * version — of a Docker operations page: 4853, set 405, both counters; "vuelta a la versión anterior"), is one too.
 */
const ROLLBACK_WORD = String.raw`(?:\b(?:rollbacks?|roll(?:ing)?[\s-]backs?|back(?:ing)?[\s-]?outs?|revert(?:s|ing|er|ir|ire)?|fall(?:s|ing)?\s+back|undo(?:ing)?(?!\s+(?:logs?|tablespaces?|segments?|retention|records?|buffers?|space|files?|history|stack|button|redo))|fall[\s-]?backs?(?=\s+(?:to|zu|à|a|para)\b)|downgrad(?:e|es|ing)|reversi[oó]n|revers[ãa]o|retroceso|retour arri[eè]re|repli|ripristino|r[üu]ckfall\p{L}*|r[üu]cksprung\p{L}*|r[üu]ckabwicklung|wycofan\p{L}*|geri alma|(?:volver|vuelta|voltar|marcha)\s+atr[aá]s|terugdraaien|terug(?:rol|val)\p{L}*|[åa]terst[äa]llning\p{L}*|(?:retorno|regreso|vuelta|volta)\s+(?:à|a|ao|al|para\s+a)\s+(?:la\s+|uma\s+|una\s+)?(?:vers[ãa]o|versi[óo]n)\s+anterior)\b(?!-)|(?<![\p{L}])(?:откат\p{L}*|відкат\p{L}*)|回滚|回退|回滾|撤回(?:发布|發布|版本|release)|ロールバック|切り?戻し|롤백|원복|ถอยกลับ|ย้อนกลับ|โรลแบ็[กค]|(?<![\p{L}])atgrie[šs]an[āa]s ce[ļl][šs])`;
/**
 * A scenario's or case's number before its name ("Scenario 2: ", "场景 2：", "Escenario 3 — ", "ケース1："): among a
 * recovery document's scenarios, "场景 2：完整回滚到 v2.4.x" (full rollback to v2.4.x) names the rollback (1240, both
 * counters).
 */
const SCENARIO_PREFIX = String.raw`(?:scenario|case|escenario|caso|cen[áa]rio|sc[ée]nario|szenario|场景|情景|場景|ケース|シナリオ|시나리오|сценарий)\s*\p{N}{1,3}\s*(?:[:：.)、]|\s[-–—])\s*`;
/**
 * A section that names the rollback among a few words of its own ("Emergency rollback", "Plano de
 * rollback", "Rollback the feature flag", "ロールバック手順（本番）"): the rollback
 * word within its first three words (or the whole of a CJK name's start, or its end: a CJK name puts
 * what is rolled back first, "アプリケーションコードのロールバック"). Only where no section is
 * named the rollback by the vocabulary above (parse-runbook.ts), and never a section about the
 * rollback rather than the procedure itself (ROLLBACK_ABOUT_RE).
 */
export const ROLLBACK_WORD_RE = new RegExp(
  String.raw`^(?:${SCENARIO_PREFIX})?(?:(?:[\p{L}\p{N}'’/&+-]+\s+){0,2}${ROLLBACK_WORD}|.{0,6}${ROLLBACK_WORD})|(?:ロールバック|切り?戻し|回滚|回退|回滾|롤백|원복)(?:手順|計画|方法|方|步骤|方案|流程|절차|계획|방법)?$`,
  "iu",
);
/** Whether a section's name (cleanLabel'd) names reference kept apart from the work: APPENDIX_RE, or a name known by its ending. */
/**
 * WHAT_EACH_NAME whole, behind a test of its first word: as alternatives of APPENDIX_RE its lazy gaps made every heading's
 * test five times slower (341,370 corpus heading tests: 2.4–2.6 s against 0.42 s; BENCHMARKS.md, session 31).
 */
/**
 * The layout of the project's files ("File structure", "파일 구조", "文件结构", "Structure des fichiers sur le serveur": 2372, set
 * 199), known failure signatures (2518, set 211) and the work's philosophy ("基本思想", "Runbook Philosophy": 2340, set 196):
 * reference. Tested apart, behind a test of their key words (LAYOUT_OR_PHILOSOPHY_HINT_RE): as alternatives of APPENDIX_RE
 * they made every heading's test five times slower (BENCHMARKS.md, session 32), as WHAT_EACH_NAME did.
 */
const LAYOUT_OR_PHILOSOPHY_NAME = String.raw`(?:file|folder|directory|project|repo(?:sitory)?|source|code)\s+(?:structure|layout|tree|organi[sz]ation)|(?:(?:known|common)\s+)?(?:failure|error)\s+signatures?|(?:파일|폴더|디렉(?:토|터)리|프로젝트|저장소)\s*구조|(?:ファイル|ディレクトリ|フォルダ|プロジェクト)(?:構成|構造)|(?:文件|目录|目錄|项目|項目|工程)(?:结构|結構)|estrutura\s+(?:de\s+|do\s+)?(?:arquivos|pastas|diret[óo]rios|projeto)|estructura\s+(?:de\s+|del\s+)?(?:archivos|carpetas|directorios|proyecto)|(?:datei|verzeichnis|ordner|projekt)struktur|structure\s+(?:des\s+|du\s+)?(?:fichiers|dossiers|r[ée]pertoires|projet)(?:\s+sur\s+le\s+serveur)?|структура\s+(?:файлов|каталогов|папок|проекта)|(?:(?:runbook|maintenance|our|the|design|operating|operations|deployment|release|core|basic|guiding)\s+)?philosoph(?:y|ie)|filosof[íi]a(?:\s+[\p{L}]+){0,2}|философия(?:\s+[\p{L}]+){0,2}|(?:基本|設計|设计|核心|運用|运维)(?:思想|理念)|(?:기본|설계|운영)\s*철학`;
const LAYOUT_OR_PHILOSOPHY_HINT_RE =
  /structure|layout|tree|organi[sz]ation|구조|構成|構造|结构|結構|estrutura|estructura|struktur|структура|signature|philosoph|filosof|философ|思想|理念|철학/iu;
const LAYOUT_OR_PHILOSOPHY_RE = new RegExp(String.raw`^(?:${LAYOUT_OR_PHILOSOPHY_NAME})$`, "iu");
/**
 * What is left open — known issues and outstanding actions ("Isu diketahui / tindakan tertunggak": 2596, set 217; "Open
 * items", "Offene Punkte", "Pendientes", "遗留问题", "未解決の課題") —, the rules kept while operating ("규율", discipline:
 * 2584, set 216) and the backups' locations ("Emplacements des Sauvegardes": 2532, set 212): reference beside the work,
 * not a phase of it. Tested apart, behind a test of their key words, as LAYOUT_OR_PHILOSOPHY_NAME is. (Not "Where backups
 * live": 1840's lists the bucket with a command, the first stage of its restore to its counter.)
 */
const OPEN_ITEM = String.raw`(?:open|outstanding|pending|unresolved|remaining)\s+(?:issues|items|points|actions|tasks|questions|to-?dos?)|known\s+issues|isu(?:\s+yang)?\s+(?:diketahui|terbuka)|masalah(?:\s+yang)?\s+diketahui|(?:tindakan|perkara|tugas)\s+(?:tertunggak|tertunda)|offene\s+(?:punkte|themen|aufgaben|probleme|fragen)|(?:temas|puntos|asuntos|acciones|tareas)\s+pendientes|pendientes|pend[êe]ncias|(?:itens|pontos|a[çc][õo]es|tarefas)\s+pendentes|points\s+(?:ouverts|en\s+suspens)|actions\s+(?:en\s+attente|[àa]\s+mener)|待办(?:事项)?|遗留(?:问题|事项)|遺留(?:問題|事項)|未解决(?:的)?问题|未解決(?:の)?(?:課題|問題)|残(?:課題|タスク)|미해결\s*(?:이슈|문제|사항)|남은\s*(?:과제|작업|이슈)|알려진\s*이슈`;
const OPEN_OR_RULES_OR_WHERE_NAME = String.raw`(?:(?:[\p{L}-]+\s+){0,2}?(?:decisions?|items|questions|issues|points)\s+)?still\s+open(?:[,;:\s(—–-].*)?|(?:operational|operations|ops)\s+notes(?:\s.*)?|(?:${OPEN_ITEM})(?:\s*[&+/,]\s*|\s+(?:and|dan|und|y|et|e|и)\s+)(?:${OPEN_ITEM})|${OPEN_ITEM}|(?:operational\s+|operating\s+)?discipline|(?:운영\s*)?(?:규율|규칙)|(?:backup|snapshot|dump)\s+locations?|emplacements?\s+(?:des\s+)?sauvegardes|speicherorte?\s+(?:der\s+)?(?:backups|sicherungen)|ubicaci[óo]n(?:es)?\s+de\s+(?:los\s+)?(?:respaldos|copias(?:\s+de\s+seguridad)?|backups)|locais\s+d[oe]s?\s+(?:backups|c[óo]pias)|备份(?:的)?(?:位置|存放位置|存储位置)|バックアップの?(?:保存場所|保存先|場所)|백업\s*(?:위치|저장\s*위치)`;
const OPEN_OR_RULES_OR_WHERE_HINT_RE =
  /still\s+open|(?:operational|operations|ops)\s+notes|issue|item|action|point|question|task|to-?do|diketahui|terbuka|tertunggak|tertunda|offene|pendi|pend[êe]n|suspens|attente|mener|待办|遗留|遺留|未解|残|미해결|남은|이슈|discipline|규율|규칙|location|emplacement|speicherort|ubicaci|locais|位置|保存|위치/iu;
const OPEN_OR_RULES_OR_WHERE_RE = new RegExp(String.raw`^(?:${OPEN_OR_RULES_OR_WHERE_NAME})$`, "iu");
const WHAT_EACH_HINT_RE = /^(?:what|o\s+que|qu[ée]|lo\s+que|ce\s+que|was|wovor|每|各|각)/iu;
const WHAT_EACH_RE = new RegExp(String.raw`^(?:${WHAT_EACH_NAME})$`, "iu");
/** A reference's name before a colon (APPENDIX_RE), not the next or later steps, whose name the work after the colon gives. */
const NEXT_STEPS_HEAD_RE = /next|later|future|follow[\s-]?up|下一步|后续|後續|今後|次の|다음|향후|n[äa]chste|pr[óo]xim|siguiente|prochaine|prossim|следующ|дальнейш|наступн/iu;
/**
 * "Later", "后续", "今後", "Später", "Plus tard", "Más adelante", "Depois", "Позже" alone before a colon: what the work after the
 * colon is left for later ("## 10. 后续：域名与 HTTPS" — later: domain and HTTPS — after the deploy and its update, both
 * counters' follow-up, no phase: 2733, set 229); not the next step, "下一步：切换流量", which is the work to do next.
 */
const LATER_HEAD_RE = /^(?:later|afterwards|后续|後續|今后|今後|以后|以後|日後|나중에|추후|später|plus tard|más adelante|mais tarde|depois|позже|потом|in seguito)$/iu;
const isReferenceBeforeColon = (head: string) => (APPENDIX_RE.test(head) && !NEXT_STEPS_HEAD_RE.test(head)) || LATER_HEAD_RE.test(head);
export const isAppendixName = (name: string) =>
  APPENDIX_RE.test(name) ||
  // (a reference's name before a colon and what it covers: "Quick Reference: GCP Secret Manager Commands" — 2609, set 218; not
  // the next step named before its work, "## 4. 下一步：切换流量" — next step: switch the traffic —, a phase)
  (/[:：]/u.test(name) && isReferenceBeforeColon((name.split(/\s*[:：]\s*/u)[0] ?? "").trim())) ||
  (APPENDIX_BY_ENDING_HINT_RE.test(name) && APPENDIX_BY_ENDING_RE.test(name)) ||
  (WHAT_EACH_HINT_RE.test(name) && WHAT_EACH_RE.test(name)) ||
  (LAYOUT_OR_PHILOSOPHY_HINT_RE.test(name) && LAYOUT_OR_PHILOSOPHY_RE.test(name)) ||
  (OPEN_OR_RULES_OR_WHERE_HINT_RE.test(name) && OPEN_OR_RULES_OR_WHERE_RE.test(name));
/** A rollback word anywhere ("V28 Migration Rollback Plan", "Staging 环境回滚操作手册"): a title naming a rollback document. */
export const HAS_ROLLBACK_WORD_RE = new RegExp(ROLLBACK_WORD, "iu");
/**
 * A section about the rollback, not its procedure: when to roll back, how it was tested, how long it
 * takes, that there is none, how the document relates to it ("Rollback triggers", "Test the rollback", "Rollback window",
 * "No rollback", "与 Rollback 的关系": 2162, set 181, a restore runbook pointing at the release SOP's rollback).
 */
// ("Rollback vs fix-forward": when to take which, a decision — 2518, set 211)
// ("## Puntos de rollback" — the points a rollback may go back to, each step's declared, and a pointer to the rollback
// runbook —, as "Rollback points" is: 3927, set 328, both counters' no rollback)
// ("Trigger rollback:" — the verb, then the rollback — is how to start it, not what sets it off: "- Trigger rollback: Run `Rollback
// Production` with input `release_tag=vX.Y.Z`" among a release runbook's commands: 5597, set 467, both counters' rollback)
export const ROLLBACK_ABOUT_RE =
  /\b(?:vs\.?|versus|relations?|relationship|relaci[óo]n|rela[çc][ãa]o|beziehung|triggers?(?!\s+(?:a\s+|the\s+)?(?:rollback|roll[\s-]?back)\s*$)|criteria|conditions?|decisions?|window|safety(?!\s+nets?\b)|tests?|testing|tested|readiness|considerations?|risks?|(?<!any\s)time|timing|duration|eta|(?<!any\s)points?|puntos?|pontos?|matrix|owners?|contacts?|history|log|notes?|impact|limitations?|scope|overview|drills?|rehearsals?|exercises?|dry[\s-]?runs?|automatic|automated|auto)\b|的关系|的關係|との関係|(?:과|와)의\s*관계|связь|演练|演練|演習|リハーサル|訓練|自动|自動|자동|리허설|(?:回退|回滚|回滾)(?:时间|時間|窗口|时限|期限|条件|触发)|(?:ロールバック|切り戻し)(?:期限|時間|判断|条件)|(?:롤백|원복)\s*(?:시간|기한|조건|기준)|^(?:test|testing|verify|verifying|validate|validating|rehearse|practi[cs]e|check|confirm|prepare|preparing|review|document|plan the|when|why|how long|maintain|maintaining|keep|keeping|ensure|preserve|retain|v[ée]rifier|tester|valider|r[ée]p[ée]ter|verificar|validar|probar|testar|ensayar|prüfen|überprüfen|testen|verificare|testare)\b|^(?:no|without|sin|sem|sans|ohne|kein(?:e|en)?)\b|[?？]$/iu;

/** A reference to another document: a Markdown link, a bare URL, or a document's file name (in backticks or not). */
export const DOCUMENT_REFERENCE_RE =
  /\[[^\]]*\]\([^)]*\)|<?https?:\/\/[^\s>]+>?|`[^`\s]+\.(?:md|markdown|mdx|txt|pdf|docx?|html?|adoc|rst|wiki)(?:#[^`\s]*)?`|(?<![\p{L}\p{N}])[\w./-]+\.(?:md|markdown|mdx|pdf|docx?|adoc|rst)(?:#[\w-]*)?(?![\p{L}\p{N}])/giu;
/** Words that send the reader elsewhere ("See", "Refer to", "Follow", "Siehe", "Voir", "См.", "参照"). */
const POINTER_LEAD_RE =
  /^(?:see|refer to|follow|consult|read|use|check|go to|siehe|voir|ver|veja|consulte|consultar|vedi|zie|patrz|zobacz|см\.?|смотри(?:те)?|див\.?|дивіться|参见|参阅|请参阅|參見|参照|참조|참고)(?![\p{L}])/iu;
/** A condition ("If anything goes wrong,", "In case of failure,") or a short label ("Quick emergency stop:") before a pointer. */
const POINTER_PREFIX_RE =
  /^(?:(?:if|when|whenever|should|in case of|in the event of|falls|wenn|si|se|en caso de|em caso de|en cas de)\b[^,:;.]{0,60}[,:;]|[\p{L}\p{N} -]{1,30}:)\s*(?=(?:see|refer to|follow|consult|siehe|voir|ver|veja|consulte|vedi)\b)/iu;
/**
 * A paragraph that only points to another document ("See `rollback.md`.", "См. `rollback_plan.md`.", "Follow the
 * [rollback runbook](rollback.md) for the procedure."): a reference, and at most a few words around it that send the
 * reader there (or `rollback.md` を参照). Nothing in it to do here. Source: sets 19 (221) and 71 (850), whose rollback
 * sections say only this; their counters, and 798's and 826's, count no rollback of the document's own.
 */
export function isPointerParagraph(text: string): boolean {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length > 240) return false;
  const references = flat.match(DOCUMENT_REFERENCE_RE) ?? [];
  if (references.length === 0) return false;
  const rest = flat
    .replace(DOCUMENT_REFERENCE_RE, " ")
    // (a condition or a label before the pointer: "If anything goes wrong, see …", "Quick emergency stop: see …")
    .replace(POINTER_PREFIX_RE, "")
    // (an arrow before it: "→ [rollback.md](rollback.md)")
    .replace(/[.,:;。、：（）()*_→⇒➡👉]|->|=>/gu, " ")
    .trim();
  const words = rest.split(/\s+/).filter(Boolean);
  // (a case or label, then only the document: "Bir deploy sorun çıkarırsa: [`docs/operations/rollback.md`](rollback.md)." —
  // "if a deploy causes trouble:" —, "部署出问题时：[回滚手册](docs/rollback.md)。": 2335, set 196, its counter's no rollback)
  const labelled = /^[^:：.!?。！？]{1,60}[:：]\s*(.+)$/u.exec(flat);
  const value = labelled?.[1] ?? "";
  const valueRefs = value.match(DOCUMENT_REFERENCE_RE) ?? [];
  // (a document of the repository, not a console's page: "Rollback: [Vercel dashboard](https://vercel.com/…)" names where to act)
  const isLocalDocument = (ref: string) => !/^<?https?:\/\/|\]\(<?https?:\/\//u.test(ref) || /\.(?:md|markdown|mdx|adoc|rst)(?:#[^)\s]*)?\)?>?$/iu.test(ref);
  if (valueRefs.length > 0 && valueRefs.every(isLocalDocument) && value.replace(DOCUMENT_REFERENCE_RE, " ").replace(/[.,;。、！!*_\s]/gu, "") === "") return true;
  return (
    words.length === 0 ||
    (words.length <= 7 && (POINTER_LEAD_RE.test(rest) || /(?:を参照|参照してください|参照|참조|参见|참고)$/u.test(rest))) ||
    // ("Rollback to previous release id via `docs/runbooks/rollback.md`.": what to do, told by the document named last)
    (words.length <= 8 && /\b(?:via|per|according to|(?:as )?(?:described|documented|explained) in)$/iu.test(rest)) ||
    // ("See [`deployment-rollback.md`](./deployment-rollback.md) for the full code rollback procedure.": what the document named
    // holds, told after it — 5827, set 487, both counters' no rollback of its own)
    (words.length <= 10 &&
      POINTER_LEAD_RE.test(rest) &&
      /\bfor\s+(?:the|a|an|our|its|this)\s+(?:[\p{L}-]+\s+){0,4}(?:procedure|procedures|steps|instructions|process|runbook|playbook|details)$/iu.test(rest)) ||
    // ("If the upgrade goes wrong, [`backup.md`](backup.md) §5 has the restore.": the document named holds it — 5091, set 425, both
    // counters' no rollback)
    (words.length <= 14 &&
      /^(?:(?:if|when|should)\b.{0,60}?\s+)?(?:§\s*[\d.]+\s+)?(?:has|holds|covers|describes|explains|contains|documents|gives)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s*){1,3}$/iu.test(
        rest,
      ))
  );
}

/** A sentence sending the reader to another document to act: "Go to `rollback.md` and execute the fast rollback". */
/**
 * Sending the reader on to another document by moving there: "go to", "switch to", "Stop here and switch to
 * docs/operations/incidents.md" (3691, set 309), "turn over to" — a lead shared by SENDS_TO_DOCUMENT_RE and the rollback's
 * pointer sentences.
 */
export const SWITCH_TO_LEAD = String.raw`(?:stop here and\s+)?(?:switch|turn|go) (?:over )?to`;
const SENDS_TO_DOCUMENT_RE = new RegExp(
  String.raw`(?:^|[.!?]\s+|\*\*\s*)(?:see|follow|refer to|consult|open|run through|${SWITCH_TO_LEAD}|siehe|voir|consulte[rz]?|ver|veja|vedi)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${DOCUMENT_REFERENCE_RE.source})`,
  "iu",
);
/**
 * Whether a paragraph sends the reader to another document for what to do ("If the smoke calls fail, **stop trying to fix
 * forward**. Go to `rollback.md` and execute the fast rollback."): the procedure is told elsewhere. Source: 1055, both
 * counters.
 */
export function sendsToDocument(text: string): boolean {
  return SENDS_TO_DOCUMENT_RE.test(text.replace(/\s+/g, " "));
}

/**
 * "Prerequisites" and its other names (Preconditions, Pré-requisitos, Prérequis, Requisitos (previos),
 * Voraussetzungen, Prerequisiti, Předpoklady, 前提条件): what must hold before the work starts, a checklist even when numbered;
 * and the requirements of an environment ("Deployment requirements", "Server requirements": 1790, both counters) — not
 * a business's or a law's ("Business requirements", "GDPR Requirements"). In Chinese too ("服务器环境要求", "环境要求": 2078, 487,
 * their counters count the bullets; "操作系统要求", the operating system's: 2126). ("Environment Requirements" is left out: under a
 * checklist it names a group of its items, seed 001.) And what the system needs ("### What the system needs" over a host, Docker,
 * a volume and TLS: 3578, set 299, both counters), as "What you need" is. ("You need:" alone is read both ways by the corpus's
 * counters: 5074's both four, 449's and 2370's none.) And, from session 40's rounds, a host's or system's
 * requirements in Chinese ("部署主机软件和环境要求", "系统要求", "目标机器要求": 3944, 3997, 4056, both counters each) and "Assumes:"
 * over what must hold (4032, set 337, both counters; "Assumptions" and "Required inputs" are read both ways by the corpus's
 * counters: 42, 219, 2581, 2926; so are "Required before rollout:" and "## Required before live release": 947, 2765, 4406).
 * Entry conditions as entry criteria are ("## Warunki wejścia do RC" — entry conditions for the release candidate — over seven
 * bullets of a Polish launch runbook: 4983, set 416, both counters). And the inputs one needs ("## Inputs you need" over a
 * restore's snapshot, master key and TLS cert: 5595, set 467, both counters' three items). And a named server's requirements in Chinese ("### 2.1 阿里云服务器
 * 要求" — the Aliyun server's requirements —, "本地服务器要求": 4912, set 410, both counters' 23 items).
 */
const PREREQUISITES = String.raw`(?:前提条件|前提|前置条件|先决条件|前置條件|先決條件)(?:の)?(?:確認|チェック|检查|确认|檢查|確認事項)|[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]{1,12}の(?:前提条件|前提環境)|(?:升级|部署|发布|迁移|上线|切换|移行|更新|升級|遷移)(?:前提条件|前提|前置条件|先决条件)|[\p{Script=Han}]{1,8}(?:前置条件|前提条件|先决条件|前置條件|先決條件)|(?:[a-z][a-z/-]*\s+){0,2}(?:pre-?requisites?|pre-?reqs?|pre-?conditions?)|(?:deployment|deploy|system|server|infrastructure|hosting|runtime|platform|access|technical|hardware|software)\s+requirements|pr[eé]-?r?requisitos?|pr[eé]-?requis|requisitos(?: previos)?|precondici[oó]nes|pr[eé]-?condi[çc][õo]es|pr[ée]conditions?|conditions pr[ée]alables|(?:entry|entrance) (?:criteria|conditions)|required\s+(?:access|permissions|accounts)(?:\s+(?:and|&)\s+(?:tools|permissions|accounts))?|(?:required|needed|mandatory)\s+before\s+(?:deploying|deployment|deploy|releasing|release|launch(?:ing)?|go(?:ing)?[\s-]?live|(?:you\s+)?(?:start|begin)(?:ning)?|(?:the\s+|a\s+)?(?:deploy(?:ment)?|release|cut-?over|upgrade|migration|launch)(?:\s+(?:starts|begins))?)|(?:container|コンテナ|容器|컨테이너)\s*(?:requirements|要件|要求|요구\s*사항)|warunki (?:wst[ęe]pne|wej[śs]cia)(?: do [\p{L}\p{N}-]{1,12})?|criterios de entrada|crit[ée]rios de entrada|crit[èe]res d['’]entr[ée]e|eingangskriterien|einstiegskriterien|criteri di (?:ingresso|entrata)|precondizioni|condizioni preliminari|voraussetzungen|vorbedingungen|(?:system|plattform|platform|server|hardware|software|infrastruktur|umgebungs|laufzeit|betriebs)[\s-]?anforderungen|prerequisiti|前提条件|前提環境|必要な環境|事前に必要なもの|(?:常见|常見|所需|必需|必要|运行|運行|环境|環境)依(?:赖|賴)|前提|先决条件|前置条件|先決條件|前置條件|前提條件|事前条件|前置需求|前置要求|(?:[\p{Script=Han}]{1,6}前)?(?:门槛|門檻|准入条件|准入條件|准入标准|准入標準)|[\p{Script=Han}]{1,6}前(?:的)?(?:硬性?|必要|基本)?要求|前置依赖|前置依賴|前置|前提要求|先决要求|先決要求|điều kiện tiên quyết|esivaatimukset|előfeltételek|cerin[țţ]e prealabile|προαπαιτούμενα|사전\s*요구\s*사항|사전\s*조건|전제\s*조건|환경\s*요구\s*사항|(?:服务器|伺服器|系统|系統|运行|運行|部署|服務器)?(?:环境|環境)要求|[\p{Script=Han}]{1,10}(?:和|与|與|及)(?:环境|環境)要求|(?:系统|系統)要求|(?:目标|目標|部署|[\p{Script=Han}A-Za-z]{1,8}?)?(?:机器|機器|主机|主機|服务器|伺服器|节点|節點)要求|(?:操作系统|作業系統|作业系统|硬件|硬體|软件|軟體)要求|(?:動作|実行|サーバー?|システム)?環境要件|(?:(?:системные|предварительные)\s+)?требования(?:\s+(?:к|на|для)\s+(?:[\p{L}\p{N}_.-]{2,30}\s+){0,2}[\p{L}\p{N}_.-]{2,30})?|предварительные условия|предусловия|必要条件|필수\s*조건|y[êe]u c[ầa]u(?:\s+tr[ưu][ớo]c)?|gereksinimler|requisiti(?:\s+preliminari)?|передумови|попередні умови|wymagania wst[ęe]pne|p[řr]edpoklady|vstupn[íi] podm[íi]nky|vereisten|voorwaarden|[öo]n\s*ko[şs]ullar|förutsättningar|(?:prasyarat|persyaratan)(?:\s+wajib)?|(?:tools?|verkt[øo]y|v[æa]rkt[øo]j(?:er)?|verktyg)\s+(?:needed|required|som\s+(?:trengs|kreves|beh[øo]ves|beh[öo]vs|kr[äa]vs))|required\s+tools|(?:tools|accounts|access|software)\s+(?:you|we)(?:['’]ll|\s+will)?\s+need|what\s+(?:the\s+|this\s+|your\s+|our\s+)?[\p{L}\p{N}-]{2,24}\s+(?:needs|requires)|必要な\s*[\p{L}\p{N}\s]{1,20}?(?:リソース|ツール|アカウント|権限|サービス|ソフトウェア)|n[øo]dvendige\s+verkt[øo]y|forutsetninger|foruds[æa]tninger|(?:hva|det)\s+du\s+trenger|hvad\s+du\s+(?:skal\s+bruge|har\s+brug\s+for)|vad\s+du\s+beh[öo]ver|assumes|(?:the\s+)?inputs?\s+(?:you|we)(?:['’]ll|\s+will)?\s+need|what (?:you|we)(?:['’]ll| will)? need(?:\s+to\s+have)?(?:\s+from\s+(?:the\s+)?[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+)?)?(?:\s+(?:at|on)\s+hand|\s+ready)?|what (?:has to|needs to|must|should) (?:already )?(?:be true|hold|be in place)(?: first)?|what (?:the |this |your |our )?(?:system|server|host|app|application|service|deployment|setup|stack|cluster|machine|project|vm|box) (?:needs|requires)|(?:(?:two|three|four|five|the|a few|some)\s+)?(?:things?|conditions?)\s+(?:that\s+)?(?:has to|have to|needs to|need to|must|should)\s+(?:already\s+)?(?:be true|hold|be in place)(?:\s+(?:of|for|on|in)\s+(?:any|every|each|the|your)\s+[\p{L}-]+)?|что (?:нужно|понадобится|потребуется)(?:\s+(?:до начала|заранее|для начала))?|필요한 것|必要なもの|所需(?:条件|环境|账号|账户|工具)|你需要(?:有|准备)?的(?:东西|账号|账户|工具|环境)?|你需要什么|czego potrzebujesz|was (?:du|sie) brauch(?:st|en)|ce (?:qu['’]il (?:vous )?faut|dont vous avez besoin)|(?:lo )?qu[ée] necesitas(?:\s+tener)?(?:\s+a\s+(?:la\s+)?mano|\s+list[oa]s?)?|תנאים\s+מוקדמים|דרישות\s+(?:מוקדמות|קדם)|d?o que (?:voc[êe] )?precisa(?:s|r[áa])?(?: ter)?|o que [ée] preciso(?: ter)?|do que vai precisar|lo que se necesita|qu[ée] se necesita|(?:lo que|qu[ée]) hace falta|o que faz falta|依(?:赖|賴)要求`;
/**
 * What a Romance or German name is the prerequisites of, as one word after it ("Prérequis serveur", "Voraussetzungen
 * Server", "Requisitos técnicos": 1290, whose counter counted its bullets): the qualifier these languages put after the noun.
 */
const PREREQUISITES_OF = String.raw`(?<=(?:requis|requisitos?|voraussetzungen|prerequisiti|vereisten))\s+[\p{L}-]{3,20}`;
/**
 * "Prerequisites before activation", "Voraussetzungen für das Update", "Pre-requisito — PITR habilitado": the name with what it
 * is for, or about, after it — or a clause on it ("Pré-requisitos que você já deveria ter, de antes do desastre:", 2268, set
 * 190; "Prerequisites you should already have").
 */
const PREREQUISITES_FOR = String.raw`(?:\s+(?:go|gate|checks?|checklist|list|verification))?(?:\s+(?:&|and|\+|et|und|y|e|и)\s+[\p{L}-]{2,20}|\s+(?:before|for|prior to|on|at|in|före|för|für|vor|auf|bei|beim|im|zum|zur|pour|avant|sur|chez|au|aux|para|antes de|en|em|no|na|per|prima di|presso|voor|op|bij|sebelum|untuk|przed|dla|de|del|des|du|do|da|dos|das|di|della|dello|der)\b.*|\s+[—–-]\s+[^—–]{1,40}|,?\s+(?:that|which|you|que|qui|die|welche|который|которые)(?![\p{L}]).*|${PREREQUISITES_OF})?`;
/** The name, after up to two words naming what else the section gathers ("Accounts and prerequisites", "Account e prerequisiti": 1032). */
// (the Romance or German qualifier may come before what it is for: "## 4. Prérequis technique des scripts" over the two ways to
// have the tools — 5136, set 429, both counters' two; "## 5. ⚠️ PRÉREQUIS BLOQUANTS AU CUTOVER PROD" over four numbered blocking
// conditions — 5357, set 447, both counters' four)
// (and the other thing named may be joined by a sign: "## Cost & prerequisite" over the add-on's price and the project it bills
// — 5317, set 444, both counters' two)
const PREREQUISITES_NAMED = String.raw`(?:[a-zà-ÿ][a-zà-ÿ-]*\s+(?:(?:[a-zà-ÿ][a-zà-ÿ-]*|&|\+)\s+)?)?(?:${PREREQUISITES})(?:${PREREQUISITES_OF}(?=\s+(?:(?:de|des|du|del|der|für|pour|para|per|do|da|dos|das|au|aux)\b|à\s)))?`;
const PREREQUISITES_RE = new RegExp(`^${PREREQUISITES_NAMED}${PREREQUISITES_FOR}$`, "iu");
/**
 * A label without a short gloss in brackets after it ("Prerequisites (NEW box)", "Checklist (optional)", "前提条件（本番）",
 * "Owner preconditions (technical-plan TKT-27, EXE52)": the tickets it comes from, 1512).
 */
export const unglossed = (clean: string) => clean.replace(/\s*[(（][^()（）]{1,40}[)）]$/u, "");
/**
 * Whether a label names prerequisites: by its name ("Prerequisites", "前提条件（本番）"), or by its gloss when the gloss
 * says what the list is ("**A — Cloudflare (prerequisites, before flipping):**" over two numbered items: 1595, both counters;
 * "(each item is a hard prerequisite)": EACH_ITEM_REQUIRED_RE).
 */
export const isPrerequisitesLabel = (text: string) => {
  const clean = cleanLabel(text);
  if (PREREQUISITES_RE.test(unglossed(clean))) return true;
  const gloss = /[(（]([^()（）]{1,40})[)）]$/u.exec(clean)?.[1];
  return gloss !== undefined && (PREREQUISITES_RE.test((gloss.split(/[,，;；]/u)[0] ?? "").trim()) || EACH_ITEM_REQUIRED_RE.test(gloss.trim()));
};
/**
 * A gloss saying every item of the list must hold first ("## Before cutover (each item is a hard prerequisite)" over six numbered
 * items — decisions, production values, database, images, rehearsal, communication —: 4438, set 371, both counters' items).
 */
const EACH_ITEM_REQUIRED_RE =
  /^(?:each|every|all)\s+(?:of\s+these\s+)?(?:items?|lines?|steps?|points?|ones?)?\s*(?:is|are|must\s+be)\s+(?:an?\s+)?(?:hard|strict|mandatory|required|blocking)?\s*(?:pre-?requisites?|pre-?conditions?|requirements?|required|mandatory|blocking)$/iu;
/** Whether a label carries a gloss in brackets after its name ("Owner preconditions (technical-plan TKT-27, EXE52)"): words of its own to keep. */
export const hasGloss = (text: string) => unglossed(cleanLabel(text)) !== cleanLabel(text);

/** "Checklist" in other languages (Чеклист, Checkliste, Lista de verificação, チェックリスト, 检查清单 …): a label over items to tick. */
const CHECKLIST_OTHER_LANGUAGES = String.raw`чек-?лист|контрольный список|чек-?ліст|контрольний список|checkliste|prüfliste|lista de verifica[cç][aã]o|lista de verificaci[oó]n|liste de (?:contr[oô]le|v[ée]rification)|lista di controllo|チェックリスト|检查清单|检查表|檢查清單|체크리스트|kontrol listesi|lista kontrolna|controlelijst|danh s[áa]ch ki[ểe]m tra|daftar periksa`;
/**
 * A section named as a checklist among other words ("Post-Migration Checklist", "RPO / RTO Checklist",
 * "Checkliste Go-Live", "移行後チェックリスト"): over bullets, its bullets are items to tick
 * (ground-truth.ts's convention: a list labelled as a checklist), whatever their glyph. A CJK name runs its words
 * together ("スモークテストのチェックリスト"): there the word needs no boundary. An acceptance or check list by other names
 * ("验收清单", "核对清单", "確認リスト", "점검표"; 1775's "## 10. 验收清单" over eight checks; "## 5. 验证清单", a verification list of four checks: 4083, set 341, both counters) is one, and so are a German compound
 * ("Abschlusscheckliste") and the Vietnamese and Indonesian names ("Danh sách kiểm tra", "Daftar periksa"). A list of things —
 * "文件清单", a list of files — is not, nor are the items to confirm ("確認事項", "確認項目", "확인 사항": the counters of 236 and
 * 468 read them as no checklist's label, as 171's "前置检查").
 */
export const NAMES_CHECKLIST_RE = new RegExp(
  String.raw`^(?![\s\S]*(?:${LEAVES_OUT}))[\s\S]*?(?:(?:^|[^\p{L}])(?:check\s?-?lists?|checklisten|${CHECKLIST_OTHER_LANGUAGES})(?:$|[^\p{L}])|(?:チェックリスト|检查清单|檢查清單|체크리스트|验收清单|驗收清單|(?:验证|驗證|确认|確認|核查|检验|檢驗|自查|巡检|巡檢)(?:清单|清單)|核对清单|核對清單|自检清单|上线清单|发布清单|部署清单|准备清单|準備清單|確認リスト|点検リスト|점검표|점검\s*목록|확인\s*목록)|\p{L}+(?:checkliste|prüfliste)(?:$|[^\p{L}])|(?:^|[^\p{L}])(?:danh s[áa]ch ki[ểe]m tra|daftar (?:periksa|cek|centang))(?:$|[^\p{L}]))`,
  "iu",
);
export type TLabelKind = "steps" | "criteria" | "checklist" | "failure" | "notes";
const LABELS: Array<[RegExp, TLabelKind]> = [
  [/^(?:steps|procedure|instructions|actions|commands|execution steps|implementation steps)$/, "steps"],
  [/^(?:(?:success|acceptance|exit|completion) criteri(?:a|on)|done when|definition of done)$/, "criteria"],
  [new RegExp(`^(?:checklist|check list|pre-?checks|${CHECKLIST_OTHER_LANGUAGES}|${PREREQUISITES_NAMED}${PREREQUISITES_FOR})$`, "u"), "checklist"],
  [/^(?:if (?:it )?fail(?:ed|s|ure)?|on failure|upon failure|failure|failure handling|if something goes wrong)$/, "failure"],
  [/^notes?$/, "notes"],
];
/** Structural labels: consumed into structure, so their own line appears nowhere else. */
export const STRUCTURAL_LABEL_RE = new RegExp(
  String.raw`^(?:steps|procedure|instructions|actions|commands|execution steps|implementation steps|(?:success|acceptance|exit|completion) criteri(?:a|on)|done when|definition of done|checklist|check list|checks|pre-?checks|${CHECKLIST_OTHER_LANGUAGES}|${PREREQUISITES_NAMED}${PREREQUISITES_FOR}|failure policy)$|${SIGNOFF_RE.source}`,
  "iu",
);

export const SQL_LANGS = new Set(["sql", "psql", "pgsql", "postgres", "postgresql", "plpgsql", "mysql", "sqlite", "tsql", "plsql"]);
/** Fence labels that name no language ("```cli", "```text"): the content decides what the fence is. */
export const GENERIC_LANGS = new Set(["cli", "text", "txt", "plain", "plaintext", "none", "code", "query", "db"]);
export const SHELL_LANGS = new Set(["bash", "sh", "shell", "zsh", "ksh", "fish", "console", "terminal", "powershell", "ps1", "ps", "pwsh", "cmd", "bat", "batch"]);
export const POWERSHELL_LANGS = new Set(["powershell", "ps1", "ps", "pwsh"]);
/** Shell built-ins and keywords: meaningless as an argv command without a shell. */
export const SHELL_BUILTINS = new Set(["cd", "export", "source", ".", "set", "unset", "alias", "exit", "if", "for", "while", "function", "eval", "exec", "sudo"]);

/** Lower-case label text without emoji, checkboxes, emphasis or a trailing colon. */
export function cleanLabel(text: string): string {
  return (
    text
      // (an empty anchor for links names nothing: "## <a name=\"prerequisites\"></a>Предварительные требования" — 2715, set 227;
      // the title keeps it, as written)
      .replace(/<a\s+(?:name|id)\s*=\s*["'][^"'<>]*["']\s*\/?>(?:\s*<\/a>)?/giu, "")
      .replace(/[*_`]/g, "")
      // hyphens of other code points ("Pre‑requisites" with U+2011, "Post‐deployment" with U+2010) read as "-"
      .replace(/[\u2010\u2011\u2012\u2043\uFE63\uFF0D]/gu, "-")
      .replace(/^[^\p{L}\p{N}]+/u, "")
      // (and emoji after the name: "Troubleshooting 💡", "Upgrade 🚀")
      .replace(/(?:[\s:.\-–—：。]|\p{Extended_Pictographic}|\u{FE0F}|\u{200D})+$/u, "")
      .replace(/\s+/g, " ")
      .trim()
      .toLowerCase()
  );
}

export function labelKind(text: string): TLabelKind | null {
  const clean = cleanLabel(text);
  for (const [re, kind] of LABELS) if (re.test(clean)) return kind;
  // ("Prerequisites (NEW box)": a checklist whatever its gloss; a glossed "Exit criterion (T+15)" stays a section,
  // its gloss kept in its title)
  const bare = unglossed(clean);
  // ("A — Cloudflare (prerequisites, before flipping)": a gloss saying the list is prerequisites — isPrerequisitesLabel)
  return bare !== clean && (LABELS.some(([re, kind]) => kind === "checklist" && re.test(bare)) || isPrerequisitesLabel(clean)) ? "checklist" : null;
}

export const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

/** The minutes of one DURATION_UNIT: 60 for an hour, 1440 for a day, 1 for a minute. */
function unitMinutes(unit: string | undefined): number {
  const u = (unit ?? "m").toLowerCase();
  if (/^(?:h|hours?|hrs?|時間|小时|小時|시간|horas?|heures?|stunden?|std|ore|uur|timmar|saat|час(?:а|ов)?|gi[ờo]|jam)$/u.test(u)) return 60;
  if (/^(?:d|days?|日|天|일|d[íi]as?|jours?|tage?|dagen|дн(?:я|ей)|день|ng[àa]y|hari)$/u.test(u)) return 24 * 60;
  return 1;
}

/** "30-45 minutes" → 45, "1.5 hours" → 90, "24 hours" → 1440, "1h" → 60; null when no duration. */
export function parseDuration(text: string): number | null {
  const m = DURATION_RE.exec(text);
  if (!m) return null;
  const value = Number(m[2] ?? m[1]);
  return Math.round(value * unitMinutes(m[3]));
}

export type THeadingParts = { title: string; number: number | null; hasKeyword: boolean; isSubStep: boolean; estimatedMinutes: number | null };

/** Whether a heading is numbered by its place in time ("T-60 min", "T+0", "D-1", "J-7"), not by its place in a sequence. */
export function isTimelineHeading(text: string): boolean {
  const body = text.replace(/^[^\p{L}\p{N}]*/u, "");
  return TIMELINE_RE.test(body) || DAY_TIMELINE_RE.test(body);
}

/**
 * Splits "Phase 2: Database Migration (5 minutes)" into its number, title and estimate.
 * "2.1 Backup" is a numbered sub-step (isSubStep); "T-15 minutes: Freeze" a time-line heading,
 * numbered by its position in time.
 */
export function splitPhaseHeading(text: string): THeadingParts {
  const parts = splitHeading(text, true);
  // "Phase 1: ~10 minutes": a trailing duration that is the whole title is the title
  return parts.isTitleFromTrailing ? splitHeading(text, false) : parts;
}

function splitHeading(text: string, readsTrailing: boolean): THeadingParts & { isTitleFromTrailing: boolean } {
  let isTrailing = false;
  let estimatedMinutes: number | null = null;
  let withoutEstimate = text;
  let last: RegExpExecArray | null = null;
  PAREN_DURATION_RE.lastIndex = 0;
  for (let m = PAREN_DURATION_RE.exec(text); m; m = PAREN_DURATION_RE.exec(text)) last = m;
  if (last) {
    estimatedMinutes = Math.round(Number(last[2] ?? last[1]) * unitMinutes(last[3]));
    withoutEstimate = (text.slice(0, last.index) + text.slice(last.index + last[0].length)).trim();
  } else if (readsTrailing) {
    const trailing = TRAILING_DURATION_RE.exec(text);
    if (trailing && trailing.index > 0) {
      isTrailing = true;
      estimatedMinutes = Math.round(Number(trailing[2] ?? trailing[1]) * unitMinutes(trailing[3]));
      withoutEstimate = text.slice(0, trailing.index).trim();
    }
  }
  // ("§2 — J-1 Dry-run rollback", "№ 3. …": the section sign is the number's, not a lead symbol to keep)
  const rawLead = /^[^\p{L}\p{N}]*/u.exec(withoutEstimate)?.[0] ?? "";
  const lead = rawLead.replace(/[§№]\s*$/u, "");
  const body = withoutEstimate.slice(rawLead.length);
  let number: number | null = null;
  let hasKeyword = false;
  let isSubStep = false;
  let rest = withoutEstimate;
  const keyword = SEQUENCE_KEYWORD_RE.exec(body);
  // (the mark in capitals only: "Step a" or "Phase in" is no lettered sequence)
  const letteredMatch = keyword ? null : LETTERED_KEYWORD_RE.exec(body);
  const lettered = letteredMatch && /^[A-Z]+$/.test(letteredMatch[2] ?? "") ? letteredMatch : null;
  const ordinal = keyword || lettered ? null : CJK_ORDINAL_RE.exec(body);
  const timeline = keyword || ordinal ? null : TIMELINE_RE.exec(body);
  const day = keyword || ordinal || timeline ? null : DAY_TIMELINE_RE.exec(body);
  const numbered = keyword || ordinal || timeline || day ? null : NUMBERED_RE.exec(body);
  // ("## ① サービスアカウントの作成", "❷ Deploy": a circled number is the section's number)
  const circled = keyword || ordinal || timeline || day || numbered ? null : CIRCLED_NUMBER_RE.exec(body);
  const cjkNumbered = keyword || ordinal || timeline || day || numbered || circled ? null : CJK_NUMBERED_RE.exec(body);
  if (ordinal) {
    number = chineseNumeral(ordinal[1] ?? ordinal[2] ?? "");
    hasKeyword = true;
    rest = lead + body.slice(ordinal[0].length);
  } else if (keyword) {
    number = Number(keyword[2]);
    hasKeyword = true;
    rest = lead + body.slice(keyword[0].length);
  } else if (lettered) {
    number = letteredNumber(lettered[2] ?? "A");
    hasKeyword = true;
    rest = lead + body.slice(lettered[0].length);
  } else if (timeline) {
    const sign = timeline[1] === "+" ? 1 : -1;
    number = sign * Number(timeline[2]) * unitMinutes(timeline[3]);
    hasKeyword = true;
  } else if (day) {
    number = day[3] === undefined ? 0 : (day[2] === "+" ? 1 : -1) * Number(day[3]) * 24 * 60;
    hasKeyword = true;
  } else if (numbered) {
    number = Number(numbered[1]);
    isSubStep = numbered[2] !== undefined;
    rest = lead + body.slice(numbered[0].length);
  } else if (circled) {
    number = circledNumber(circled[1] ?? "");
    rest = lead + body.slice(circled[0].length);
  } else if (cjkNumbered) {
    number = chineseNumeral(cjkNumbered[1] ?? "");
    rest = lead + body.slice(cjkNumbered[0].length);
  }
  let title = collapse(rest)
    .replace(/\s*[:：]$/u, "")
    .trim();
  // ("## Phase 4 の手順（予定）" — the procedure of phase 4 —: a particle after the keyword makes "Phase 4" part of the name, not
  // its number; the title is the whole heading, 3793, set 317)
  // (only with nothing between the number and the particle: "## Phase 1: 의존성 …" names its phase after a colon — 1475)
  if (keyword && /^\s*(?:の|で|に|を|は|が|と|へ|から|まで|的|之)/u.test(body.slice(keyword[0].length)) && /\d\s*$/u.test(keyword[0])) title = collapse(withoutEstimate);
  const hasOwnTitle = title !== "" && /[\p{L}\p{N}]/u.test(title);
  if (!hasOwnTitle) title = collapse(withoutEstimate).replace(/\s*[:：]$/u, "") || collapse(text);
  return { title, number, hasKeyword, isSubStep, estimatedMinutes, isTitleFromTrailing: isTrailing && !hasOwnTitle };
}

/** A line of copy-button markup around a fence's code (`<copy>` … `</copy>`, as workshop labs write): not code. */
const COPY_TAG_RE = /<\/?copy>/gi;
/** Code without its copy-button markup: the code a reader runs. */
export function withoutCopyTags(code: string): string {
  if (!/<\/?copy>/i.test(code)) return code;
  return code
    .split("\n")
    .filter((l) => !/^\s*<\/?copy>\s*$/i.test(l))
    .map((l) => l.replace(COPY_TAG_RE, ""))
    .join("\n")
    .trim();
}

/** Whether code without a language reads as SQL: statements that start with SQL keywords. */
export function looksLikeSql(source: string): boolean {
  const code = withoutCopyTags(source);
  const lines = code.split("\n").filter((l) => l.trim() !== "" && !/^\s*--/.test(l));
  if (lines.length === 0) return false;
  const first = lines[0]?.trim() ?? "";
  // (BEGIN and COMMIT open SQL on a line of their own: "commit → push → PR → merge" is a flow written as text, 1156)
  if (
    !/^(?:select|insert\s+into|update\s+\w|delete\s+from|create\s+(?:unique\s+)?(?:table|index|view|materialized|schema|extension|function|or\s+replace|type|sequence|trigger|database|role|user)|alter\s+(?:table|index|view|type|sequence|database|system|role|user)|show\s+(?:variables|status|plugins|databases|tables|processlist|replica|slave|master|binary|grants|create|engine|global|session|full)\b|install\s+plugin\b|change\s+(?:master|replication\s+source)\s+to\b|(?:start|stop|reset)\s+(?:replica|slave)\b|flush\s+(?:privileges|tables|logs)\b|drop\s+(?:table|index|view|schema|type|function|extension|database)|begin(?:\s+(?:work|transaction)(?:\s+isolation\s+level\s+[\w ]+)?|\s+isolation\s+level\s+[\w ]+)?\s*;?$|commit(?:\s+(?:work|transaction))?\s*;?$|with\s+\w+\s+as\s*\(|explain\b|vacuum\b|analyze\b|reindex\b|truncate\b|grant\b|revoke\b|set\s+(?:lock_timeout|statement_timeout|search_path|role)|dbcc\s+\w|call\s+[\w.]+\s*\(|\\[a-z])/i.test(
      first,
    )
  )
    return false;
  // a SQL script ends its statements with semicolons, or is one statement
  return /;\s*$/m.test(code) || lines.length <= 3;
}

/**
 * A command of the SQL client itself, not of the server (SQL*Plus: SHOW PARAMETER / SGA / ERRORS,
 * SHUTDOWN, STARTUP, SET LINESIZE …, SPOOL, CONNECT, DESCRIBE, @script; the mysql client: EXIT, QUIT,
 * SOURCE; psql's \q), each statement of the line one.
 */
const CLIENT_COMMAND_RE =
  /^\s*(?:(?:show\s+(?:parameters?|sga|errors?|user|pdbs|con_name|release)(?:\s+[\w.$]+)?|shutdown(?:\s+(?:abort|immediate|normal|transactional))?|startup(?:\s+(?:mount|nomount|open|force|restrict|upgrade)(?:\s+\w+)?)?|set\s+(?:linesize|lines|pagesize|pages|echo|timing|serveroutput|feedback|heading|trimspool|verify|colsep|long|termout)\b[^;]*|spool\b[^;]*|conn(?:ect)?\b[^;]*|disconnect|desc(?:ribe)?\s+[\w.$]+|col(?:umn)?\s+\w+\b[^;]*|prompt\b[^;]*|@@?[\w./-]+|exit|quit|\\q)\s*;?\s*)+$/i;

/**
 * Code in a fence labelled as SQL that is no SQL to run: commands at another tool's prompt
 * ("DGMGRL> SWITCHOVER TO …", "RMAN> …") or a query's printed result (a column header over a
 * "-----" rule): shown to the operator, not run on the target.
 */
export function isNotSqlToRun(source: string): boolean {
  const lines = withoutCopyTags(source)
    .split("\n")
    .filter((l) => l.trim() !== "" && !/^\s*--\s/.test(l));
  if (lines.length === 0) return false;
  if (lines.every((l) => /^\s*(?:DGMGRL|RMAN|ASMCMD)>/i.test(l))) return true;
  // a shell command under a SQL label ("```mysql" over "mysqldump -uroot … > all.sql"): run by a shell, not on the target
  if (looksLikeShell(lines.join("\n")) && !looksLikeSql(lines.join("\n"))) return true;
  // psql's own meta-commands only ("\dt", "\d users", "\l", "\! pg_dump …" shell escapes): psql runs
  // them, the target cannot ("\i migration.sql" includes a script of SQL: that is SQL to run, as seed
  // 003's steps are)
  if (lines.every((l) => /^\s*\\[a-z?!]/i.test(l) && !/^\s*\\(?:i|ir|include|include_relative)\s/.test(l))) return true;
  // a shell escape over continued lines ("\! pg_dump.exe \" / "    --host <host> \"): a command, with no statement of SQL
  if (/^\s*\\!/.test(lines[0] ?? "") && !lines.some((l) => !/^\s*\\/.test(l) && looksLikeSql(l))) return true;
  // the SQL client's own commands only ("SQL> SHOW PARAMETER compatible", "SHUTDOWN ABORT; STARTUP MOUNT;",
  // "EXIT;"): SQL*Plus and the mysql client run them, the server parses no SQL from them
  if (lines.every((l) => CLIENT_COMMAND_RE.test(l.replace(/^\s*(?:SQL|mysql|MariaDB(?: \[[^\]]*\])?)>\s*/i, "")))) return true;
  // a list of script files ("migrations/001_partition.sql"), named but not their SQL
  if (lines.every((l) => /^\s*[\w.~/\\-]+\.sql\s*$/i.test(l))) return true;
  const isRule = (l: string) => /^\s*-{3,}[\s-]*$/.test(l);
  return lines.some(isRule) && !lines.some((l) => /;\s*$/.test(l)) && !isRule(lines[0] ?? "") && !looksLikeSql(lines.filter((l) => !isRule(l)).join("\n"));
}

/** Whether code without a language reads as shell: a prompt, a shebang or a known command. */
export function looksLikeShell(code: string): boolean {
  const first =
    withoutCopyTags(code)
      .split("\n")
      .find((l) => l.trim() !== "")
      ?.trim() ?? "";
  if (/^#!.*\b(?:ba|z|k)?sh\b/.test(first)) return true;
  if (/^\$\s+\S/.test(first)) return true;
  // a variable set for the commands that follow ("DBS=$(mysql -e …)", "PGPASSWORD=… psql -h …")
  if (/^(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*=\S/.test(first)) return true;
  return /^(?:sudo|kubectl|helm|docker|docker-compose|systemctl|service|git|npm|npx|yarn|pnpm|pip|python3?|manage\.py|\.\/\S+|bundle|rails|rake|cap|ansible(?:-playbook)?|terraform|aws|gcloud|az|psql|pg_dump|pg_restore|pg_upgrade|pg_ctl|pg_dumpall|pg_basebackup|mysql|mysqldump|redis-cli|curl|wget|ssh|scp|rsync|tar|cp|mv|rm|mkdir|ls|cat|tail|grep|export|cd|echo|make|go|cargo|java|mvn|gradle|dotnet|heroku|fly|flyctl|pm2|nginx|apt(?:-get)?|yum|dnf|brew|chmod|chown|ln|crontab|supervisorctl|oc|vault|consul|etcdctl)\b/.test(
    first,
  );
}

/** Whether code reads as PowerShell (run as a COMMAND like any shell). */
export function looksLikePowerShell(code: string): boolean {
  return /^\s*(?:[A-Z][a-z]+-[A-Z][A-Za-z]+\b|\$env:|Set-Location|Get-|Invoke-)/m.test(code);
}

/**
 * What runs a SQL client as a command line starts: a shell prompt, sudo, or the container the database
 * runs in ("docker exec -it app_postgres psql …", "docker compose exec -T db psql …", "docker compose --env-file
 * .env.prod -f compose.prod.yml exec db psql …", "kubectl exec -it pg-0 -n db -- psql …"): the client still runs on the
 * target database.
 */
const CLIENT_PREFIX = String.raw`(?:\$\s+)?(?:(?:env\s+)?[A-Z_][A-Z0-9_]*=(?:"[^"\n]*"|'[^'\n]*'|[^\s"'$(]\S*|\$[A-Za-z_{][\w}]*)\s+)*(?:sudo\s+(?:-u\s+\S+\s+)?)?(?:(?:docker(?:[\s-]compose)?|podman)(?:\s+-{1,2}[\w-]+(?:=\S+|\s+[^\s-]\S*)?)*\s+exec\s+(?:(?:-[euw]|--(?:env|user|workdir))\s+\S+\s+|-{1,2}[\w-]+(?:=\S+)?\s+)*\S+\s+|(?:kubectl|oc)\s+(?:-{1,2}[\w-]+(?:[=\s][^\s-]\S*)?\s+)*exec\b[^\n]*?\s--\s+)?`;
/**
 * A command line that opens an interactive SQL session on the target, the SQL then typed at its prompt: psql, the
 * mysql / mariadb client, sqlcmd, or a platform's CLI that opens one ("heroku pg:psql", "fly postgres connect",
 * "gcloud sql connect", "vercel postgres:shell", "rails dbconsole", "manage.py dbshell") — not when the command line
 * carries its SQL (-c, -e, -Q), a file (-f, -i, "< file") or a pipe.
 */
const SQL_SHELL_START_RE = new RegExp(
  String.raw`^${CLIENT_PREFIX}(?:psql|mysql|mariadb|sqlcmd|heroku\s+pg:psql|fly(?:ctl)?\s+(?:postgres|pg|mpg)\s+connect|gcloud\s+sql\s+connect|vercel\s+postgres:shell|(?:bin\/)?rails\s+(?:dbconsole|db)|(?:python3?\s+)?(?:\.\/)?manage\.py\s+dbshell)\b(?![\w.:-])`,
);
/** What makes a SQL client's command line carry its own SQL or input: -c / --command (not mysql's -p<password>), -e / --execute, -Q / -q / -i, -f / --file, a redirect or a pipe. */
const SQL_SHELL_INPUT_RE = /\s(?:-(?!p)[a-zA-Z]*c|--command|-e|--execute|-[Qqi]|-f|--file)(?:\s|=|$)|[<|]/;
/** A command line that starts a SQL client: its SQL on the command line (PSQL_COMMAND_RE), in a heredoc, or typed at its prompt. */
const SQL_CLIENT_START_RE = new RegExp(String.raw`^${CLIENT_PREFIX}(?:psql|mysql|mariadb|sqlite3|sqlcmd|(?:npx\s+|pnpm\s+(?:exec\s+)?|yarn\s+)?prisma\s+db\s+execute)\b`);
/**
 * A SQL client given its SQL on the command line, as one command: `psql … -c "SQL"`, `mysql … -e "SQL"`
 * (`mariadb`, `--execute`), `sqlcmd … -Q "SQL"`, `sqlite3 app.db "SQL"` — the quoted SQL on one line or
 * over several (or on the line after a `\` continuation); a trailing shell comment is no SQL, nor are options after the
 * SQL ("--connect-timeout=5") or its output written to a file ("> /tmp/standby-state.txt").
 */
const PSQL_COMMAND_RE = new RegExp(
  String.raw`^[ \t]*${CLIENT_PREFIX}(?:psql\b[^\n]*?\s(?:-[a-zA-Z]*c|--command)|(?:mysql|mariadb)\b[^\n]*?\s(?:-e|--execute)|sqlcmd\b[^\n]*?\s-[Qq]|sqlite3(?:\s+-[\w-]+)*\s+[^\s"'-][^\s"']*)(?:(?:\s|\\\n)+|=)(["'])([\s\S]*?)\1(?:[ \t]+--?[\w-]+(?:=[^\s|;&<>]+)?)*(?:[ \t]*>>?[ \t]*[^\s|;&]+)?[ \t]*(?:#[^\n"']*)?$`,
  "gm",
);

/** A psql command line connected to PgBouncer's admin console: its database is `pgbouncer`. */
const PGBOUNCER_CONSOLE_RE = /\bpsql\b.*?(?:\s(?:-d\s*|--dbname=)?["']?pgbouncer["']?(?=\s)|[\s"']dbname=pgbouncer\b|\/pgbouncer["'\s?])/;

/**
 * A SQL client's prompt before what was typed at it: mysql's "mysql> " (and "mysql > "), MariaDB's "MariaDB [db]> ",
 * psql's "postgres=# " / "app=> " (continued: "postgres-# ", "postgres(# "), sqlite3's "sqlite> ", SQL*Plus's "SQL> ",
 * and the continuation prompts "    -> " (mysql) and "   ...> " (sqlite3).
 */
const SQL_PROMPT_RE = /^[ \t]*(?:mysql ?>|MariaDB \[[^\]\n]*\]>|[A-Za-z_][\w$]*[=\-('"][#>]|sqlite>|SQL>|->|\.\.\.>)(?:[ \t]|$)/;
/** What the mysql / psql client does itself before the SQL ("USE app;", "\c app", "connect app"): no SQL, no command. */
const CLIENT_SESSION_RE = /^\s*(?:use\s+[\w`"]+\s*;?|\\c(?:onnect)?\b[^\n]*|connect\s+\S+\s*;?)\s*$/i;

/**
 * SQL typed at a SQL client's prompt, shown with the prompt: every line (comments aside) starts with one
 * (SQL_PROMPT_RE), after the line that opened the client if it comes first ("mysql -u root -p" then "mysql> CREATE
 * DATABASE app;"). A line without a prompt — the query's printed rows, an error, another command — makes it no such
 * fence (a query shown with its result is an illustration, 309). Returns the SQL without its prompts, or null.
 */
export function sqlTypedAtPrompt(code: string): string | null {
  const lines = withoutCopyTags(code)
    .split("\n")
    .filter((l) => l.trim() !== "" && !/^\s*#/.test(l));
  const first = lines[0]?.trim() ?? "";
  const opensClient = lines.length > 1 && !SQL_PROMPT_RE.test(first) && SQL_SHELL_START_RE.test(first) && !SQL_SHELL_INPUT_RE.test(first);
  const body = opensClient ? lines.slice(1) : lines;
  if (body.length === 0 || !body.every((l) => SQL_PROMPT_RE.test(l))) return null;
  const typed = body.map((l) => l.replace(SQL_PROMPT_RE, "").trim()).filter((l) => l !== "");
  const statements = typed.filter((l) => !CLIENT_SESSION_RE.test(l)).join("\n");
  if (statements === "" || !looksLikeSql(statements) || isNotSqlToRun(statements)) return null;
  return typed.join("\n");
}

/**
 * A SQL client invocation carrying its SQL: `psql … -c "SQL"`, `psql … <<SQL … SQL`, the client opened and the SQL
 * typed at it (with its prompts or without). Returns the SQL (runnable on the target as a SQL step), or null.
 */
export function psqlEmbeddedSql(code: string): string | null {
  // (a command's options continued over "\" lines — "kubectl -n shop exec pg-0 -- \" / "  psql -tAc \" /
  // '  "SELECT …"' — are one line)
  const lines = withoutCopyTags(code)
    .split("\n")
    .filter((l) => l.trim() !== "" && !/^\s*#/.test(l))
    .join("\n")
    .replace(/[ \t]*\\\n[ \t]*(?=[-"'\w$])/g, " ")
    .split("\n");
  if (lines.length === 0) return null;
  const prompted = sqlTypedAtPrompt(code);
  if (prompted !== null) return prompted;
  const first = lines[0]?.trim() ?? "";
  const heredoc = /<<-?\s*['"]?([A-Za-z_]+)['"]?\s*$/.exec(first);
  // (a heredoc of SQL fed to another SQL client — "npx prisma db execute --stdin <<'SQL'", "mysql … <<EOF" — is SQL too)
  if (!SQL_CLIENT_START_RE.test(first) && !SQL_SHELL_START_RE.test(first)) return null;
  if (heredoc) {
    const tag = heredoc[1] ?? "";
    const body: string[] = [];
    for (const [k, line] of lines.slice(1).entries()) {
      // (another command after the heredoc — "tail -f" of the log — makes the fence a command)
      if (line.trim() === tag) return lines.length > k + 2 ? null : body.join("\n").trim() || null;
      body.push(line);
    }
    return null;
  }
  // `psql -h host -d db` (its options continued over "\" lines: one line above), `mysql -u root -p`, `vercel
  // postgres:shell` …, and then the SQL typed at its prompt
  if (SQL_SHELL_START_RE.test(first) && !SQL_SHELL_INPUT_RE.test(first)) {
    const typed = lines.slice(1).join("\n");
    // (the client's own "USE app;" / "\\c app" first is no statement)
    const statements = lines
      .slice(1)
      .filter((l) => !CLIENT_SESSION_RE.test(l))
      .join("\n");
    if (statements.trim() !== "" && looksLikeSql(statements)) return typed;
  }
  // one psql -c command, or several (a fence of checks), each one's SQL in order — its quoted SQL on
  // the line or over several ('psql "$DATABASE_URL" -c "' … '"'); a fence running anything else is a command
  const text = lines.join("\n");
  const sqls: Array<{ sql: string; isPooler: boolean }> = [];
  const rest = text.replace(PSQL_COMMAND_RE, (all: string, _quote: string, sql: string) => {
    sqls.push({ sql: sql.trim(), isPooler: PGBOUNCER_CONSOLE_RE.test(all.slice(0, all.length - sql.length)) });
    return "";
  });
  if (rest.trim() !== "" || sqls.length === 0 || sqls.some(({ sql }) => sql === "")) return null;
  // psql's own meta-commands ("\dt", "\d users") are no SQL to run on the target: shown in the step's comment only
  // (and sqlite3's dot-commands, ".tables"); nor is what PgBouncer's admin console answers — `psql -p 6432 -U
  // pgbouncer pgbouncer -c "SHOW POOLS;"` runs the pooler's own commands
  const runnable = sqls.filter(({ sql, isPooler }) => !isPooler && !sql.startsWith("\\") && !/^\.[a-z]/.test(sql)).map(({ sql }) => sql);
  return runnable.length > 0 ? runnable.join("\n") : null;
}
