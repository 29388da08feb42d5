// The rollback procedure of an imported runbook, found wherever and however the document writes it (issue 16: "Rollback
// under any name and level … including a rollback subsection inside a phase, and rollback steps keeping their text"):
// a section by any of its names (findSetAsideSections, with the sign-off sheet, both set aside from the phases before
// the phase level is chosen), and where no section names it, a field of a phase ("**Rollback:** …", rollbackField), a
// column of a step table (rollbackColumn) or the procedure's last step (rollbackStep). The vocabulary the names are
// read with lives in vocabulary.ts; what the counters of the corpus decided on a doubtful case is cited by document
// number (__fixtures__/corpus/ground-truth.ts). Every function here is pure and linear in the blocks it is given.
import type { Table } from "mdast";
import { cellText, hasCheckbox, isSymptomTableText, symptomRows } from "./phase-body";
import { type Doc, isTierA, type TBlock, type THead } from "./sections";
import { parseSignoff } from "./signoff-sheet";
import { manualStep, stepFromCode } from "./step-details";
import { emptyPhase, type TParsedPhase, type TParsedRunbook } from "./types";
import {
  isAppendixName,
  FAILURE_TIME_NAME,
  HAS_ROLLBACK_WORD_RE,
  ROLLBACK_ABOUT_RE,
  ROLLBACK_FOLLOWUP_RE,
  ROLLBACK_GLOSS_RE,
  ROLLBACK_LEADIN_RE,
  ROLLBACK_RE,
  ROLLBACK_RUNBOOK_TITLE_RE,
  ROLLBACK_TARGET_RE,
  ROLLBACK_WORD_RE,
  SIGNOFF_RE,
  cleanLabel,
  collapse,
  sendsToDocument,
  SWITCH_TO_LEAD,
  isPointerParagraph,
  DOCUMENT_REFERENCE_RE,
  splitPhaseHeading,
  unglossed,
} from "./vocabulary";

/** A section set aside from the main phases: the rollback (or a trigger / follow-up section around it) or the sign-off sheet, blocks [start, end). */
export type TSetAside = { head: THead; kind: "rollback" | "signoff"; start: number; end: number; isAround?: true };

/**
 * A heading asking whether or how to roll back ("Q4: 可以回滚吗？", "能回退吗？", "Can I roll back?", "How do I revert a release?",
 * "ロールバックできますか？", "롤백할 수 있나요?"): an FAQ entry whose answer, where it holds code, is the way back.
 */
const ROLLBACK_QUESTION_RE =
  /^(?:q\s*\d*\s*[:：.、]\s*)?(?:(?:can|could|may|is\s+it\s+possible\s+to)\s+(?:(?:i|we|you)\s+)?(?:still\s+)?(?:roll\s*back|revert|undo|go\s+back|downgrade)|how\s+(?:do|can|to|should|would)\s+(?:(?:i|we|you)\s+)?(?:roll\s*back|revert|undo|go\s+back|downgrade)|(?:可以|能|能否|可否|是否可以|是否能|怎么|如何|怎样|怎麼|如何才能)(?:[^?？\s]{0,8})?(?:回滚|回退|回滾|撤销|撤銷|降级|降級)|ロールバック(?:でき|は可能|する方法|するには|の方法)|(?:롤백|되돌리|원복)(?:할\s*수|이\s*가능|하려면|방법|하는\s*방법))[^?？]{0,60}[?？]$/iu;
/** An answer that opens by saying no ("No —", "Not after …", "不能。", "不可以", "できません", "안 됩니다"): no way back. */
const NEGATIVE_ANSWER_RE =
  /^(?:\*\*)?(?:a\s*[:：]\s*)?(?:no\b|not\b|never\b|cannot\b|can['’]t\b|不能|不可以|不行|不可|否|无法|無法|できません|できない|불가|안\s*됩니다|할\s*수\s*없)/iu;
/** A rollback label opening a sentence after the first of a paragraph ("…一遍。回退方案：…", "… 48 hours. Rollback: …"): its value. */
const LATER_ROLLBACK_LABEL_RE =
  /[。．.!?！？]\s*(?:\*\*|__)?(?:rollback(?:\s+plan)?|roll\s*back|回退方案|回滚方案|回退|回滚|回滾|ロールバック(?:手順)?|롤백)(?:\*\*|__)?\s*[:：](?:\*\*|__)?\s*([^\n]+(?:\n[^\n]+)*)$/iu;
/** A value that is only a link, or links ("[rollback.md](rollback.md).", "see [the runbook](x.md)"): a pointer elsewhere. */
const LINK_ONLY_RE = /^(?:(?:see|voir|siehe|ver|veja|参见|参照)\s+)?(?:\[[^\]]*\]\([^)]*\)[\s,.;。]*)+(?:[\s\S]{0,3})$/iu;
/** A section named for recovery ("Recovery", "5. Recovery plan", "Recovery Patterns", "Recovery options"). */
// (and recovery from a fault in other languages: "## 9. 故障恢复" of a release process — delete the wrong tag, ship a fix with a
// migration rollback command: 1579, both counters —, "障害復旧", "장애 복구", "Recovering from failures"; and recovery after
// a failure, "## 7. 失败恢复" closing a migration runbook — keep the service stopped, restore the verified backup: 4366, set 365,
// both counters —, as a policy too: "## Recovery policy" — "If a deployment fails, stop the application, … restore or roll
// forward": 4338, set 362, both counters)
const RECOVERY_RE =
  /^(?:(?:recovery|recover)(?:\s+(?:plans?|procedures?|steps|patterns|options|strategy|strategies|process|polic(?:y|ies)))?|recovering from (?:a\s+)?(?:failures?|errors?|problems?|incidents?|a bad release)|failure recovery|故障恢复|故障恢復|故障处理与恢复|失败恢复|失敗恢復|失败处理|失敗處理|失败回退|障害復旧|障害からの復旧|失敗時の(?:復旧|対応)|장애\s*복구|실패\s*(?:시\s*)?(?:복구|대응))$/iu;
/**
 * A section named for recovering from a release gone wrong: "Production recovery after a failed release" (4096, set 342), "Fixing
 * a Bad Release" (4132, set 345), "Recovering from a broken deploy", "Handling a failed upgrade" — both counters' way back.
 */
const BAD_RELEASE_RECOVERY_RE =
  /^(?:(?:production|emergency|manual|fast|quick)\s+)?(?:recovery|recovering|recover|fixing|fix|handling|handle|dealing\s+with|undoing|undo)\s+(?:(?:after|from)\s+)?(?:a\s+|an\s+|the\s+)?(?:bad|broken|failed|faulty|botched)\s+(?:release|deploy(?:ment)?|rollout|upgrade|version|publish)s?$/iu;
/** A runbook about releasing ("Release process", "发布流程", "リリース手順", "Publicación"): where pulling the release is going back. */
const RELEASE_TITLE_RE =
  /\b(?:releases?|releasing|publish(?:ing)?|publication|versioning|tagging)\b|发布|發布|リリース|릴리스|릴리즈|lanzamiento|publicaci[óo]n|lan[çc]amento|publica[çc][ãa]o|ver[öo]ffentlichung/iu;
/** Pulling a release that went out: deleting, yanking or unpublishing it or its tag ("Delete the release from the GitHub Releases page"). */
const PULLS_RELEASE_RE = /\b(?:delete|remove|yank|unpublish|deprecate|pull)\b[^.\n]{0,40}\b(?:release|tag|version|package)s?\b/iu;
/**
 * Recovery named alone in the corpus's other languages ("## 복구", "## 恢复", "## Recuperación"): the way back as a change
 * runbook's last section whose text puts the previous version back (3190, set 267, both counters) — not in a runbook
 * whose work is a restore ("## 三、恢复" of a backup-and-restore manual: 2230).
 */
const RECOVERY_OTHER_LANGUAGES_RE = /^(?:복구|恢复|恢復|復旧|recuperaci[óo]n|recupera[çc][ãa]o|r[ée]cup[ée]ration)$/iu;
/**
 * Words of putting a change back: restoring a snapshot, reverting, the previous release, turning the one before on again
 * ("Re-enable the prior active key, stop the backfill worker …" in a key rotation's last "## Recovery": 3492, set 292, both
 * counters).
 */
const PUTS_BACK_RE =
  /\b(?:restore|revert|roll(?:ing)?[\s-]?back|back(?:ing)?[\s-]out|previous (?:release|version|tag|deploy(?:ment)?)|snapshot|re-?(?:enable|activate) (?:the\s+)?(?:prior|previous|old)\b)\b/i;
/**
 * The release before named in the corpus's other languages ("releases의 이전 버전을 확인합니다" — the previous version —, "上一个版本",
 * "前のバージョン", "la versión anterior", "la version précédente", "die vorherige Version"): PUTS_BACK_RE's "previous version"
 * where a last recovery section is written in another language ("## 복구" switching `current` back: 3190, set 267, both counters);
 * and restoring from the backup or going back to the one before ("从文件系统备份恢复被移动的文本…", "回到上一个确认可用的…提交" under a
 * data migration's last "## 恢复": 4137, set 346, both counters).
 */
const PREVIOUS_VERSION_OTHER_LANGUAGES_RE =
  /이전\s*(?:버전|릴리스|릴리즈|배포)|(?:上一个?|上个|之前的?|旧)(?:版本|发布|發布)|(?:回到|退回|切回|恢复到|恢復到)(?:上一个?|上個|之前的?)|(?:从|從)[^。\n]{0,20}(?:备份|備份|快照)[^。\n]{0,4}?(?:恢复|恢復|还原|還原)|バックアップから[^。\n]{0,10}?(?:復元|リストア|戻)|백업\s*(?:에서|으로)\s*(?:복원|복구)|(?:前|以前)の(?:バージョン|リリース)|(?:versi[óo]n|vers[ãa]o|release)\s+anterior|version\s+pr[ée]c[ée]dente|vorherige[nr]?\s+(?:version|release)/iu;
/** A section named for the time of a failure, whole (vocabulary.ts's FAILURE_TIME_NAME). */
const FAILURE_TIME_RE = new RegExp(String.raw`^(?:${FAILURE_TIME_NAME})$`, "u");
/**
 * A section named for the work failing ("## Migration failed" over "1. Do not switch web or workers to the new release … 4.
 * Restore from a verified backup/PITR" among an incident runbook's cases: 3423, set 286, both counters; "Deployment Failures",
 * "Upgrade fails"): the way back where its text puts something back, as a section named for the time of a failure is.
 */
const FAILED_WORK_RE = /^(?:the\s+|a\s+)?(?:deploy(?:ment)?|migration|upgrade|release|cut-?over|rollout)s?\s+(?:failed|fails|failures?)$/u;
/** An instruction that puts the service back on what ran before ("route to the last known-good immutable digest", "redeploy the previous release"). */
const ROUTES_BACK_RE =
  /\b(?:route|roll[\s-]?back|revert|redeploy|restore|return|switch back|go back|point)\b[^.\n]{0,40}?\b(?:to|on)\s+(?:the\s+)?(?:last\s+known[\s-]good|previous|prior)\b/iu;
/**
 * A fence whose command restores, rolls back or reverts (`deploy/scripts/restore-postgres.sh`, `helm rollback api`): under a
 * "## Rollback-Entscheidung" (rollback decision) of triggers, the way back itself — a hall-booking go-live's last section, 4898,
 * set 409, both counters.
 */
const RESTORE_FENCE_RE = /^[ \t]*(?:\x60{3,}|~{3,})[^\n]*\n(?:(?![ \t]*(?:\x60{3}|~{3}))[^\n]*\n)*?[^\n]*\b(?:restore|rollback|roll-back|revert|downgrade)[\w.-]*/imu;
/**
 * A bullet stating its case, then a remedy that restores or reverses ("- If rows were destructively corrupted, stop all writers,
 * record the failure timestamp, and invoke the provider restore procedure."): under a "## Rollback Decision" of such cases, the
 * way back by case — a database recovery gate's last section, 5057, set 422, both counters.
 */
const CASE_ITEM_RESTORES_RE =
  /^[ \t]*[-*+][ \t]+(?:\*\*)?(?:if|when|should)\b[^,\n]{0,120},(?:(?!\n[ \t]*[-*+][ \t])[\s\S]){0,240}?\b(?:restor(?:e|ing)|revert(?:ing)?|roll(?:ing)?[\s-]?back|undo|reversible|reverse)\b/imu;
/** Going back to the system the work replaces, by its name or as the old one ("revert to DRX immediately", "switch back to the legacy system"). */
// (or restoring the old one: "## Abort conditions" › "Abort and restore the old runtime if:" over the conditions, a production
// cut-over's — 5157, set 431, both counters)
const BACK_TO_SYSTEM_RE =
  /\b(?:revert|roll\s*back|switch\s+back|fall\s+back|go\s+back|cut\s+back)\s+to\s+(?:the\s+)?(?:old|legacy|previous|prior|original|\p{Lu}[\p{L}\p{N}-]+)|\b(?:[Rr]evert|[Pp]oint|[Ss]witch)\s+(?:the\s+)?[\p{L}\p{N}_.-]+(?:\s+[\p{L}\p{N}_.-]+)?\s+(?:back\s+)?to\s+(?:the\s+)?(?:source|old|legacy|previous|prior|original)\b|\b(?:restore|reinstate|bring\s+back)\s+the\s+(?:old|legacy|previous|prior|original)\s+[\p{L}-]+/u;
/** A label saying how things stand with the rollback, not how to do it ("(b) Rollback disabled, globally": 2655). */
const STATE_OF_ROLLBACK_RE = /[,，]|\b(?:disabled|enabled|off|unavailable|impossible|blocked|not|none|n\/a)\b/iu;
/** A bullet of a symptom, an arrow and the remedy: "- **Site is up but slow** → Check Sentry.", "- DB issue -> see the DR runbook". */
const SYMPTOM_ARROW_BULLET_RE = /^\s*[-*+]\s+(?:\*\*[^*\n]{2,80}\*\*|[^→⇒\n]{2,80}?)\s*(?:→|⇒|-+>|=>)\s*\S/u;
/** A section's enumeration before a colon: "Phase 0", "Step 3", "Etapa 2", "단계 1", "阶段二" (what numbers it, not what it is). */
const ENUMERATOR_RE =
  /^(?:phase|step|stage|part|round|wave|fase|etapa|paso|passo|schritt|stufe|[ée]tape|этап|шаг|фаза|단계|ステップ|フェーズ|步骤|阶段|階段)\s*[\p{N}a-z一二三四五六七八九十]{1,3}$/iu;
/** A name's words for a contingency ("Restore (just in case)", "Restaurar Backup (Por si acaso)", "Wiederherstellung (falls nötig)"). */
const CONTINGENCY_RE =
  /\b(?:just in case|if (?:needed|necessary|required)|when needed|por si acaso|si (?:es necesario|hace falta)|se (?:necess[áa]rio|preciso)|au cas o[ùu]|si n[ée]cessaire|falls n[öo]tig|bei bedarf|im notfall|se necessario)\b|必要(?:時|な場合|に応じて)|如有需要|如需|必要时|필요\s*시/iu;
/** Words of putting a change back in any language the vocabulary knows: PUTS_BACK_RE's, a rollback word, restoring, going back. */
const PUTS_BACK_ANY_RE = new RegExp(
  String.raw`${PUTS_BACK_RE.source}|${HAS_ROLLBACK_WORD_RE.source}|\b(?:back|previous|prior|old)\b|(?<![\p{L}])(?:anterior\p{L}*|pr[ée]c[ée]dent\p{L}*|vorherig\p{L}*|предыдущ\p{L}*|restaur\p{L}*|wiederherstell\p{L}*|zur[üu]ck\p{L}*|revenir|volver|voltar|ripristin\p{L}*|herstel\p{L}*|przywr[óo]c\p{L}*|восстанов\p{L}*|відновл\p{L}*|pulih\p{L}*|kembali)|恢复|还原|恢復|還原|復元|復旧|戻す|戻し|복원|복구|되돌|以前|이전`,
  "iu",
);
/** A last section that puts the change back ("Task 4: Restore database using AutoUpgrade", "Roll back the release"). */
// an action on an object ("Restore database …"), not a procedure's name ("Rollback process", "Rollback plan")
const PUT_BACK_TITLE_RE =
  /^(?:roll(?:ing)?[\s-]?back|revert(?:ing)?|fall(?:ing)?[\s-]?back|flash[\s-]?back|downgrad(?:e|ing))\s+(?!(?:plan|process|procedures?|steps|strategy|triggers?|criteria|options?|scenarios?)\b)[\p{L}\p{N}]|^restor(?:e|ing)\s+(?:the\s+)?(?:database|db|data|backups?|snapshots?|previous|prior|original|old|last|cluster|cdb|pdb|schema|version|release)\b|^restor(?:e|ing)\b.*\bto (?:the )?(?:previous|prior|original|old|last|pre-)/iu;
// ("Restore traffic", "Restore service" end a maintenance: they put the service back, not the change)
/** "Rollback of Erroneous Prisma Migration", "Rollback de migrations problématiques": rolling back a migration, named. */
const MIGRATION_ROLLBACK_RE =
  /^(?:rollback|roll(?:ing)?[\s-]back|revert(?:ing)?)\s+(?:of|for|de|des|du|da|do|del|von|der)\s+(?:(?:the|a|an|la|las|los|el|une?|les?|die|der|das)\s+)?(?:[\p{L}-]+\s+){0,3}migra(?:tion|ción|ção|zione)s?\b/iu;
/** A section named for backups ("💾 Backup & Restore", "Backups", "Sauvegarde et restauration", "バックアップ"): its restore puts the backed-up data back. */
const BACKUP_NAME_RE =
  /\b(?:backups?|back(?:ing)?[\s-]up)\b|(?<![\p{L}])(?:sicherung\p{L}*|datensicherung|sauvegardes?|respaldos?|copias? de seguridad|c[óo]pias? de seguran[çc]a|backup\p{L}*)|备份|備份|バックアップ|백업|(?<![\p{L}])(?:резервн\p{L}*|бэкап\p{L}*)/iu;
/** A section taking a snapshot or a dump ("Snapshot", "Take a dump", "Export the data", "快照", "导出数据"). */
const SNAPSHOT_NAME_RE = /\b(?:snapshots?|dumps?|exports?|export(?:ing)?\s+(?:the\s+)?data)\b|快照|导出|導出|スナップショット|ダンプ|스냅샷|덤프/iu;
/** A runbook whose work is itself a restore (a backup/restore drill, a recovery, a failover — "Postgres HA Failover" over its plans of restore: 2930, set 245, both counters): its restore section is a phase. */
// (and in other languages: "Datenbank wiederherstellen", "Restauración de la base de datos", "Restauration", "Ripristino",
// "Herstel", "Przywracanie", "Восстановление", "データベースの復元", "数据库恢复", "데이터베이스 복구")
const RESTORE_RUNBOOK_TITLE_RE =
  /\b(?:restore|restoring|backups?|back up|recovery|dr|failover|fail-over)\b|(?<![\p{L}])(?:wiederherstell\p{L}*|restaura\p{L}*|restaur(?:er|ation)|ripristin\p{L}*|herstel(?:len)?|przywracani\p{L}*|odtw(?:arzanie|orzenie)|восстановлени\p{L}*|відновленн\p{L}*)(?![\p{L}])|復元|リストア|恢复|恢復|还原|還原|복구|복원/iu;
/** A release or deployment named as the work beside the recovery in a runbook's title ("release and recovery", "部署、切换与恢复"). */
const RELEASE_BESIDE_RECOVERY_RE =
  /\b(?:release|releases|releasing|deploy|deployment|deploying|rollout)\b|despliegue|implanta[çc][ãa]o|d[ée]ploiement|bereitstellung|部署|发布|發布|上线|上線|デプロイ|リリース|배포|릴리스|развертывани|деплой/iu;
/** "Procedure 3:", "Procedimento 3:", "Procédure 3 -", "SOP 2:", "Scenario 4 –": a procedure's number before its name. */
const PROCEDURE_NUMBER_RE =
  /^(?:procedure|procedimento|procedimiento|proc[ée]dure|procedura|verfahren|sop|runbook|playbook|scenario|sc[ée]nario|escenario|cen[áa]rio|szenario|case|cas|caso|fall)\s*\d+\s*[:.)\-–—]\s*/iu;
/** "Recovery and rollback", "Restore & rollback": the restore with the rollback beside it, as one topic. */
const RECOVERY_AND_ROLLBACK_RE = /^(?:recovery|restore|restoration|disaster recovery)\s*(?:and|&|\/|\+)\s*(?:rollback|roll[\s-]?back)$/iu;
/** "Migration Rollback", "Deploy rollback", "Config revert": rolling back one named thing, the thing first. */
const OBJECT_ROLLBACK_RE = /^(?:migration|schema|deploy(?:ment)?|release|config(?:uration)?|code|feature(?:[\s-]flag)?|image|version)s?\s+(?:rollback|roll[\s-]?back|revert)$/iu;
/** "Rollback de Patch", "Rollback of the patch", "Reversão da migração": rolling back a named object. */
const ROLLBACK_OF_RE =
  /^(?:rollback|roll[\s-]?back|revers[ãa]o|reversi[oó]n)\s+(?:of|de|do|da|del|des|du|della|dello)\s+(?:the\s+|la\s+|el\s+|le\s+|o\s+|a\s+)?[\p{L}\p{N}][\p{L}\p{N}\s-]{0,40}$/iu;
/** A section named for restoring ("Restore Procedures", "Emergency restore"), not for rolling back. */
// ("Wiederherstellung", "Restauración", "Ripristino": the restore in other languages, some of them also a rollback's name)
const RESTORE_NAME_RE =
  /^(?:(?:create|execute|perform|the|a|an|full|complete|emergency|safe|immediate|instant|quick|fast|manual)\s+)*restor(?:e|ing)\b|^(?:wiederherstellung|wiederherstellen|restauraci[oó]n|restaura[çc][ãa]o|restaurar|restauration|restaurer|ripristino|ripristinare|herstel(?:len)?)(?![\p{L}])/iu;
/**
 * A title that lists the rollback among the runbook's other topics ("Upgrade, roll back one version, and
 * upgrade Postgres", "migrations Alembic — exécution, suivi, rollback"): a runbook of several procedures,
 * one of them the rollback — not a rollback plan whose every section is the rollback.
 */
const listsTopics = (title: string) => (title.match(/[,，、]/g) ?? []).length >= 2 || /[,，、][^,，、]*\s(?:and|et|y|e|und|и|i)\s/iu.test(title);
/**
 * A title that names the work and its rollback side by side ("Release / Rollback Playbook", "Dual-AKS cutover and
 * rollback", "平台发布与回滚手册"): the runbook of the work, with a rollback among its sections — not a rollback plan
 * (sets 72–75: 884, 894; set 80: 952).
 */
const namesWorkBesideRollback = (title: string) => {
  // ("平台发布与回滚手册", release and rollback handbook: a CJK "and" stands between its topics without spaces)
  const topics = title.split(/\s+(?:and|&|\+|et|y|e|und|и|i)\s+|\s*\/\s*|\s*[与和及與と및]\s*/u).filter((t) => t.trim() !== "");
  // ("发布回滚与恢复路径", rollback and recovery paths: a recovery beside the rollback is no other work)
  return topics.length >= 2 && topics.some((t) => HAS_ROLLBACK_WORD_RE.test(t)) && topics.some((t) => !HAS_ROLLBACK_WORD_RE.test(t) && !RESTORE_RUNBOOK_TITLE_RE.test(t));
};
/**
 * A title naming a rollback document ("V28 Migration Rollback Plan"), whose sections are all that procedure: a
 * rollback word, neither among the runbook's other topics nor beside the work it backs out.
 */
const namesRollbackDocument = (title: string) => HAS_ROLLBACK_WORD_RE.test(title) && !listsTopics(title) && !namesWorkBesideRollback(title);
/** A runbook about an incident, whose recovery is its procedure. */
export const INCIDENT_TITLE_RE = /\b(?:incident|outage|disaster|recovery|failure|failover|down)\b/i;
/** A section naming the mitigation beside the rollback ("Mitigation & Rollback", "Rollback and remediation"). */
const MITIGATION_BESIDE_RE = /\b(?:mitigat\w*|remediat\w*|resolution|resolve|containment|contain)\b/i;

/**
 * The last of the topics a label names ("Readiness failure and application rollback" → "application rollback",
 * "Redeploy / rollback" → "rollback"): the label itself when it names one.
 */
function lastTopic(label: string): string {
  // ("Redeploy, rollback": a comma between the topics, as "and" or a slash)
  return label.split(/\s+\/\s+|\s+(?:and|&|et|y|e|und|и)\s+|\s*[,，、]\s*/u).at(-1) ?? label;
}

/**
 * A label's words before the case it is for: "Revenir à la version précédente si une mise à jour pose problème" (go back to the
 * previous version if an update causes trouble — over its `git checkout` fence, in a French VPS guide's update section: 5954,
 * set 497, both counters) → "Revenir à la version précédente", a name of the way back (ROLLBACK_RE) whatever its language. A
 * comma before the case only where the language writes one ("Zurück zur vorherigen Version, falls …"): "## The fallback, if they
 * will not do even that" is another path to the same end, no way back (2807, its counter's no rollback).
 */
const CASE_TAIL_RE =
  /(?:,\s+(?:wenn|falls|если|jeśli)|\s+(?:if|when|in\s+case|should|si|s['’]il|se|caso|cuando|quando|quand|en\s+cas\s+d[eu']|en\s+caso\s+de|em\s+caso\s+de|wenn|falls|если|при|jeśli))\s[^\n]*$/iu;
const beforeCase = (label: string) => label.replace(CASE_TAIL_RE, "");

/** A one-line label paragraph ("Rollback action:", "7) ロールバック", "**Rollback:**"): its words without the marks. */
const ROLLBACK_LABEL_RE = /^(?:\*\*|__)?(?:\d{1,2}[.)、]\s*)?([^\n]{1,60}?)(?:\*\*|__)?\s*[:：]?(?:\*\*|__)?$/u;

/**
 * The rollback written as a label inside a phase rather than as a heading (issue 16: "a rollback
 * subsection inside a phase"): a one-line paragraph — ending in a colon, numbered like its sibling
 * sub-steps ("7) ロールバック") or bold — whose words hold a rollback word among its first three
 * (ROLLBACK_WORD_RE, not ROLLBACK_ABOUT_RE: "Rollback triggers:" only says when), directly over a
 * list or a code fence. Its section runs to the next heading, rule or label of the same form.
 * Only where no section names the rollback. Returns the candidate's head (a pseudo-heading at
 * level 7) and its block range [start, end), or null.
 */
function rollbackLabelIn(doc: Doc, blocks: TBlock[], heads: THead[], consumed: boolean[]): { head: THead; start: number; end: number } | null {
  const headAt = new Set(heads.map((h) => h.index));
  const labelOf = (b: TBlock | undefined): { title: string; form: string } | null => {
    // ("7) ロールバック" over its bullets, after "6) 検証": Markdown reads each as a list of one numbered item)
    const isNumberedLabel =
      b?.type === "list" && b.ordered === true && b.children.length === 1 && b.children[0]?.children.length === 1 && b.children[0].children[0]?.type === "paragraph";
    if (b?.type !== "paragraph" && !isNumberedLabel) return null;
    const raw = doc.block(b).trim();
    const m = ROLLBACK_LABEL_RE.exec(raw);
    if (!m?.[1]) return null;
    const form = /[:：](?:\*\*|__)?$/u.test(raw) ? "colon" : /^(?:\*\*|__)?\d{1,2}[.)、]/u.test(raw) ? "number" : /^(\*\*|__).*\1$/u.test(raw) ? "bold" : "";
    return form ? { title: m[1].replace(/[*_]/g, "").trim(), form } : null;
  };
  for (let i = 0; i < blocks.length; i++) {
    const label = labelOf(blocks[i]);
    const next = blocks[i + 1];
    if (!label || consumed[i] || headAt.has(i) || (next?.type !== "list" && next?.type !== "code")) continue;
    if (!ROLLBACK_WORD_RE.test(label.title) || ROLLBACK_ABOUT_RE.test(label.title)) continue;
    // ("Rollback immediately if any of these happen:" over the cases: when, not how — 2320)
    if (CASES_LISTED_RE.test(doc.block(blocks[i] as TBlock).trim())) continue;
    let end = i + 1;
    while (end < blocks.length && !headAt.has(end) && blocks[end]?.type !== "heading" && blocks[end]?.type !== "thematicBreak" && labelOf(blocks[end])?.form !== label.form) end++;
    return { head: { index: i, level: 7, text: label.title, isPseudo: true, parts: splitPhaseHeading(label.title) }, start: i, end };
  }
  return null;
}

/** A value that only says how long something takes ("5-10分钟", "~15 min", "2 hours"). */
const DURATION_ONLY_RE =
  /^[~≈约約]?\s*\d+(?:[.,]\d+)?\s*(?:[-–~至到]\s*\d+(?:[.,]\d+)?\s*)?(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|days?|分钟|分鐘|分|秒|小时|小時|時間|시간|분|초|мин(?:ут[аы]?)?|час(?:а|ов)?|секунд[аы]?)\.?$/iu;
/**
 * A one-line "* **Rollback Plan:** value" item among a phase's notes, or a paragraph of its notes led by the label
 * ("**Rollback:** point DNS back. …", rollbackParagraphTaker), taken out as the rollback procedure: its value the
 * notes. Null: none.
 */
export function rollbackField(phases: TParsedPhase[], isRestoreRunbook: boolean): TParsedRunbook["rollback"] {
  // (in a runbook whose work is a restore, "**Wiederherstellung:** `node scripts/db-restore.mjs`" is that work)
  const isRestoreWork = (label: string) => isRestoreRunbook && RESTORE_NAME_RE.test(label);
  for (const phase of phases) {
    const lines = phase.notes.split("\n");
    /** The item's label and its value (a plain-labelled item: its whole text) when it is a one-line rollback item. */
    /** The end (exclusive) of the item at line `j`: its line and the lines that wrap it; -1 when a nested list follows. */
    const endOfItem = (j: number) => {
      let end = j + 1;
      while (/^\s+\S/.test(lines[end] ?? "")) {
        if (/^\s+(?:[-*+]|\d{1,2}[.)])\s/.test(lines[end] ?? "")) return -1;
        end++;
      }
      return end;
    };
    const itemOf = (l: string, j: number): { title: string; value: string; end: number } | null => {
      // (the item ends on its line, or on the lines that wrap it — "- **Voltar um deploy:** Deployments → deploy anterior →
      // **Instant Rollback**." over "  O banco não volta …": 2954, set 247 —; not an item over a nested list)
      const end = endOfItem(j);
      if (end < 0) return null;
      const m = ROLLBACK_BULLET_RE.exec(l);
      // ("**Rollback = restore.** To return to N−1 …": the name before what it equals)
      const name = cleanLabel(m?.[1] ?? "").split(/\s*=\s*/)[0] ?? "";
      const rest = lines.slice(j + 1, end).map((x) => x.trim());
      if (m && ROLLBACK_RE.test(name) && !isRestoreWork(name))
        return { title: (m[1] ?? "").replace(/\s*:\s*$/, "").trim(), value: [(m[2] ?? "").replace(/^[:：]\s*/u, "").trim(), ...rest].join("\n"), end };
      // (the case of failure as the bold label, its value the way back: "- **Si una versión sale mal**: `ssh … regresar.sh` y
      // después investigar" — if a release goes wrong: run the go-back script —, among a Laravel deploy's rules)
      const value = [(m?.[2] ?? "").replace(/^[:：]\s*/u, ""), ...rest].join(" ");
      if (m && failureGoesBack(name, value)) return { title: "Rollback", value: [l.replace(/^[-*+]\s+/, "").trim(), ...rest].join("\n"), end };
      // ("- 出问题的回滚：Release 页把它标成 pre-release …", "- Rollback: redeploy the previous tag": a plain label)
      const plain = ROLLBACK_PLAIN_BULLET_RE.exec(l);
      const label = cleanLabel(plain?.[1] ?? "");
      const isRollback = plain && ROLLBACK_WORD_RE.test(label) && !ROLLBACK_ABOUT_RE.test(label) && !NO_ROLLBACK_RE.test(plain[2] ?? "");
      return isRollback ? { title: (plain[1] ?? "").trim(), value: [l.replace(/^[-*+]\s+/, "").trim(), ...rest].join("\n"), end } : null;
    };
    const first = firstFound(lines, itemOf);
    if (!first) continue;
    const {
      index: k,
      found: { title, value, end },
    } = first;
    phase.notes = lines
      .filter((_, j) => j < k || j >= end)
      .join("\n")
      .trim();
    return notesRollback(title, value);
  }
  const take = rollbackParagraphTaker(isRestoreRunbook);
  for (const phase of phases) {
    const taken = take(phase.notes);
    if (!taken) continue;
    phase.notes = taken.rest;
    return notesRollback(taken.found.title, taken.found.text);
  }
  return null;
}

/**
 * The same paragraphs as rollbackField's, in the prose of a manual step ("### Step 4: Deploy with Dual Keys" › a fence,
 * then "**Failure mode:** Deploy fails -> rollback via `--stage rollback`." — 1494): the last resort, after a step
 * table's rollback column (whose rows' steps carry "**Rollback:** …" of their own) and the last step. Null: none.
 */
export function rollbackInStepProse(phases: TParsedPhase[], isRestoreRunbook: boolean): TParsedRunbook["rollback"] {
  const take = rollbackParagraphTaker(isRestoreRunbook);
  for (const phase of phases) {
    for (const step of phase.steps) {
      if (step.kind !== "MANUAL" || step.language !== null) continue;
      const taken = take(step.text);
      if (!taken) continue;
      step.text = taken.rest;
      return notesRollback(taken.found.title, taken.found.text);
    }
  }
  return null;
}

/**
 * An instruction that rolls back, as its own words open it — after the case it is for, where a label gives one ("A bad
 * deploy: roll back to the previous version …", "If caused by a recent deployment: Rollback via Vercel dashboard", "Roll
 * back changes if fix doesn't work", "Roll back by deploying the prior immutable image"): the verb, then where to, how
 * or what. ("Do not roll back …" opens with its negation; "Rollback window …" names no way.)
 */
const ROLLS_BACK_RE = new RegExp(
  String.raw`^(?:\*\*)?(?:${[
    String.raw`(?:roll[\s-]?back|rollback|revert)(?:\*\*)?\s+(?:to|via|the|it|this|by|with|using|changes?|first|immediately|now|all|any|them|everything|if|when|on|upon|deploy(?:ment)?s?\b|release\b|app\b|application\b|commits?\b|recent\b|[\x60"])`,
    // (in the corpus's other languages: "2. Откатиться на последний стабильный деплой" — roll back to the last stable deploy,
    // an outage's step over `vercel rollback`: 2388, set 200 —, "Revertir al despliegue anterior", "Reverter para a versão
    // anterior", "Revenir à la version précédente", "Auf das letzte Release zurückrollen", "回滚到上一版本")
    String.raw`(?:откатить(?:ся)?|откатываемся|сделать\s+откат)\s+(?:на|к|до)\s|откати(?:сь|тесь)(?=[\s(:.,;!]|$)|верн(?:уть(?:ся)?|ите|уться)\s+(?:(?:на|к)\s+)?предыдущ`,
    String.raw`(?:revertir|reverter|revierta|reviertan|revierte|reverta|revertam|reverte)\s+(?:a|al|el|la|los|las|o|os|as|para|ao|à)\s`,
    String.raw`(?:volver|regresar|voltar|retornar)\s+(?:al|a\s+la|para\s+a|ao|à)\s+(?:versi[óo]n|vers[ãa]o|despliegue|deploy|release|commit|imagen|imagem|build)\b`,
    String.raw`(?:hacer|fazer|faire(?:\s+un)?)\s+(?:rollback|roll\s*back)\b`,
    // (back to a version or the state before, not to another mode: "6. ✅ Revenir au mode application" switches a container
    // from its documentation mode back to the app — 2545, set 213, both counters' no rollback)
    String.raw`revenir\s+(?:en\s+arri[eè]re|(?:à\s+la|au|aux|à\s+l['’])\s*(?:(?:version|release|d[ée]ploiement|commit|build|image|tag|[ée]tat|sauvegarde|snapshot)s?\b|(?:ancien(?:ne)?|pr[ée]c[ée]dente?|derni[eè]re?)\b))`,
    String.raw`(?:auf|zu)\s+(?:die|das|den|der)\s+(?:[\p{L}-]+\s+){0,3}zur[üu]ck(?:rollen|setzen|gehen)\b|zur[üu]ck(?:rollen|setzen)\s+(?:auf|zu)\s`,
    // ("4. Etwas stimmt nicht: zurück auf die vorige Version (Abschnitt 4 C)." — something is wrong: back to the previous version
    // — a Home Assistant update's last step: 5541, set 463, both counters)
    String.raw`zur[üu]ck\s+(?:zu[rm]|auf\s+(?:die|den|das))\s+(?:vorherige|vorige|alte|letzte|fr[üu]here)n?\s+(?:version|stand|release|zustand|image|tag)\b`,
    String.raw`(?:回滚|回退|回滾)(?:到|至)`,
    // (in Japanese and Korean the release before comes first: "1. 前回の正常バージョンへのロールバック" — rolling back to the last good
    // version — over its dashboard steps, the backend case of an incident's immediate response: 5855, set 490, both counters;
    // "이전 버전으로 롤백")
    String.raw`[^\n]{0,20}?(?:前回|以前|直前|一つ前|ひとつ前|旧)の?[^\n]{0,16}?(?:バージョン|リリース|コミット|デプロイ|イメージ|タグ)(?:へ|に)の?(?:ロールバック|切り戻し|戻す|戻し)|(?:이전|직전|예전)\s*(?:의\s*)?(?:정상\s*)?(?:버전|릴리스|커밋|배포|이미지|태그|상태)\s*(?:으로|로)\s*(?:롤백|되돌리기|되돌림|되돌린다|복귀|원복)`,
    // (a command that rolls back, opening the instruction in code: "If Functions regression: `./scripts/rollback.sh
    // --dry-run` then rollback to last green tag" — 2751, set 230; "`vercel rollback`", "`kubectl rollout undo …`")
    String.raw`\x60(?:[\w.~-]*/)*(?:[\w-]+\s+){0,2}(?:rollback|roll-back|rollout\s+undo)(?:\.(?:sh|ps1|py|ts|js|mjs))?(?=[\s\x60])[^\x60]*\x60`,
  ].join("|")})`,
  "iu",
);
/**
 * An instruction's words after the case a label gives it ("If caused by a recent deployment: …", "A bad deploy: …"), or an
 * arrow ("If a recent deploy correlates → **roll back now**": 1899). Not after a comma: "If the node fails to connect,
 * revert the change …" in a change-request template kept as code was no rollback to its counter (1281).
 */
// (or a question for the case before the arrow: "2. تازه deploy شده؟ → `bash rollback.sh` (۱ دقیقه)" — just deployed? → the
// rollback script — in an incident sheet's service-down steps, both counters' rollback: 3291, set 275; "Just deployed? → …")
const afterCase = (text: string) =>
  text
    .replace(/^[^:：\n]{1,60}[:：]\s*/u, "")
    .replace(/^(?:if|when|should)\b[^→⇒\n]{1,80}?\s(?:[→⇒]|-+>)\s*/iu, "")
    .replace(/^[^→⇒?？؟\n]{1,60}[?？؟]\s*(?:[→⇒]|-+>)\s*/u, "");
/**
 * A label naming the case of going back, before the instruction it heads ("**If it has to go back:** `migkit rollback HOP …`",
 * "To roll back:", "If you need to revert:", "Para voltar:", "Si hay que volver atrás:", "Pour revenir en arrière :", "Zum
 * Zurückrollen:", "如需回滚：", "戻す場合：", "되돌리려면:", "Для отката:"): the instruction is the way back, whatever verb
 * opens it (2172, set 182: a cut-over's step 13, the document's only rollback, read as a step of the work).
 */
const GOING_BACK_CASE_RE =
  /^(?:\*\*)?(?:(?:if|when|should)\s+(?:(?:it|we|you|i|this|the\s+[\p{L}-]+)\s+)?(?:(?:has|have|need|needs|must|want|wants)\s+to\s+|must\s+)?(?:go(?:es)?\s+back|be\s+(?:rolled\s+back|reverted|undone|backed\s+out)|roll\s*back|revert|back\s+out|undo)(?:\s+[^:：\n]{1,40}?)?|(?:how\s+)?to\s+(?:go\s+back|roll\s*back|revert|back\s+out|undo)(?:\s+(?:it|this|the\s+[\p{L}-]+))?|(?:para|pour)\s+(?:voltar(?:\s+atr[aá]s)?|volver(?:\s+atr[aá]s)?|reverter|revertir|revenir\s+en\s+arri[eè]re|annuler)|si\s+hay\s+que\s+(?:volver(?:\s+atr[aá]s)?|revertir)|se\s+(?:for\s+preciso|precisar)\s+(?:voltar|reverter)|(?:zum|um)\s+zur[üu]ck(?:zu)?(?:rollen|setzen|gehen)|(?:如需|需要|要)?(?:回滚|回退|回滾)(?:时|時|的话|的話)?|[^\s:：]{0,12}?(?:戻す|戻したい|ロールバックする|ロールバックしたい|切り戻す|切り戻したい)(?:場合|とき|時)(?:は)?|(?:롤백|원복)\s*(?:시|하려면|할\s*때)|되돌리려면|для\s+отката|чтобы\s+откатить(?:ся)?)(?:\*\*)?\s*(?:[:：]|(?<=は|时|時|的话|的話|려면)[、,，]|(?<=(?:場合|とき|時)は)(?=\s*\x60))(?:\*\*)?\s*\S/iu;
/** The case of a rollback being needed, alone: "If a code rollback is needed", "When a revert is required", "If you need to roll back". */
const ROLLBACK_NEEDED_CASE_RE =
  /^(?:(?:if|when|should)\s+(?:a\s+|the\s+)?(?:[\p{L}-]+\s+)?(?:rollback|roll[\s-]?back|revert)\s+(?:is|becomes|be)\s+(?:needed|required|necessary|warranted|called\s+for)|(?:if|when)\s+(?:you|we)\s+(?:need|have|must|want)\s+to\s+(?:roll\s*back|revert|undo)(?:\s+(?:it|this|the\s+[\p{L}-]+))?)$/iu;
/**
 * Whether a remedy names the way back itself: the rollback's word, or the previous release put back ("Vercel → Deployments →
 * the previous one → Promote to Production": 2961, set 248, both counters; "이전 배포로 되돌리기"). Restarting, re-running or
 * restoring a file is a fix, not a way back from the work (2912's "avant restore → refaire").
 */
const namesWayBack = (text: string) => HAS_ROLLBACK_WORD_RE.test(text) || PREVIOUS_RELEASE_RE.test(text);
/** The release before, named as such ("the previous one", "prior version", "versión anterior", "以前のバージョン", "이전 배포"); not "the previous commit" to look at. */
const PREVIOUS_RELEASE_RE =
  /\b(?:previous|prior|older|preceding|last\s+known[\s-]good)\s+(?:[\p{L}-]+\s+)?(?:version|release|deploy(?:ment)?|build|image|tag|one|state)s?\b|\b(?:old|previous|prior|original)\s+(?:value|secret|key|password|credential|token)s?\b|(?<![\p{L}])(?:versi[oó]n|vers[ãa]o|version|release|despliegue|implanta[çc][ãa]o|d[ée]ploiement|deploy(?:ment)?|build|imagen|imagem|image)\s+(?:[\p{L}-]+\s+)?(?:anterior|pr[ée]c[ée]dente?)(?![\p{L}])|(?<![\p{L}])vorherig\p{L}*\s+(?:version|release|deploy(?:ment)?|stand|image)|(?<![\p{L}])предыдущ\p{L}*\s+(?:верси|релиз|деплой|образ|значени|секрет|ключ)|(?:以前|之前|上一个?|上個|直前|旧|舊|前|备份|備份)(?:の|的)?\s*(?:版本|バージョン|リリース|デプロイ|部署|发布|發布|镜像|鏡像|イメージ|release|build|image|tag)|(?:이전|직전)\s*(?:배포|버전|릴리스|이미지)/iu;
/** Putting the one before back, after the case it is for: "put the old value back into `INTERNAL_CALLBACK_SECRET`", "put the previous key back" (4101, set 343). */
// (or runs the rollback to it: "3. If artifact is unrecoverable, execute automated rollback to preceding model version." — a
// continuity runbook's recovery step, both counters' rollback: 4181, set 349)
const PUTS_OLD_BACK_RE =
  /^(?:put\s+(?:the\s+)?(?:old|previous|prior|original)\s+(?:[\p{L}-]+\s+){0,2}back\b|(?:execute|perform|run|trigger|initiate)\s+(?:an?\s+|the\s+)?(?:(?:automated|automatic|manual|immediate|full)\s+)?(?:rollback|roll[\s-]?back)\s+(?:to|of)\b)/iu;
/**
 * Whether a step's clause states a case ("If the issue persists,", "on failure,", "失败则") and then rolls back to the release
 * before: "5. If the issue persists, roll back to the previous image tag:" over a fence (3038, set 254, both counters: an
 * incident runbook's API-down steps). The release before must be named: "If the node fails to connect, revert the change …"
 * in a change request was no rollback to its counter (1281).
 */
// (and the case as a clause after another: "4. 轮询 `status.json` 健康；失败则切回上一个 release 再重启" — poll the health file;
// on failure switch back to the previous release and restart —, a deploy's step, both counters' rollback: 3288, set 275;
// "Poll health; if it fails, roll back to the previous release")
// (and after the name of the case's section the step carries — "FastAPI Deployment Failure: If model loading fails, revert
// Production model in MLflow UI to previous version and restart container", an MLOps runbook's third step of that case:
// 3472, set 290, both counters —, putting the object between the verb and the release before)
const rollsBackInItsCase = (title: string) =>
  // (its sentences too: "6. Watch `…rejected_total` throughout. It must stay at zero. If it moves, put the old value back into
  // `INTERNAL_CALLBACK_SECRET` immediately" — a secret rotation's last step, both counters' rollback: 4101, set 343)
  title.split(/[;；。]\s*|(?<=[.!?])\s+(?=\p{Lu})/u).some((clause) => {
    const m = /^(?:[^:：\n]{1,60}[:：]\s+)?(?:\*\*)?(?:if|when|should|once|on\s+failure|upon\s+failure)\b[^,\n]{0,80},\s*(\S.*)$/iu.exec(clause) ?? RU_FAILURE_CASE_RE.exec(clause);
    const cjk = CJK_FAILURE_CASE_RE.exec(clause);
    const rest = m?.[1] ?? cjk?.[1] ?? cjk?.[2] ?? cjk?.[3] ?? cjk?.[4] ?? "";
    return rest !== "" && (ROLLS_BACK_RE.test(rest) || ROUTES_BACK_RE.test(rest) || CJK_PUTS_BACK_RE.test(rest) || PUTS_OLD_BACK_RE.test(rest)) && PREVIOUS_RELEASE_RE.test(rest);
  });
/**
 * Whether a step labelled with its case ("If our code broke: check auth flow, rollback deployment") rolls back in one of the
 * label's clauses: the case is the label's, so the instruction may follow another ("identify the failing API route, rollback
 * if needed" — an incident plan's fix steps, both counters' rollback: 3677, set 307), in the corpus's other languages too
 * ("10. Si hay problemas: revierta el DNS" closing a Spanish cut-over's switch: 3745, set 313, both counters). A case and a
 * comma without the label is no such case (1281's "If the node fails to connect, revert the change …").
 */
const rollsBackUnderCaseLabel = (title: string) => {
  const m = /^(?:[^:：\n]{1,60}[:：]\s+)?(?:\*\*)?(?:if|when|si|se|falls|wenn|bei|en\s+cas\s+d[e'’])\s*[^:：\n]{1,60}[:：](?:\*\*)?\s*(\S.*)$/iu.exec(title);
  // (its clauses split at a dash too: "4. If it's a bad deploy, not a dependency: `docs/…/rollback-guide.md` — `argocd app rollback`,
  // never `kubectl rollout undo`." — an on-call runbook's triage step, both counters' rollback: 4272, set 357)
  return m !== null && (m[1] ?? "").split(/[,;，；]\s*|\s+[—–]\s+/u).some((clause) => ROLLS_BACK_RE.test(clause));
};
/**
 * The case of failure in Russian, then what to do, with or without a comma ("При ошибке вернуть предыдущее значение, …" — on an
 * error put the previous value back —, a secret rotation window's eighth step, both counters' rollback: 3923, set 328).
 */
const RU_FAILURE_CASE_RE = /^(?:при\s+(?:ошибке|сбое|неудаче|проблемах?)|в\s+случае\s+(?:ошибки|сбоя|неудачи|проблем\p{L}*))\s*,?\s+(\S.*)$/iu;
/**
 * Whether an item states the case of a deploy gone wrong, then rolls back in its own words: "If production breaks after a
 * deploy, use Vercel Instant Rollback first." among a maintenance runbook's incident bullets (4076, set 341, both counters'
 * rollback). The case must name the deploy or release: "If the node fails to connect, revert the change …" in a change
 * request was no rollback to its counter (1281).
 */
const rollsBackAfterBadDeploy = (text: string) => {
  const m = /^(?:\*\*)?(?:if|when|should)\b[^,\n]{0,80}?\b(?:deploy(?:ment)?s?|releases?|rollouts?|upgrades?)\b[^,\n]{0,40},\s*(\S.*)$/iu.exec(text);
  const rest = m?.[1] ?? "";
  return HAS_ROLLBACK_WORD_RE.test(rest) && !ROLLBACK_ABOUT_RE.test(rest) && !FIX_FORWARD_RE.test(rest) && !NO_ROLLBACK_RE.test(rest);
};
/** The case of failure in Chinese, Japanese and Korean, then what to do ("失败则…", "不健康就…", "失敗したら…", "실패하면 …"). */
// (and "如无法恢复，回滚到备份版本" — if it cannot be recovered, roll back to the backup version —, the last step of a go-live
// checklist's "服务无法启动" emergency case: 4907, set 410, both counters)
const CJK_FAILURE_CASE_RE =
  /(?:失败|失敗|不健康|异常|異常|出错|出錯)(?:则|就|时|時|的话|的話|后|後|したら|した場合は?|時は)[，,、]?\s*(\S.*)$|실패(?:하면|\s*시)[,，]?\s*(\S.*)$|(?:如果?|若)(?:仍然?|还是|還是)?(?:无法|無法|不能)(?:恢复|恢復|解决|解決|修复|修復|启动|啟動)[，,、]\s*(\S.*)$|(?:如果?|若|万一|萬一)?(?:遇到?|出现|出現)(?:问题|問題|异常|異常|故障)[，,、]\s*(\S.*)$/u;
/** Putting the release before back, as the instruction opens in Chinese, Japanese or Korean ("切回", "回滚到", "戻す", "되돌린다"). */
/** Going back to what ran before in Korean and Japanese: "…설정으로 복귀한다", "…로 되돌린다", "旧環境へ戻す", "…へ切り戻す". */
const KO_JA_RETURNS = String.raw`(?:으로|로)\s*(?:복귀|되돌|롤백|원복)|(?:に|へ)(?:戻す|戻し|切り戻|ロールバック)`;
// (the object first, as Chinese puts it with 把 / 将: "异常时把流量切回上一镜像" — on anomalies switch the traffic back to the image
// before —, a release's fourth step, both counters' rollback: 3789, set 317)
const CJK_PUTS_BACK_RE = new RegExp(
  `^(?:可以?|请|請)?(?:(?:把|将|將)[^，,。；]{1,16}?(?:还原后|還原後|恢复后|恢復後)?)?(?:切回|切换回|切換回|退回|回滚|回滾|回退|恢复到|恢復到)|${KO_JA_RETURNS}`,
  "u",
);
/**
 * An option of a list named the rollback alone, its case in brackets, over the command that goes back: "1. **Rollback** (if
 * recent deployment)" over `kubectl rollout undo deployment/api` among an incident's mitigation options (3063, set 256, both
 * counters).
 */
const NAMED_ROLLBACK_OPTION_RE = /^(?:\*\*)?(?:rollback|roll[\s-]?back|revert)(?:\*\*)?(?:\s*\([^()\n]{1,60}\))?\s*[:.]?$/iu;
/** Words closing a text by saying something is written, tried or in place ("documented", "ready", "tested and approved", "in place."). */
const READY_WORDS = String.raw`(?:documented|tested|defined|prepared|rehearsed|approved|agreed|ready|in\s+place)(?:\s+(?:and|&)\s+(?:documented|tested|rehearsed|approved|agreed))?\s*\.?$`;
/** A value that says the way back is ready rather than how to take it ("previous release can be restored in minutes", "documented and tested"). */
const STATES_READINESS_RE = new RegExp(
  String.raw`^(?:[\p{L}\p{N}\s-]{0,40}?\b(?:(?:can|could)\s+be\s+(?:restored|rolled\s+back|reverted|redeployed)|(?:is|are)\s+(?:ready|documented|tested|defined|in\s+place|available|prepared))\b|${READY_WORDS})`,
  "iu",
);
/** Words ending by saying something is written, tried or in place ("… remediation plan documented.", "… tested and approved"). */
const ENDS_READY_RE = new RegExp(String.raw`\b${READY_WORDS}`, "iu");
/** A label and its value after a colon ("Rollback plan: redeploy the previous tag"): the label, then the value (any lines). */
const LABEL_VALUE_RE = /^([^:：\n]{1,40})[:：]\s*(\S.*)$/su;
/** A label saying the rollback is ready ("Rollback klar", "Rollback ready", "Rollback bereit", "Rollback prêt", "Rollback listo"). */
const ROLLBACK_READY_RE = /^(?:rollback|roll[\s-]?back)(?:[\s-]?(?:plan|path|weg))?\s+(?:klar|ready|bereit|pr[êe]te?|listo|pronto|preparado|vorbereitet)$/iu;
/** A pointer in brackets to another document ("(see [deploy](deploy.md))", "(voir deploiement.md)", "(siehe `rollback.md`)"). */
const SEE_DOCUMENT_RE = new RegExp(String.raw`\(\s*(?:see|voir|siehe|ver|veja|vedi|см\.?|参见|参照)\s+(?:${DOCUMENT_REFERENCE_RE.source})`, "iu");
/** A list item's line: its marker (and box), then its words. */
const LIST_LINE_RE = /^(\s*)(?:[-*+]|\d{1,2}[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/;

/** A shell comment that opens with going back ("# Rollback one migration step", "# Roll back to the last known-good deployment"). */
const FENCE_ROLLBACK_COMMENT_RE = /^\s*#+\s*(?:roll(?:ing)?[\s-]?back|rollback|revert|undo)\b(?![\s-]*(?:test|drill|plan|window|check|verification)\b)/iu;
/** A reference of commands by its name ("## Quick Commands Reference", "Cheat sheet", "Referência rápida", "速查"): looked up, not run in order. */
const COMMAND_REFERENCE_RE = /\breference\b|cheat[\s-]?sheet|refer[êe]ncia|referencia|r[ée]f[ée]rence|referenz|справочник|速查|参考|リファレンス|早見|참고/iu;
/**
 * A command line that rolls back, explained by its own trailing comment ("release rollback production   # 切回当前发布记录的上一个目录"
 * — switch back to the release record's previous directory —, `kubectl rollout undo deployment/finora   # …`): 5464, set 456; 3007;
 * 3482, both counters' rollback each. Without the comment it is one command among a list of them (1083's, 326's incident
 * commands), and in a reference of commands it is looked up, not a way back (2420's "Referência rápida", its counter's none).
 */
const ROLLBACK_COMMAND_LINE_RE = /^\s*(?:kubectl\s+rollout\s+undo|helm\s+rollback|[\w./-]+\s+rollback)\b[^#\n]*\s#\s*\S/u;
/**
 * The way back as a commented command inside a fence of the work: "# Rollback one migration step" over `alembic downgrade -1`
 * in a migrations guide's command block (4023, set 336, both counters' rollback; 3251). The comment and the commands under it,
 * to the next blank or comment line, move to a rollback of one step, read as any fence of that code is (stepFromCode); the rest
 * of the fence stays a step of its own. Only where nothing else is the rollback, and not in a restore runbook, whose
 * remedies are its work (the caller's: 3999's "# Roll back to the last known-good deployment" in a DR runbook is left).
 * Failing a comment over it, a command line that rolls back explained by its own trailing comment (ROLLBACK_COMMAND_LINE_RE)
 * moves alone. Not from a reference of commands (COMMAND_REFERENCE_RE), by its phase's or its step's name.
 * `title`: the runbook's. Null: none.
 */
export function rollbackInFence(phases: TParsedPhase[], title: string): TParsedRunbook["rollback"] {
  // (not in a document named for a rollback — "# V28 Migration Rollback Plan": its commands are the rollback's, its main work:
  // 58 —, nor in a reference of commands — "## Quick Commands Reference" › "# Rollback (switch back)": 235, its counter's none)
  if (namesRollbackDocument(cleanLabel(title))) return null;
  for (const phase of phases) {
    if (COMMAND_REFERENCE_RE.test(phase.title)) continue;
    for (const [k, step] of phase.steps.entries()) {
      if (COMMAND_REFERENCE_RE.test(step.title)) continue;
      // (a command step holds its code; a manual one kept as a fence of commands to read holds the fence, its code inside)
      const fenced = step.kind === "MANUAL" && step.language !== null ? /^(`{3,}|~{3,})[^\n]*\n([\s\S]*?)\n\1\s*$/u.exec(step.text) : null;
      if (step.kind !== "COMMAND" && fenced === null) continue;
      const code = fenced ? (fenced[2] ?? "") : step.text;
      const lines = code.split("\n");
      const commented = lines.findIndex((l, j) => FENCE_ROLLBACK_COMMENT_RE.test(l) && /^\s*[^\s#]/u.test(lines[j + 1] ?? ""));
      const command = commented < 0 ? lines.findIndex((l) => ROLLBACK_COMMAND_LINE_RE.test(l)) : -1;
      const at = commented >= 0 ? commented : command;
      if (at < 0) continue;
      let end = at + 1;
      if (command < 0) while (end < lines.length && (lines[end] ?? "").trim() !== "" && !/^\s*#/u.test(lines[end] ?? "")) end++;
      const rest = [...lines.slice(0, at), ...lines.slice(end)]
        .join("\n")
        .replace(/\n{3,}/g, "\n\n")
        .trim();
      const title = command >= 0 ? (lines[at] ?? "").replace(/\s+#.*$/u, "").trim() : (lines[at] ?? "").replace(/^\s*#+\s*/u, "").trim();
      // (each part a step of its own code, read as any fence of that code is: one command a COMMAND, more shown as a fence)
      if (rest === "") phase.steps.splice(k, 1);
      else phase.steps.splice(k, 1, stepFromCode(step.language, rest, step.title));
      return onePhaseRollback("Rollback", { steps: [stepFromCode(step.language, lines.slice(at, end).join("\n"), title)] });
    }
  }
  return null;
}

/**
 * The way back told as one case among others, the last resort before the preamble's: a manual step whose words roll back
 * ("1. Rollback via Vercel dashboard (instant, no rebuild)" under "**If caused by a recent deployment:**" in an incident
 * plan's "Mitigate" step — 1862, both counters; "7. Roll back by deploying the prior immutable image." — 1803), a checklist
 * item so worded, or an item of a list inside a step's text ("4. Contain before you fix:" › "- A bad deploy: roll back to
 * the previous version on the hosting platform." — 1760, both counters). It moves, whole (an item with the lines under
 * it), to a rollback procedure of one phase; the brief the corpus is counted by reads "a rollback item inside a step" as
 * the document's rollback. `title`: the runbook's. Null: none.
 */
export function rollbackInItem(phases: TParsedPhase[], title: string): TParsedRunbook["rollback"] {
  // (not in a document named for a rollback — "# Rollback de Producción (Coolify)": its steps are the rollback's, its main work: 391)
  if (namesRollbackDocument(cleanLabel(title))) return null;
  // (a box or step labelled the rollback plan, its value the way back: "- [ ] Plano de rollback: voltar `app.mode` para \"paper\"
  // e cancelar ordens abertas." among a go-live gate's boxes — 2473, set 207)
  // (or one saying the rollback is ready, and how: "- [ ] Rollback klar: Netlify Deploy-History → vorheriges Deploy
  // publishen" among a go-live's after-launch boxes — 3064, set 256)
  const isLabelledRollback = (text: string) => {
    // (or its how in brackets after it: "- [ ] 回滚方案（Vercel 一键 / systemd 旧 commit）" — the rollback plan (Vercel's one click,
    // the old commit under systemd) — among a go-live checklist's boxes: 3997, set 334, both counters' rollback)
    const m = LABEL_VALUE_RE.exec(text) ?? /^([^:：(（\n]{1,40}?)\s*[(（]([^()（）\n]*\p{L}[^()（）\n]*)[)）]$/u.exec(text);
    if (m === null) return false;
    const [label, value] = [m[1] ?? "", m[2] ?? ""];
    // (not a value saying only that the way back exists — "- [ ] Rollback plan: previous release can be restored in minutes" among
    // a go-live's boxes is readiness to check, no way back: 4765, set 398, both counters, as 152's and 235's)
    if (STATES_READINESS_RE.test(value)) return false;
    return labelsRollback(label, value, false) || (ROLLBACK_READY_RE.test(cleanLabel(label)) && PREVIOUS_RELEASE_RE.test(value));
  };
  const isLabelledStepRollback = (text: string) => {
    const m = LABEL_VALUE_RE.exec(text);
    return m !== null && HAS_ROLLBACK_WORD_RE.test(m[1] ?? "") && labelsRollback(m[1] ?? "", m[2] ?? "", false);
  };
  for (const phase of phases) {
    const k = phase.steps.findIndex(
      (s) =>
        (s.kind === "MANUAL" && s.language === null && ROLLS_BACK_RE.test(afterCase(s.title))) ||
        // (a step labelled with the case of going back is the way back whatever it holds: "If you must undo Hosting only (data
        // already new): … Restore the backup instead:" over its `sh` fence — 3834, set 320, both counters)
        GOING_BACK_CASE_RE.test(s.title) ||
        // (or a step that is the case alone, its fence or text the instruction: "2. If a code rollback is needed:" over `git revert
        // --no-edit <previous-good-sha>..HEAD` in a bad production deploy's steps — 5818, set 488, both counters)
        (s.text.trim() !== "" && ROLLBACK_NEEDED_CASE_RE.test(cleanLabel(s.title))) ||
        (s.kind === "MANUAL" && rollsBackInItsCase(s.title)) ||
        (s.kind === "MANUAL" && rollsBackUnderCaseLabel(s.title)) ||
        (s.kind === "COMMAND" && NAMED_ROLLBACK_OPTION_RE.test(afterCase(s.title))) ||
        // (or labelled the rollback, its value the way back: "3. **Rolling Back**:" over "If there's a problem with the new
        // production deployment, changing the `active_deployment` variable changes routing of the traffic instantly" among a
        // blue-green guide's usage steps — 4662, set 389, both counters)
        // (by the rollback's own word, not a restore: "E7) M7 – Backup/restore er bevist: Restore (bruk et faktisk filnavn …)"
        // is a go/no-go runbook's proof that restores work — 3031, its counter's no rollback)
        (s.kind === "MANUAL" && isLabelledStepRollback(afterCase(s.title))) ||
        // (or keeps the old thing as the way back: "3. **Keep the Mac running** until you're satisfied. It costs nothing and it is
        // the rollback." — 5209, set 435, both counters)
        (s.kind === "MANUAL" && s.language === null && KEPT_AS_ROLLBACK_RE.test(`${s.title} ${s.text}`)) ||
        (s.kind === "MANUAL" && FAILS_THEN_KILL_SWITCH_RE.test(s.title)) ||
        // (or ends on a sentence that puts things back for the case of rolling back: "3. Make a private, quiescent recovery bundle
        // … Keep an untouched original. … Restore the preserved old configuration and image together if rolling back." — an
        // offline migration's preflight step)
        (s.kind === "MANUAL" && s.language === null && IF_ROLLING_BACK_SENTENCE_RE.test(s.title)),
    );
    const step = phase.steps[k];
    if (step) {
      phase.steps.splice(k, 1);
      return onePhaseRollback("Rollback", { steps: [step] });
    }
    // (not a box whose words end by saying the plan is written or tried — "- [ ] Rollback application image and forward database
    // remediation plan documented." among a release checklist's boxes: readiness to check, 4840, set 404, both counters)
    const c = phase.checklistItems.findIndex(
      (item) => (ROLLS_BACK_RE.test(afterCase(item.text)) && !ENDS_READY_RE.test(item.text)) || isLabelledRollback(item.text) || FAILS_THEN_KILL_SWITCH_RE.test(item.text),
    );
    const item = phase.checklistItems[c];
    if (item) {
      phase.checklistItems.splice(c, 1);
      return onePhaseRollback("Rollback", { checklistItems: [item] });
    }
  }
  /**
   * The list item of `text` that rolls back, as one case among others, and the text without it; null: none. `verbOnly`: the
   * verb alone opens it, not the noun ("rollback on usein nopein mitigointi" — rollback is often the fastest mitigation — is
   * a Finnish statement in 408's notes, no instruction).
   */
  const takeItem = (text: string, verbOnly = false): { item: string; rest: string } | null => {
    const lines = text.split("\n");
    const items = lines.map((l) => LIST_LINE_RE.exec(l));
    const indent = (l: string) => (l.trim() === "" ? -1 : l.length - l.trimStart().length);
    /** The end of the item at `k`: the lines indented deeper under it are its continuation and its own list. */
    const endOf = (k: number) => {
      let end = k + 1;
      while (end < lines.length && indent(lines[end] ?? "") > (items[k]?.[1]?.length ?? 0)) end++;
      return end;
    };
    // (not one that sends the reader to another document for how: "régression après déploiement : revenir à la version
    // précédente (voir [déploiement](deploiement.md#revenir-en-arrière))" — 1131, its counter's no rollback)
    const rollsBack = (words: string) => ROLLS_BACK_RE.test(words) && !(verbOnly && /^(?:\*\*)?rollback\b/iu.test(words));
    // (or one stating its case, then going back to the release before: "4. 如无法恢复，回滚到备份版本" — if it cannot be recovered,
    // roll back to the backup version — in a go-live checklist's emergency plan kept as notes, 4907, set 410, both counters)
    // (or one labelled with the case of going back, the instruction after it: "- ダミーへ戻したいとき：`…dummy_board.sql` を流せば元に
    // 戻る" — to go back to the dummy data, run the seed — among a clean-up's bullets, 2797, set 234, both counters)
    const at = items.findIndex(
      (m, k) =>
        m !== null &&
        (rollsBack(afterCase(m[2] ?? "")) || GOING_BACK_CASE_RE.test(m[2] ?? "") || rollsBackAfterBadDeploy(m[2] ?? "") || rollsBackInItsCase(m[2] ?? "")) &&
        !SEE_DOCUMENT_RE.test(lines.slice(k, endOf(k)).join(" ")),
    );
    if (at < 0) return null;
    const depth = items[at]?.[1]?.length ?? 0;
    const end = endOf(at);
    const item = lines
      .slice(at, end)
      .map((l) => l.slice(depth))
      .join("\n");
    return { item, rest: [...lines.slice(0, at), ...lines.slice(end)].join("\n").trim() };
  };
  for (const phase of phases) {
    for (const step of phase.steps) {
      if (step.kind !== "MANUAL" || step.language !== null) continue;
      const taken = takeItem(step.text);
      if (!taken) continue;
      step.text = taken.rest;
      return notesRollback("Rollback", taken.item);
    }
  }
  // (or a bullet of a phase's notes: "## During the event" › "- Whole VM wedged/compromised: roll back to the event-ready
  // ESXi snapshot." among its other cases — 2578, set 216, both counters)
  for (const phase of phases) {
    const taken = takeItem(phase.notes, true);
    if (!taken) continue;
    phase.notes = taken.rest;
    return notesRollback("Rollback", taken.item);
  }
  return null;
}

/**
 * The same paragraphs as rollbackField's, in the text before the first phase ("## Web (Vercel)" read as an overview, its
 * paragraph ending "Rollback: Vercel dashboard → Deployments → promote a previous one." — 839): the very last resort, where no section, field, column, step or step's prose
 * names the way back. `parts` are the preamble's texts (front matter aside), changed in place. Null: none.
 */
export function rollbackInPreamble(parts: { text: string }[], isRestoreRunbook: boolean): TParsedRunbook["rollback"] {
  const take = rollbackParagraphTaker(isRestoreRunbook);
  for (const part of parts) {
    const taken = take(part.text);
    // (only a paragraph led by its label: an overview's prose on rollbacks — "Rollback rolls back code, never data." in a
    // restore runbook, 753 — is about them, not the way back)
    if (!taken?.found.labelled) continue;
    part.text = taken.rest;
    return notesRollback(taken.found.title, taken.found.text);
  }
  // (or a one-line item of a list there labelled the rollback: "4. Rollback: run the same workflow with an older commit SHA in
  // the box." closing the day-to-day steps of "## How the two sites relate" — 2426, set 203)
  // (its words may wrap onto indented lines of the same paragraph — "- **Rollback:** keď niečo zlyhá, DNS vieš vrátiť späť
  // (apex/www naspäť na WP)." over "  Preto DNS prepíname až v cutover fáze." among a go-live's principles: 3525, set 295, both
  // counters —; an item holding a list or a fence of its own is more than a line)
  /** The end (exclusive) of the item at `j`: the indented lines of its paragraph after it; -1 where it holds a list or a fence. */
  const itemEnd = (lines: string[], j: number) => {
    let end = j + 1;
    while (end < lines.length && /^\s+\S/.test(lines[end] ?? "")) {
      if (/^\s+(?:[-*+]|\d{1,2}[.)])\s|^\s+(?:\x60{3}|~{3})/.test(lines[end] ?? "")) return -1;
      end++;
    }
    return end;
  };
  // (or a one-line item there that rolls back to the release before: "1. Rollback to previous version (see
  // `ops/rollback-procedure.sh`)" heading the recovery steps of a DR plan's "Scenario 3: Application Deployment Failure",
  // before its recovery procedures — 3436, set 287, both counters; naming the release before, not a restore of data)
  /** The rollback item at line `j` of a list: its title and the end (exclusive) of its lines. Null: none. */
  const rollbackItemAt = (lines: string[], j: number): { title: string; end: number } | null => {
    const line = lines[j] ?? "";
    const labelled = ROLLBACK_ITEM_RE.exec(line);
    if (labelled !== null && labelsRollback(labelled[1] ?? "", labelled[2] ?? "", isRestoreRunbook)) {
      const end = itemEnd(lines, j);
      return end > j ? { title: (labelled[1] ?? "Rollback").replace(/[*_]/g, "").trim(), end } : null;
    }
    const words = LIST_LINE_RE.exec(line)?.[2];
    const oneLine = words !== undefined && !/^\s+\S/.test(lines[j + 1] ?? "");
    return oneLine && ROLLS_BACK_RE.test(words) && PREVIOUS_RELEASE_RE.test(words) && !SEE_DOCUMENT_RE.test(words) ? { title: "Rollback", end: j + 1 } : null;
  };
  for (const part of parts) {
    const lines = part.text.split("\n");
    for (let k = 0; k < lines.length; k++) {
      const item = rollbackItemAt(lines, k);
      if (item === null) continue;
      part.text = lines.filter((_, j) => j < k || j >= item.end).join("\n");
      const text = lines
        .slice(k, item.end)
        .map((l) => l.trim())
        .join("\n");
      return notesRollback(item.title, text.replace(/^\s*(?:[-*+]|\d{1,2}[.)])\s+(?:\[[ xX]\]\s+)?/, "").trim());
    }
  }
  return null;
}
/**
 * Whether a label and its value name the way back: the label names the rollback (ROLLBACK_RE, not ROLLBACK_ABOUT_RE), the
 * value does not say there is none nor only how long it takes, and in a restore runbook the label is not the restore that is
 * its work.
 */
const labelsRollback = (rawLabel: string, value: string, isRestoreRunbook: boolean) => {
  const label = cleanLabel(rawLabel);
  // (nor a value that only says how long it takes: "- **快速回滚**: 5-10分钟" — quick rollback: 5–10 minutes — among a rollback
  // manual's time estimates, 86)
  return (
    ROLLBACK_RE.test(label) &&
    !ROLLBACK_ABOUT_RE.test(label) &&
    !NO_ROLLBACK_RE.test(value) &&
    !DURATION_ONLY_RE.test(value.trim()) &&
    !(isRestoreRunbook && RESTORE_NAME_RE.test(label))
  );
};
/** A one-line list item, bulleted or numbered, led by a label and its colon ("4. Rollback: run …", "- **Rollback:** …"): its label, then its value. */
const ROLLBACK_ITEM_RE = /^(?:[-*+]|\d{1,2}[.)])\s+((?:\*\*|__)?\p{L}[^:：\n*_`]{0,40}?)\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(\S.*)$/u;

/** A rollback procedure of one phase named `title`, holding `fields` (its steps, items or notes). */
const onePhaseRollback = (title: string, fields: Partial<TParsedPhase>): NonNullable<TParsedRunbook["rollback"]> => ({
  title,
  phases: [{ ...emptyPhase(title), ...fields }],
});
/** A rollback procedure of one phase named `title`, `notes` its text. */
const notesRollback = (title: string, notes: string): TParsedRunbook["rollback"] => onePhaseRollback(title, { notes });

/** A paragraph that tells the way back: its title, its text, and whether a label leads it ("Rollback: …") rather than prose. */
type TFoundRollback = { title: string; text: string; labelled: boolean };

/**
 * A reader of a text's paragraphs (and of the fields of bold-labelled lines within them) that finds the first one telling
 * the way back, and gives it with the text left without it. Null: none.
 */
function rollbackParagraphTaker(isRestoreRunbook: boolean): (text: string) => { found: TFoundRollback; rest: string } | null {
  // (in a runbook whose work is a restore, "**Wiederherstellung:** `node scripts/db-restore.mjs`" is that work)
  const isRestoreWork = (label: string) => isRestoreRunbook && RESTORE_NAME_RE.test(label);
  // a paragraph of a phase's notes led by the label ("**Rollback:** point DNS back. The old host is still
  // running …", in the step that moves DNS; "**Rollback** : revert …"; "**5. If it goes wrong.** Restore the
  // snapshot …") or opening with rolling back ("To roll back, check out the release before …"): that step's
  // way back, the rollback where nothing else names one
  const rollbackOf = (quoted: string): TFoundRollback | null => {
    // (a blockquoted note reads as its words: "> 想撤回发布：删掉 tag 和 release 即可" — to withdraw the release, delete the tag and
    // the release — under a release step's fence, 4594)
    const para = /^>/.test(quoted) && quoted.split("\n").every((l) => /^>/.test(l)) ? quoted.replace(/^>[ \t]?/gm, "") : quoted;
    // (a case, then only the document that holds the way back — "If the upgrade goes wrong, [`backup.md`](backup.md) §5 has the
    // restore." — is a pointer, no way back of this document's own: 5091, set 425, both counters)
    if (CASE_LEAD_RE.test(para) && isPointerParagraph(para)) return null;
    const m = ROLLBACK_PARAGRAPH_RE.exec(para);
    const title = (m?.[1] ?? "").replace(/^\d{1,2}[.)]\s*/, "").trim();
    const label = cleanLabel(title);
    // (a "**Label:** value" paragraph keeps its value; one led by "**5. If it goes wrong.**" keeps its words whole)
    const isField = /^(\*\*|__)[^*_\n]+?(?:[:：]\1|\1\s*[:：])/u.test(para);
    // ("**Redeploy / rollback:** … enter an existing tag": the rollback as the last of the names the label gives)
    // ("**Rollback (~1 min):** delete the flag → redeploy": the name before a short gloss of how long or when — 1595)
    // ("- **Откат деплоя** — перевешивание тега `:prod` в ECR" — deploy rollback: re-point the prod tag — among an AWS move's
    // warnings: 4865, set 406, both counters; "**Deploy rollback:** …": a rollback word leading a label of a few words, as a plain
    // label's may)
    const named =
      [label, unglossed(label), lastTopic(label)].some((x) => ROLLBACK_RE.test(x)) ||
      (ROLLBACK_WORD_RE.test(label) && !SENTENCE_VERB_RE.test(label) && !STATE_OF_ROLLBACK_RE.test(label));
    // (a glossed label keeps its paragraph whole, the rollback named without the gloss: "(~1 min)" is the label's words)
    const bare = unglossed(title);
    if (m && named && !ROLLBACK_ABOUT_RE.test(label) && !isRestoreWork(label) && !NO_ROLLBACK_RE.test(m[2] ?? ""))
      return { title: bare, text: isField && bare === title ? (m[2] ?? "").trim() : para.trim(), labelled: true };
    // ("**Failure mode:** Deploy fails -> rollback via `--stage rollback`. Old key still active.", "**If this fails:** roll
    // back to …": a label for the case of failure whose value rolls back — that step's way back, the paragraph whole: 1494)
    const value = m?.[2] ?? "";
    if (m && failureGoesBack(label, value)) return { title: "Rollback", text: para.trim(), labelled: true };
    // ("Rollback: re-run the `ALTER USER` with the old password …", "Rollback (any time): revert the registrar NS …":
    // the label plain, a short gloss of when after it; the paragraph kept whole)
    const plain = ROLLBACK_PLAIN_LABEL_RE.exec(para);
    const plainLabel = cleanLabel(plain?.[1] ?? "");
    // ("Откат при сбое без тегов: предыдущий рабочий коммит + …": a rollback word leading a label of a few words, as a bullet's: 1556)
    // (a label, not a sentence: "Rollback restores are rare: we practise them …" says something of rollbacks)
    const namesRollback = ROLLBACK_RE.test(plainLabel) || (ROLLBACK_WORD_RE.test(plainLabel) && !SENTENCE_VERB_RE.test(plainLabel));
    if (plain && namesRollback && !ROLLBACK_ABOUT_RE.test(plainLabel) && !isRestoreWork(plainLabel) && !NO_ROLLBACK_RE.test(plain[2] ?? ""))
      return { title: (plain[1] ?? "").trim(), text: para.trim(), labelled: true };
    // (and a plain label for the case of failure whose value rolls back, as the bold one above: "If step 1 or 4 fails: use the
    // host's rollback (or run the old container) …" after a go-live's checks — 2529, set 212, both counters)
    const plainValue = plain?.[2] ?? "";
    if (plain && FAILURE_LABEL_RE.test(plainLabel) && HAS_ROLLBACK_WORD_RE.test(plainValue) && !FIX_FORWARD_RE.test(plainValue) && !NO_ROLLBACK_RE.test(plainValue))
      return { title: "Rollback", text: para.trim(), labelled: true };
    // (a bold question whether one can go back, answered yes and how: "**Q：能回退吗？**" over "能。旧目录没被动过；…把新目录的 `专注记录\`
    // 换成备份目录里的那份即可" — yes: the old folder is untouched, swap in the backup's copy —, a migration manual's FAQ: 4271, set 358, both
    // counters; answered no, "不能。…" or "No — …", it is no way back)
    if (answersRollbackQuestion(para)) return { title: "Rollback", text: para.trim(), labelled: true };
    // (a rollback label opening a later sentence of the paragraph, its how after it: "登录/建档/开单冒烟一遍。回退方案：连接串改回 SQLite
    // 文件即回退（数据不同步）。" — smoke-test sign-in and billing once; the way back: point the connection string back at the SQLite
    // file —, a database switch's step: 4509, set 377, both counters; "Watch Sentry for 48 hours. Rollback: Vercel Instant
    // Rollback …", 1545. A link alone after it — "Rollback: [rollback.md](rollback.md)." — points elsewhere: 3693)
    const later = LATER_ROLLBACK_LABEL_RE.exec(para)?.[1]?.trim() ?? "";
    if (later !== "" && !LINK_ONLY_RE.test(later) && !NO_ROLLBACK_RE.test(later) && PUTS_BACK_ANY_RE.test(later)) return { title: "Rollback", text: para.trim(), labelled: true };
    // (a sentence saying the work has a rollback, the how after its colon: labelled by that colon, as a plain label is)
    const how = HAS_ROLLBACK_SENTENCE_RE.exec(para)?.[1];
    if (how !== undefined && !NO_ROLLBACK_RE.test(how)) return { title: "Rollback", text: para.trim(), labelled: true };
    return ROLLBACK_PROSE_RE.test(para) ||
      REVERSED_STEP_ROLLBACK_RE.test(para) ||
      ROLL_BACK_FROM_SENTENCE_RE.test(para) ||
      TO_ROLL_BACK_SENTENCE_RE.test(para) ||
      ROLLBACK_CLAUSE_RE.test(para) ||
      ROLLBACK_IS_PREVIOUS_RE.test(para) ||
      ROLLBACK_CONSISTS_RE.test(para) ||
      TREATED_AS_ROLLBACK_RE.test(para) ||
      KEPT_AS_ROLLBACK_RE.test(para) ||
      RESTORE_IF_ROLLBACK_RE.test(para) ||
      GOING_BACK_SENTENCE_RE.test(para) ||
      // ("Rollback to the last verified release/manifest when dependency recovery does not restore readiness …": 1526)
      PUT_BACK_TO_PREVIOUS_RE.test(para) ||
      ((FAILURE_PROSE_RE.test(para) || (!isRestoreRunbook && LATER_FAILURE_CASE_RE.test(para))) &&
        (PUTS_BACK_RE.test(para) || GOES_BACK_OTHER_LANGUAGES_RE.test(para) || CJK_RETURNS_RE.test(para))) ||
      (!isRestoreRunbook && failureSentenceRestoresBackup(para))
      ? { title: "Rollback", text: para.trim(), labelled: false }
      : null;
  };
  return (text: string): { found: TFoundRollback; rest: string } | null => {
    // (and each field of a paragraph of bold-labelled lines — "**Escalade** : …" / "**Rollback** : conserver la derniere
    // archive valide …" / "**Retour normal** : …", a template's fields hard-wrapped into one paragraph: each its own)
    const paragraphs: string[] = [];
    const separators: string[] = [];
    for (const [j, para] of text.split(/\n{2,}/).entries()) {
      for (const [f, field] of para.split(FIELD_LINE_SPLIT_RE).entries()) {
        separators.push(f > 0 ? "\n" : j > 0 ? "\n\n" : "");
        paragraphs.push(field);
      }
    }
    const first = firstFound(paragraphs, rollbackOf);
    if (!first) return null;
    const { index: k } = first;
    let { found } = first;
    // (a paragraph that ends by opening a list — "To "roll back":" over "1. Bump version …" — takes that list with it)
    const list = paragraphs[k + 1];
    let last = k;
    if (/[:：]\s*$/u.test(paragraphs[k] ?? "") && list !== undefined && separators[k + 1] === "\n\n" && /^(?:[-*+]|\d{1,2}[.)])\s/.test(list)) {
      found = { ...found, text: `${found.text}\n\n${list.trim()}` };
      last = k + 1;
    }
    const rest = paragraphs
      // (the field after one taken from a paragraph's start opens that paragraph)
      .map((para, j) => (j >= k && j <= last ? "" : `${j === last + 1 && separators[k] === "\n\n" ? "\n\n" : (separators[j] ?? "")}${para}`))
      .join("")
      .replace(/^\n+/, "");
    return { found, rest };
  };
}
/** The first of `xs` for which `find` gives a value, with its index; null: none. Each is looked at once. */
function firstFound<T, R>(xs: T[], find: (x: T, index: number) => R | null): { index: number; found: R } | null {
  for (const [index, x] of xs.entries()) {
    const found = find(x, index);
    if (found !== null) return { index, found };
  }
  return null;
}
/** A one-line "* **Rollback Plan:** value" item: its label, then its value. */
const ROLLBACK_BULLET_RE = /^[-*+]\s+\*\*([^*\n]+?)\*\*\s*(\S.*)$/;
/** A one-line "- Rollback: value" item with a plain label (a colon after it): its label, then its value. */
const ROLLBACK_PLAIN_BULLET_RE = /^[-*+]\s+(\p{L}[^:：\n*_`]{0,40}?)\s*[:：]\s*(\S.*)$/u;
/**
 * A paragraph led by a bold label and its colon or full stop ("**Rollback:** point DNS back …", "**Rollback** : revert …",
 * "**5. If it goes wrong.** Restore …"): the label (with the number that enumerates it), then the rest (any lines).
 */
/** Where a paragraph's next line opens with a bold label and a colon ("**Rollback** : …", "**Rollback:** …"): a field of its own. */
// (and where a line opens with a plain label naming the rollback — "Rollback: Vercel dashboard → Deployments → promote a
// previous one." as the last line of a paragraph on merging: 839 —, that line and those after it)
const FIELD_LINE_SPLIT_RE = new RegExp(
  String.raw`\n(?=(?:\*\*|__)[^*_\n]{1,40}?(?:(?:\*\*|__)\s*[:：]|[:：](?:\*\*|__))|[^\n:：*_\x60]{0,30}?${HAS_ROLLBACK_WORD_RE.source}[^\n:：*_\x60]{0,20}?[:：]\s)`,
  "iu",
);
// ("**Rollback**, if the smoke test fails or the site is visibly wrong: point DNS back." — the case between the label and its colon —,
// a website go-live's cut-over stage: 4847, set 405, both counters)
const ROLLBACK_PARAGRAPH_RE =
  /^(?:\*\*|__)((?:\d{1,2}[.)]\s*)?[^*_\n]{1,40}?)(?:\s*[:.：](?:\*\*|__)|(?:\*\*|__)\s*[:：]|(?:\*\*|__)\s+[—–]\s|(?:\*\*|__),\s+(?:if|when|should|in case)\b[^:：\n]{1,100}[:：])\s*(\S[\s\S]*)$/u;
/** A paragraph led by a plain label, a short gloss in brackets and a colon ("Rollback (any time): revert …"): the label, then the rest. */
const ROLLBACK_PLAIN_LABEL_RE = /^([\p{L}][^:：\n*_()（）]{0,40}?)(?:\s*[(（][^()（）\n]{1,30}[)）])?\s*(?::\s+|：\s*)(\S[\s\S]*)$/u;
/**
 * A paragraph that opens with rolling the change back: "To roll back, check out the release before …", "To revert the
 * upgrade, …", "Rollback means redeploying the previous image …", "Rollback is a mount change. …", "For rollback, load
 * the last known-good digests …", "If you need to roll back, …", "Rollback restores the previously verified IP …" (what
 * the rollback does, in its own verb), "To undo a restore, stop the service, move the pre-restore copy back …" (5817, set 486,
 * both counters). ("Rollback is not possible" says there is none; "Rollback restores are rare" is about them.)
 */
/**
 * The same in the other languages of the corpus: "Для отката: остановить новый стек …", "Для отката нужно вернуть ns1 …" (2281,
 * 2282, set 191: a move's way back told in one sentence of its prose), "Para revertir, …", "Para reverter: …", "Pour revenir en
 * arrière : …", "Um zurückzurollen, …", "Zum Zurückrollen: …".
 */
// ("Para voltar:" — to go back —, "Para volver:", "Pour revenir :" before the instruction: "Antes de atualizar rode `npm run
// backup`. Para voltar: `git checkout <versão anterior>` e `npm run prod:up`." — 2574, set 215, both counters)
// (and "回滚就切回上一个 commit 再跑同样的命令" — to roll back, switch back to the previous commit and run the same commands —, a later
// sentence of an intranet deploy guide's upgrade section: 4988, set 417, both counters; and "Откат приложения выполняется возвратом
// прежней версии кода" — the application is rolled back by returning the previous version of the code —, a data migration note's
// closing paragraph: 4992, set 417, both counters)
const ROLLBACK_PROSE_OTHER_LANGUAGES = String.raw`(?:回滚|回退|回滾)[^。，,：:\n]{0,12}?(?:时|時)[，,]?\s*(?:只需|只要|需要|請|请|先|执行|執行|将|將|把)|(?:回滚|回退|回滾)先(?:恢复|恢復|还原|還原|切回|停止|执行|執行|将|將|把)|[\p{Script=Han}]{0,6}?(?:回滚|回退|回滾)(?:方式|方法|命令|办法|辦法|做法)?(?:是|为|為|就是)[：:]?\s*\x60|(?:回滚|回退|回滾)(?:的话|的話)?[，,]?\s*(?:就|只需|只要)\s*(?:切回|切换回|切換回|回到|恢复|恢復|改回|换回|換回|退回)|для\s+отката\s*(?:[,:]|(?:нужно|необходимо|достаточно|следует)(?![\p{L}]))|(?:откат|відкат)(?:\s+[\p{L}-]+){0,2}\s+(?:выполняется|делается|производится|осуществляется|выполняют|делают|виконується|робиться|здійснюється)\s|чтобы\s+откатить(?:ся)?(?![\p{L}])|para\s+(?:revertir|reverter|volver(?:\s+atr[aá]s)?|voltar(?:\s+atr[aá]s)?|regresar|hacer\s+(?:el\s+|un\s+)?rollback|fazer\s+(?:o\s+)?rollback)\s*[,:]|para\s+(?:revertir|reverter|deshacer|desfazer)(?:\s+[\p{L}\p{N}_.-]+){1,4}?\s*(?:[,:]|\s(?:se\s+(?:usa|usan|utiliza|utilizam?|ejecuta|hace|aplica|emplea|restaura|vuelve|volta|faz)|basta(?:\s+con)?|hay\s+que|(?:se\s+)?(?:debe|deve)(?:n|m)?)(?![\p{L}]))|pour\s+(?:revenir(?:\s+en\s+arri[eè]re)?|faire\s+(?:un\s+|le\s+)?rollback)\s*[,:]|um\s+zur[üu]ckzu(?:rollen|setzen)\s*[,:]|zum\s+zur[üu]ck(?:rollen|setzen)\s*[,:]`;
const ROLLBACK_PROSE_RE = new RegExp(
  String.raw`^(?:to ["“'‘]?(?:roll[\s-]?back|roll (?:[\p{L}\p{N}-]+\s+){1,3}back|revert|downgrade|undo (?:the|this|a|an) (?:upgrade|migration|deploy(?:ment)?|release|change|cut-?over|restore|rotation))\b|^(?:되돌리려면|롤백하려면|원복하려면|(?:元に)?戻すには|ロールバックするには|切り戻すには)[\s、,，]|(?:a\s+)?(?:rollback|roll[\s-]?back|rolling back)\s+(?:means|consists of|is done by|is to|is (?:a|an|the|just|simply)\s|uses\s+(?:a|an|the)\s|works by\s|goes through\s|(?:restores|redeploys|reverts|re-?points|switches|returns|puts|brings|rolls|re-?runs|stops|undoes|removes|drops|re-?enables|disables|resets)\s(?!(?:are|were|is|was|have|has)\b))|(?:for|in case of|in the event of)\s+(?:a\s+|the\s+)?(?:rollback|roll[\s-]?back|rolling back)\s*[,:]|(?:roll[\s-]?back|revert)\s+(?:it\s+|the\s+\p{L}+\s+)?by\s+\p{L}+ing\b|(?:if|should|when) (?:you )?(?:need|have|must|want) to roll[\s-]?back\b|if (?:a )?rollback is (?:needed|required|necessary)\b|when rolling back\s*,|${ROLLBACK_PROSE_OTHER_LANGUAGES})`,
  "iu",
);
/**
 * A sentence that says, after the case for it, to roll back from or to a named point: "If any value is dramatically
 * smaller after restore, do **not** declare success. Roll back from the pre-restore dump in §A.2." (1089).
 */
const ROLL_BACK_FROM_SENTENCE_RE = /[.!?]\s+(?:roll[\s-]?back|revert)\s+(?:from|to)\s+(?:the\s+)?[\p{L}\p{N}`]/iu;
/**
 * A sentence after another that opens the way back over what follows: "Sparkle only goes forward. To "roll back":" over
 * numbered steps (1566), "The CLI has no undo. To revert, …"; "… Для отката: остановить новый стек …" (2281) in the other languages.
 */
const TO_ROLL_BACK_SENTENCE_RE = new RegExp(
  String.raw`(?:[.!?]\s+|[。！？]\s*)(?:to\s+["“'‘]?(?:roll[\s-]?back|revert)["”'’]?(?:\s+(?:the|this|a|an)\s+[\p{L}\p{N}_.-]+(?:\s+[\p{L}\p{N}_.-]+)?)?\s*[:,]|(?:${ROLLBACK_PROSE_OTHER_LANGUAGES}))`,
  "iu",
);
/**
 * A clause, anywhere in a paragraph, that says what rolling back is — the way back told in passing, after what makes it
 * safe: "Migrations only add, so old images run on the new schema; rollback is just switching back to the old tag",
 * "迁移只增不改不删，所以旧版本镜像也能跑在新库上，回滚就是换回旧 tag：…" (1453), "Старая машина остаётся поднятой — откат это
 * возврат DNS" (437). Only the forms that define it ("is just", "means switching", "就是", "это"): "rollback is a last
 * resort" or "ロールバックはできない" say nothing of how.
 */
const ROLLBACK_CLAUSE_RE =
  /(?:^|[.;:!?,—–]\s+(?:so\s+|and\s+|then\s+)?)(?:a\s+|the\s+)?(?:rollback|roll(?:ing)?[\s-]?back)\s+(?:is\s+(?:just|simply|only|done by)\s|consists\s+of\s|means\s+(?:re-?\p{L}+|switch\p{L}*|revert\p{L}*|restor\p{L}*|going back|pointing|checking out|promot\p{L}*|deploy\p{L}*)\b)|(?:回滚|回退|回滾)(?:就是|即是|即为|只需|只要|的方法是|的办法是|方法是|办法是)|(?:如需|需要|要)(?:回滚|回退|回滾)(?:(?:时|時|的话|的話)[，,：:]?|[，,：:])|(?<![\p{L}])откат\s+(?:—\s+|-\s+)?это\s|(?:^|[.;:!?,—–]\s+)(?:voltar atr[áa]s|volver atr[áa]s|o rollback|el rollback|revenir en arri[èe]re)\s+(?:é|es|c['’]est|consiste (?:em|en|à))\s+(?:(?:s[óo]|solo|apenas|simplemente|simplement)\s+)?(?:reverter|revertir|voltar|volver|restaurar|restaurer|trocar|cambiar|remettre|repointer|re\p{L}+)/iu;
/**
 * A sentence defining the rollback as what ran before: "Ein Rollback ist ein älteres Image auf demselben Volume, solange …"
 * (a rollback is an older image on the same volume — 2802, set 234, both counters), "A rollback is the previous image",
 * "Un rollback es la imagen anterior", "O rollback é a versão anterior". Its own sentence, after another or opening the
 * paragraph. Or as the work done in reverse: "Rollback is the reverse `ExecStart` swap in the unit files; keep the Node runtime
 * for a week." after a runtime switch's restart fence (3894, set 325, both counters' rollback), "The rollback is the inverse of
 * step 3".
 */
const ROLLBACK_IS_PREVIOUS_RE =
  /(?:^|[.;!?]\s+)(?:(?:a|the|ein|der|un|el|o|le)\s+)?(?:rollback|roll[\s-]?back)\s+(?:is|ist|es|é|est)\s+(?:(?:a|an|the|ein|eine|das|der|die|un|una|el|la|o|a|le|l['’])\s*)(?:(?:reverse|inverse|opposite)(?:\s+of)?\s+\S|(?:older|previous|prior|earlier|last(?=\s+(?:known[\s-]good|good|stable|working|released|deployed|version|image|build|tag|commit|release)\b)|ältere[sn]?|vorige[sn]?|vorherige[sn]?|frühere[sn]?|letzte[sn]?|ancien(?:ne)?|pr[ée]c[ée]dente?)\s+\p{L}|\p{L}+\s+(?:anterior|previa|prévia|antigua|antiga|pr[ée]c[ée]dente?)(?![\p{L}]))/iu;
/**
 * A case of failure, then the kill switch thrown: "- [ ] f. If anything fails: flip `agent_program_active=0` (instant kill switch)
 * and report" closing a go-live's dark smoke test (5088, set 425, both counters' rollback). The switch turns the new work off.
 */
const FAILS_THEN_KILL_SWITCH_RE =
  /^(?:[a-z\d]{1,2}[.)]\s+)?(?:\*\*|__)?(?:if|when|should|on)\b[^:：\n]{0,60}?\b(?:fails?|failed|failure|goes\s+wrong|breaks|is\s+wrong)\b[^:：\n]{0,20}[:：][^\n]*?\bkill[\s-]?switch\b/iu;
/**
 * The old thing kept running or in place as the way back: "Keep the Mac running until you're satisfied. It costs nothing and it is
 * the rollback." and "The Mac is untouched and still running. It remains the source of truth and the rollback path." (5209, set
 * 435), "Flip `getCandidates` → substrate; keep legacy path removable for one session as rollback." (5152, set 430): both counters
 * each. Something kept or remaining as the rollback ("it is the rollback"; not "the backup is the rollback" among a backup runbook's
 * rules, 4434).
 */
const KEPT_AS_ROLLBACK_RE =
  /\b(?:keep(?:s|ing)?|leav(?:e|es|ing)|retain(?:s|ing)?)\b[^.!?\n]{0,80}?\bas\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:rollback|roll[\s-]?back)(?:\s+(?:path|target|option|route))?\b|(?:^|[.;!?][*_]{0,2}\s+|,?\s+and\s+)(?:it|this|that|which)\s+(?:is|remains|stays)\s+(?:[^.!?\n]{0,40}?\s+and\s+)?the\s+(?:rollback|roll[\s-]?back)(?:\s+(?:path|target|option|route))?\s*[.;!]/iu;
/**
 * A sentence naming going back to the old as the rollback: "Treat re-enabling the old provision/destroy workflow as an explicit
 * rollback." after a CI runner cut-over's numbered steps (3953, set 330, both counters' rollback), "Treat a restore of the
 * previous image as the rollback". The old or previous thing must be named.
 */
const TREATED_AS_ROLLBACK_RE =
  /(?:^|[.;!?]\s+)treat\s+[^.!?\n]{0,60}?\b(?:old|previous|prior|former|legacy)\b[^.!?\n]{0,60}?\s+as\s+(?:an?\s+|the\s+)?(?:(?:explicit|deliberate|formal|full|planned)\s+)?(?:rollback|roll[\s-]?back)\b/iu;
/**
 * A sentence saying what the rollback does, and that it puts the old back: "Avant l'étape 6, le retour arrière consiste à
 * restaurer l'ancien `DB_PASSWORD` puis recharger PHP-FPM.", "Le retour arrière restaure l'ancienne clé …" (3051, set 255, both
 * counters: a secret rotation's only ways back, one a section), "The rollback is to restore the old key", "Rolling back
 * means redeploying the previous image", "El rollback consiste en restaurar la versión anterior", "O rollback consiste em
 * reativar a versão antiga". The old or previous thing must be named within the sentence.
 * (and when: "Rolling back at this point is just restoring the old `Web.config` and recycling." after a credential rotation's
 * step 2 — 3569, set 298, both counters)
 */
const ROLLBACK_CONSISTS_RE =
  /(?:^|[.;!?]\s+)(?:(?:before|after|until|avant|après|jusqu['’]à|antes\s+de|después\s+de|depois\s+de|até)\b[^.!?,]{0,40},\s+)?(?:(?:the|le|la|l['’]|el|o|a|der|die|das)\s*)?(?:rollback|roll[\s-]?back|rolling\s+back|retour\s+(?:en\s+)?arri[eè]re|marcha\s+atr[aá]s|reversi[oó]n|revers[ãa]o|zur[üu]ckrollen)\s+(?:(?:at\s+this\s+(?:point|stage)|from\s+here|here|now),?\s+)?(?:consists?\s+(?:of|in)|consiste\s+(?:à|a|en|em|in)|means|is\s+to|is\s+(?:just|simply|only)\s+(?:restoring|reverting|redeploying|re-?enabling|switching\s+back)|restores?|restaure|restaura|remet|besteht\s+(?:darin|aus))\s[^.!?]{0,80}?(?:\b(?:previous|prior|old|older|earlier|original)\b|(?<![\p{L}])(?:anterior|antig[ao]|pr[ée]c[ée]dente?|ancien(?:ne)?|vorherig\p{L}*|alte[nrs]?)(?![\p{L}]))/iu;
/**
 * An instruction that puts the old back, for the case that a rollback is needed: "**Application rollback is not safe** after
 * this migration. Restore from backup if rollback is required." (3157, set 264, both counters: a migration's only way back),
 * "Redeploy the previous image if a rollback is needed", "Revert the commit if you need to roll back".
 */
const RESTORE_IF_ROLLBACK_RE =
  /(?:^|[.!?]\s+)(?:restore|revert|redeploy|re-deploy|roll\s+back|switch\s+back|go\s+back)\b[^.!?]{0,80}?\b(?:if|when)\s+(?:(?:a|the)\s+)?(?:(?:rollback|roll(?:ing)?[\s-]?back)\s+(?:is|becomes)\s+(?:required|needed|necessary)|you\s+(?:need|have)\s+to\s+(?:roll\s*back|revert|go\s+back))\b/iu;
/**
 * A sentence, anywhere in a paragraph, for the case of having to go back to what ran before, and how: "If you need to go
 * back to the previous version, deactivate 2.x and upload the old files", "Então caso você tenha tido algum problema e
 * precise voltar o módulo para uma versão anterior a atualização, basta desativar a versão 2.x e reenviar os arquivos da
 * versão originalmente em uso" (2973, set 249, both counters: a module upgrade's only way back, under its tables' notes),
 * "Si necesitas volver a la versión anterior, …", "S'il faut revenir à la version précédente, …".
 */
const GOING_BACK_SENTENCE_RE =
  /(?:^|[.!?]\s+|\s[—–]\s+)(?:(?:ent[ãa]o|so|entonces|alors|donc)\s*,?\s+)?(?:\*\*|__)?(?:(?:if|when|should)\s+(?:you\s+|we\s+)?(?:ever\s+)?(?:(?:need|have|want)\s+to|must(?:\s+to)?)\s+(?:go\s+back|roll\s*back|revert|undo|back\s+out)|(?:caso|se)\s+(?:[^.!?]{0,50}?\s)?(?:precis(?:e|ar|armos)|tiver(?:mos)?\s+que)\s+(?:voltar|reverter)|si\s+(?:[^.!?]{0,50}?\s)?(?:necesitas|necesita|hay\s+que|tienes\s+que)\s+(?:volver|revertir)|s['’]il\s+faut\s+revenir|si\s+(?:vous\s+devez|tu\s+dois)\s+revenir)\b[^.!?]{0,80}?(?:\b(?:previous|prior|older|old|earlier|original)\b|(?<![\p{L}])(?:anterior|antig[ao]|pr[ée]c[ée]dente?|ancien(?:ne)?)(?![\p{L}]))/iu;
/**
 * A sentence saying the work has a rollback, then how, after a colon: "Every phase has a rollback: point the GitOps image ref
 * back at the .NET image and let Flux reconcile." (2826, set 236, both counters: a cut-over checklist's only way back, in
 * its intro), "Each step has its own rollback: …", "There is a rollback: …"; what is the rollback, then how: "- `wrangler.jsonc.bak`
 * is your rollback: `cp wrangler.jsonc.bak wrangler.jsonc`." (2850, set 238, both counters).
 */
const HAS_ROLLBACK_SENTENCE_RE =
  /(?:^|[.!?]\s+)(?:[-*+]\s+)?(?:\x60[^\x60\n]{1,60}\x60\s+|[^.!?:：\n]{0,40}\s)?(?:(?:has|have|there\s+is|there['’]s)\s+(?:a|an|its\s+own|their\s+own)|(?:is|are)\s+(?:your|the|our))\s+(?:rollback|roll[\s-]?back|way\s+back)\s*[:：]\s*(\S.*)/iu;
/**
 * A paragraph saying the rollback is a step of the work done in reverse ("step 6 in reverse is the entire rollback plan",
 * "Rollback is step 3 in reverse", "Rollback: run phase 2 in reverse"), anywhere in it: the way back, told by the step.
 */
const REVERSED_STEP_ROLLBACK_RE =
  /\b(?:steps?|phases?|stages?)\s+[\p{N}\p{L}.–-]{1,8}\s+in reverse\b[^.]{0,40}\b(?:rollback|roll[\s-]?back)\b|\b(?:rollback|roll[\s-]?back)\b[^.]{0,30}?\b(?:is|means|:)\s+(?:(?:to\s+)?(?:run|do|repeat|follow)\s+)?(?:steps?|phases?|stages?)\s+[\p{N}\p{L}.–-]{1,8}\s+in reverse\b/iu;
/**
 * A sentence, anywhere in a paragraph, for the case the work fails ("Si une étape échoue", "If the migration fails", "Wenn
 * das Update fehlschlägt", "如果迁移失败"): its lead, up to the comma or colon after the case.
 */
const FAILURE_CASE_SENTENCE_RE =
  /(?:^|[.!?]\s+|[。！？]\s*)(?:(?:if|should|when|si|se|wenn|falls|als|je[śs]li|если|jika|n[ếe]u)\s[^.!?。]{0,60}?(?:fails?|failed|goes wrong|breaks|[ée]choue\p{L}*|falla\p{L}*|falh\p{L}*|fehlschl[äa]g\p{L}*|scheiter\p{L}*|misgaat|mislukt|nie powiedzie|не удал\p{L}*|gagal|th[ấa]t b[ạa]i)|(?:如果|若|万一|一旦)[^。！？]{0,30}?(?:失败|失敗|出错|出錯)|(?:失败|失敗|出错|出錯)(?:时|時|的话|的話)[，,]?|[^。！？]{0,30}?(?:失敗した場合|失敗したら|실패하면|실패할 경우))([^.!?。！？]{0,200})/giu;
/** Restoring a backup, in the languages the vocabulary knows ("ou restaurer la sauvegarde", "restore the backup", "恢复备份"). */
const RESTORES_BACKUP_RE =
  /(?<![\p{L}])(?:restor(?:e|ing)|restaur\p{L}*|wiederherstell\p{L}*|spiel\p{L}* (?:die |das )?(?:sicherung|backup) (?:wieder )?ein|ripristin\p{L}*|herstel\p{L}*|przywr[óo]\p{L}*|восстанов\p{L}*)\s+(?:\S+\s+){0,3}?(?:backups?|sauvegardes?|respaldos?|copias? de seguridad|c[óo]pias? de seguran[çc]a|sicherung\p{L}*|snapshots?|dumps?|kopi\p{L}*|резервн\p{L}*|бэкап\p{L}*)|(?:恢复|还原|恢復|還原)(?:备份|備份|快照)|(?:バックアップ|スナップショット)(?:から|を)(?:復元|戻|リストア)|백업(?:에서|을|를)\s*(?:복원|복구)/iu;
/**
 * Whether a sentence of `para` for the case the work fails goes on to restore a backup (1576's "Si une étape échoue,
 * l'extranet reste en maintenance : corriger puis relancer, ou restaurer la sauvegarde (voir `sauvegardes.md`)."): the way
 * back told in passing. (A sentence on what a tool does by itself — "the task restores Blue" — names no backup.)
 */
function failureSentenceRestoresBackup(para: string): boolean {
  for (const m of para.matchAll(FAILURE_CASE_SENTENCE_RE)) if (RESTORES_BACKUP_RE.test(m[1] ?? "")) return true;
  return false;
}
/** A paragraph that opens with the case it is for ("If …", "When …", "In case of …", "Si …", "Wenn …"). */
const CASE_LEAD_RE = /^(?:\*\*|__)?(?:if|when|whenever|should|in case|in the event|falls|wenn|si|se|en caso|em caso|en cas|cuando|quando|quand)\b/iu;
/** A sentence that opens by sending the reader elsewhere ("See …", "Refer to …", "Siehe …", "Voir …"). */
// (and a stop that switches the reader to it — "Stop here and switch to docs/operations/incidents.md. It carries the rollback
// triggers and the response runbooks …", a deploy runbook's last section: 3691, set 309, both counters' no rollback)
const POINTER_LEAD_RE = new RegExp(String.raw`^(?:\*\*|__)?(?:see|refer to|consult|siehe|voir|ver|veja|vedi|consulte[rz]?|${SWITCH_TO_LEAD})\b`, "iu");
/** A sentence telling what the document pointed to holds ("It carries the rollback triggers …", "That runbook covers …"). */
const TELLS_OF_DOCUMENT_RE = /^(?:it|that (?:document|file|runbook|page|guide))\s+(?:carries|covers|holds|has|describes|lists|contains|explains)\b/iu;
/** A sentence saying this document has nothing to undo ("This runbook itself has no destructive action to undo."). */
const NOTHING_TO_UNDO_RE = /\b(?:no|nothing)\b[^.!?]{0,60}\bto (?:undo|roll ?back|revert)\b/iu;
/**
 * A paragraph whose sentences only send the reader to other documents — no code of its own to run — or say there is
 * nothing here to undo (1886); not a bare pointer ("See `rollback.md`.": isPointerParagraph, read before as the runbook's
 * notes). A way back of the document's own — "See `rollback.md` for the context, then run `./rollback.sh v1`" — is none.
 */
function sendsOnlyElsewhere(text: string): boolean {
  if (isPointerParagraph(text)) return false;
  const sentences = text
    .replace(/\s+/g, " ")
    .split(/(?<=[.!?])\s+/u)
    .filter((x) => x.trim() !== "");
  const isPointer = (x: string) => POINTER_LEAD_RE.test(x) && sendsToDocument(x) && !x.replace(DOCUMENT_REFERENCE_RE, " ").includes("`") && !/\bthen\b/iu.test(x);
  return sentences.some(isPointer) && sentences.every((x) => isPointer(x) || NOTHING_TO_UNDO_RE.test(x) || TELLS_OF_DOCUMENT_RE.test(x));
}
/** A label over the cases for something ("Common red-path triggers:", "Rollback triggers:", "Symptoms:"). */
const TRIGGERS_LABEL_RE =
  /^(?:\*\*|__)?(?:[\p{L}-]+\s+){0,3}(?:triggers?|signals?|symptoms?|conditions?|criteria|when to (?:roll back|rollback|abort))(?:\*\*|__)?\s*[:：](?:\*\*|__)?$/iu;
/**
 * A section body of paragraphs that send the reader to another document (sendsToDocument) or label the cases for it
 * (TRIGGERS_LABEL_RE), and bullet lists under such a label: when, and where to read how — no procedure of its own.
 */
function isPointerAndTriggers(doc: Doc, body: TBlock[]): boolean {
  let sends = false;
  let underLabel = false;
  for (const b of body) {
    if (b.type === "thematicBreak") continue;
    if (b.type === "paragraph") {
      const text = doc.block(b).trim();
      underLabel = TRIGGERS_LABEL_RE.test(text);
      // (a paragraph of the case, then where to go: "If any … fail …, go to `rollback.md`"; one opening with its own
      // instruction — "Redeploy the previous tag … See `rollback.md` for the database." — holds a way back)
      // (or one that only sends there and says there is nothing to undo here — "See `release.md`'s Rollback section for
      // reverting a bad deploy, and `migration-rollback.md` for a bad migration. This runbook itself has no destructive
      // action to undo.": 1886)
      if ((CASE_LEAD_RE.test(text) && sendsToDocument(text)) || sendsOnlyElsewhere(text)) sends = true;
      else if (!underLabel) return false;
      continue;
    }
    if (b.type === "list" && b.ordered !== true && underLabel) continue;
    return false;
  }
  return sends;
}
/** A sentence that opens by putting something back as it was ("Rollback DNS to the previous Weebly records if …", "Revert the flag to its prior value"). */
const PUT_BACK_TO_PREVIOUS_RE =
  /^(?:roll[\s-]?back|revert|restore)\s+(?:the\s+)?(?:[\p{L}\p{N}_./`-]+\s+){0,3}to\s+(?:the\s+|its\s+)?(?:previous|prior|old|last (?:known[\s-]good|good|verified|stable|working))\b/iu;
/** Switching or rolling back to what ran before, in Chinese and Japanese ("切回云端", "回滚到上一版本", "恢复到旧版本", "旧環境へ切り戻す"). */
const CJK_SWITCH_BACK_RE =
  /切回|切换回|切換回|回切到|回到(?:上一|之前|旧|舊|原)|(?:回滚|回退|回滾)(?:到|至)|退回到|恢复(?:到|至)(?:旧|舊|上一|之前|原)|切り戻(?:す|し)|(?:旧|元の)[^。]{0,10}(?:に|へ)戻す/u;
/** Going back to what ran before in Korean, Japanese and Chinese: "…설정으로 복귀한다", "…로 되돌린다", "旧環境へ戻す", "切回", "回滚到". */
const CJK_RETURNS_RE = new RegExp(`${KO_JA_RETURNS}|${CJK_SWITCH_BACK_RE.source}`, "u");
/** Something breaking, going wrong or failing, in Spanish, Portuguese and French ("si algo se rompe", "se algo der errado", "si quelque chose casse"). */
const SOMETHING_BREAKS_ROMANCE = String.raw`si algo (?:se rompe|sale mal|va mal|falla)|se algo (?:quebrar|der errado|correr errado|correr mal|falhar)|si quelque chose (?:casse|tourne mal|[ée]choue)`;
/** A paragraph that opens with the case of a named part failing ("If validation fails, stop the deployment, …"); with PUTS_BACK_RE, the way back. */
// (and the case in Korean, Japanese and Chinese: "문제가 생기면 새 구성을 중지하고 기존 Compose/이미지/설정으로 복귀한다" — if a
// problem arises, stop the new set-up and return to the existing Compose, images and settings —, a cut-over's paragraph after
// its switch: 3506, set 293, both counters; "問題があれば…", "如果出现问题，…")
// (and a short tail on when before the comma: "If verification fails before acceptance, keep the public release stopped and use
// the recorded rollback procedure." — 4078, set 341, both counters)
// (and the case of a named part failing in Chinese: "若健康检查失败，保留日志和备份，先回到上一版本镜像" — if the health check fails,
// keep the logs and backups, go back to the previous image first —, an upgrade section's last paragraph: 4357, set 364, both
// counters' way back)
// (and "Si algo se rompe, el respaldo real es el historial de commits: … `git revert <hash>` para deshacer uno específico …" — if
// something breaks, the real backup is the commit history —, a Render and Vercel deploy guide's closing section: 4797, set 401,
// both counters; "Se algo quebrar, …")
const FAILURE_PROSE_RE = new RegExp(
  String.raw`^(?:(?:문제가?|장애가?|오류가?)\s*(?:생기면|발생하면|나면)|실패(?:하면|\s*시)|(?:問題|障害|不具合)が(?:あれば|起きたら|発生したら|出たら)|失敗したら|(?:如果|若)?(?:出现|发生|出)(?:问题|故障|异常)(?:时|的话)?[，,]|失败(?:则|时|的话)[，,]?|(?:如果|若|一旦|假如|倘若)[^，,。\n]{1,24}(?:失败|失敗|不通过|未通过|出错|出錯)(?:了)?(?:则|時|时|的话)?[，,]|(?:(?:if|should|when) (?:the |any |a |an )?(?:[\p{L}\p{N}-]+ (?:(?:or|and) )?){0,4}(?:fails?|break|breaks|goes wrong|do not pass|does not pass|don't pass|doesn't pass)(?:\s+(?:before|after|during|at|on|in)\s+[^,.\n]{1,30})?\s*,|(?:${SOMETHING_BREAKS_ROMANCE}|se algo (?:quebra|se quebrar|deu errado)|wenn etwas kaputtgeht|en cas de (?:probl[èe]me|[ée]chec)|wenn (?:etwas|es) schiefgeht|falls etwas schief(?:geht|l[äa]uft))\b[^.]{0,60}?,))`,
  "iu",
);
/**
 * The case of something breaking opening a later sentence of a paragraph, in Spanish, Portuguese and French ("El deploy no reemplaza
 * el control de versiones — … Si algo se rompe, el respaldo real es el historial de commits: … `git revert <hash>` …": 4797, set 401,
 * both counters). (In English such a later sentence is more often about the restore that is the work: 1161, 1233, 3215.)
 */
const LATER_FAILURE_CASE_RE = new RegExp(String.raw`[.!?]\s+(?:${SOMETHING_BREAKS_ROMANCE})\b[^.]{0,60}?,`, "iu");
/**
 * Going back to what ran before in Spanish, Portuguese, French and German ("se puede volver al despliegue anterior", "voltar
 * para a versão anterior", "revenir au déploiement précédent", "zur vorherigen Version zurück"): with FAILURE_PROSE_RE, the
 * way back (2389, set 200: "Si algo sale mal en producción, en Vercel se puede volver al despliegue anterior con *Instant
 * Rollback*").
 */
const GOES_BACK_OTHER_LANGUAGES_RE =
  /\b(?:volver|regresar|voltar|retornar|revenir|revenez|zur[üu]ck(?:kehren|gehen|wechseln)?)\b[^.]{0,30}?\b(?:anterior|previa|pr[ée]c[ée]dente?|vorherigen?|letzten?)\b|\b(?:zur|zum|auf\s+die|auf\s+den)\s+(?:vorherigen|letzten|alten)\b[^.]{0,30}?\bzur[üu]ck/iu;
/**
 * A value saying there is no way back ("none", "n/a", "not possible", "nicht möglich"), or to go on rather than back
 * ("**If this fails:** carry on to §3 anyway — a copy of a moving database is worth more than no copy": 1257, whose
 * counter counted no rollback).
 */
const NO_ROLLBACK_RE =
  /^(?:none|n\/?a|not (?:possible|applicable|needed|required|available)|no\b|nicht\b|kein(?:e[rs]?)?\b|ninguno|nenhum|aucun|sin\b|sem\b|sans\b|—|-|(?:carry on|continue|proceed|keep going|go on|move on)\b(?!\s+(?:with|to)\s+(?:the\s+)?(?:rollback|roll[\s-]?back)))/iu;

/**
 * Whether a paragraph is a bold question whether or how to go back (ROLLBACK_QUESTION_RE) with its answer under it, a yes and
 * how ("**Q：能回退吗？**" over "能。旧目录没被动过；…"): the way back, in its own words. Answered no ("不能。", "No — …"), it is not.
 */
function answersRollbackQuestion(para: string): boolean {
  const question = /^\*\*([^*\n]{2,80})\*\*[ \t]*(?:\n|$)([\s\S]*)$/u.exec(para.trim());
  const answer = (question?.[2] ?? "").trim();
  return question !== null && ROLLBACK_QUESTION_RE.test((question[1] ?? "").trim()) && answer !== "" && !NEGATIVE_ANSWER_RE.test(answer) && !NO_ROLLBACK_RE.test(answer);
}

/**
 * The way back answered in the runbook's FAQ, after the work (issue 16: "rollback under any name and level"): the first
 * paragraph of the appendix `parts` that asks in bold whether one can go back and answers yes and how ("## 常见问题" ›
 * "**Q：能回退吗？**" over "能。旧目录没被动过；新写入的数据也都在新目录里，把新目录的 `专注记录\` 换成备份目录里的那份即可" — the old
 * folder is untouched; swap the new folder's records for the backup's —: 4271, set 358, both counters). Takes the paragraph
 * out of its part (mutated) into the rollback's notes. Null: none.
 */
export function rollbackQuestionIn(parts: { text: string }[]): TParsedRunbook["rollback"] {
  for (const part of parts) {
    const paragraphs = part.text.split(/\n{2,}/);
    // (the answer under its question or in the paragraph after it, as an appendix keeps a bold line apart)
    const size = (j: number) =>
      answersRollbackQuestion(paragraphs[j] ?? "") ? 1 : !/^\*\*/u.test(paragraphs[j + 1] ?? "") && answersRollbackQuestion(`${paragraphs[j]}\n${paragraphs[j + 1] ?? ""}`) ? 2 : 0;
    const k = paragraphs.findIndex((_, j) => size(j) > 0);
    if (k < 0) continue;
    const n = size(k);
    const found = paragraphs.slice(k, k + n).join("\n\n");
    part.text = paragraphs.filter((_, j) => j < k || j >= k + n).join("\n\n");
    return notesRollback("Rollback", found.trim());
  }
  return null;
}

/**
 * The rollback written as the procedure's last step (issue 16: "rollback under any name and level"; a
 * Talos upgrade runbook's "12. Roll back if the node misbehaves:" over `talosctl rollback`): the last
 * step of the last main phase, when its title opens with a rollback word (ROLLBACK_WORD_RE, not
 * ROLLBACK_ABOUT_RE: "Rollback window" only says when) and the phase has steps before it. The step
 * moves, whole, to a rollback phase of its own name. Only where nothing else names the rollback. Null:
 * none.
 */
export function rollbackStep(phases: TParsedPhase[]): TParsedRunbook["rollback"] {
  /** The phase's last step moved to a rollback phase named `title` (by default, the step's own). */
  const take = (phase: TParsedPhase, title?: string) => {
    const step = phase.steps.at(-1) as TParsedPhase["steps"][number];
    phase.steps = phase.steps.slice(0, -1);
    const name = title ?? step.title;
    return onePhaseRollback(name, { steps: [step] });
  };
  const last = phases.at(-1);
  const step = last?.steps.at(-1);
  const title = cleanLabel(step?.title ?? "");
  // (what the step is about is said by its lead — "To roll back: engines first, then the API. Only touch the schema if the
  // notes say …" is the rollback, whatever its sentences go on to name: 1471; "Rollback/forward-fix theo runbook" names a
  // choice to make by another document, no way back of its own: 1047)
  // (named by that lead where its whole text would not read back as a rollback's name: "To roll back")
  if (last && step && last.steps.length >= 2 && ROLLBACK_WORD_RE.test(title) && !ROLLBACK_ABOUT_RE.test(leadOf(title)) && !FIX_FORWARD_RE.test(title))
    return take(last, ROLLBACK_ABOUT_RE.test(title) ? leadOf(step.title).trim() : undefined);
  // (any phase's last step that says what to do when it fails by rolling back: "5. 如失败 `helm rollback` + PITR。",
  // "If it fails, roll back with `helm rollback`")
  const failing = phases.find((phase) => {
    const t = cleanLabel(phase.steps.at(-1)?.title ?? "");
    return phase.steps.length >= 2 && FAILURE_LEAD_RE.test(t) && HAS_ROLLBACK_WORD_RE.test(t);
  });
  if (failing) return take(failing);
  // (any phase's last step labelled as the rollback: "6. Rollback plan: flip DNS back to the legacy host.")
  // (named by its label, as a section of that name would be)
  /** A step title's label ("6. Rollback plan: flip DNS back" → "Rollback plan"); "" when it has none. */
  const labelOf = (title: string | undefined) => (/^([^:：]{1,40})[:：]\s*\S/u.exec(title ?? "")?.[1] ?? "").trim();
  for (const phase of phases) {
    const step = phase.steps.at(-1);
    const label = labelOf(step?.title);
    // (its gloss in brackets aside: "8. **回滚**（如有问题）：停止项目 → …" — rollback, if there is a problem: 1537)
    const name = unglossed(cleanLabel(label));
    // (a label the step before carries too is its sub-section's name, set on each of its steps — "Restore (PITR): Re-point
    // the host" / "Restore (PITR): Decommission the old instance" of a restore runbook's "### Restore (PITR)", the work that
    // the sections' test kept as work —, not the last step's own: 2547, set 213)
    const isSectionName = label !== "" && labelOf(phase.steps.at(-2)?.title) === label;
    if (phase.steps.length >= 2 && !isSectionName && ROLLBACK_RE.test(name) && !ROLLBACK_ABOUT_RE.test(name)) return take(phase, label);
    // (or named the rollback whole, its text the way back: "4. **Rollback plan:**" over "FastAPI can be restored to primary
    // DNS within 5 minutes" — the cut-over phase's last step, before the retirement phase: 1848, both counters; not a
    // restore, which in a restore runbook is its work)
    const whole = unglossed(cleanLabel(step?.title ?? ""));
    // (not a table of symptoms under the time of a failure — "문제가 생기면" over "| 증상 | 조치 |" — whose remedies name no
    // rollback: troubleshooting, as the section's own test reads it; 2919, set 244, both counters)
    const isSymptoms = step !== undefined && isSymptomTableText(step.text) && !namesWayBack(step.text);
    // (or its name before the case it is for: "**Revenir à la version précédente** si une mise à jour pose problème :" — CASE_TAIL_RE;
    // the rollback then named "Rollback", a name its export reads back by)
    const namedBeforeCase = !ROLLBACK_RE.test(whole) && ROLLBACK_RE.test(beforeCase(whole));
    const isNamed = (ROLLBACK_RE.test(whole) || namedBeforeCase) && !RESTORE_NAME_RE.test(whole) && !ROLLBACK_ABOUT_RE.test(whole) && !isSymptoms;
    if (phase.steps.length >= 2 && step && isNamed && step.text.trim() !== "") return take(phase, namedBeforeCase ? "Rollback" : undefined);
    // (or a sentence of the rollback's word alone in its title, after a caution: "**Production write — the operator runs
    // it.** Rollback. It stages the removal of the archive variables …:" over its fence — 2767, set 232, both counters)
    if (phase.steps.length >= 2 && step && step.text.trim() !== "" && ROLLBACK_SENTENCE_RE.test(step.title)) return take(phase, "Rollback");
  }
  return null;
}
/** A sentence that is the rollback's word alone, after another: "… runs it. Rollback. It stages …". */
const ROLLBACK_SENTENCE_RE = /[.!?]\s+(?:rollback|roll[\s-]?back|revert)\.\s+\S/iu;
/**
 * A verb of going back, in the corpus's languages, as the value of a case of failure ("**Si una versión sale mal**: `ssh …
 * /srv/clt4bp/regresar.sh`" — if a release goes wrong, run the go-back script: 5599, set 468, both counters' rollback).
 */
const GOES_BACK_VERB_RE = /(?<![\p{L}])(?:regres(?:ar|a|e|en)|volver|voltar|revenir|zur[üu]ck(?:gehen|kehren|setzen|rollen))(?![\p{L}])/iu;
/**
 * Whether `label` names the case of failure and `value` goes back there — by a rollback word or a verb of going back — without
 * fixing forward or saying there is no way back ("**If this fails:** roll back to …", "**Si una versión sale mal**: … regresar.sh").
 */
const failureGoesBack = (label: string, value: string) =>
  FAILURE_LABEL_RE.test(label) && (HAS_ROLLBACK_WORD_RE.test(value) || GOES_BACK_VERB_RE.test(value)) && !FIX_FORWARD_RE.test(value) && !NO_ROLLBACK_RE.test(value);
/** A sentence that puts something back for the case of rolling back: "Restore the preserved old configuration and image together if rolling back." */
const IF_ROLLING_BACK_SENTENCE_RE =
  /(?:^|[.!?]\s+)(?:restore|revert|redeploy|re-?deploy|re-?point|point|switch|put|bring)\b[^.!?\n]{3,120}?\b(?:if|when)\s+(?:(?:you|we)\s+)?(?:(?:need|have|must|want)\s+to\s+)?(?:rolling\s+back|roll(?:ed)?\s+back|reverting)\b[^.!?\n]{0,40}[.!]?\s*$/iu;
/** A finite verb that makes a label a sentence ("Rollback restores are rare", "Rollback has been tested"). */
const SENTENCE_VERB_RE = /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|must|should|may|might|does|do|did)\b/i;
/** A title's lead: its words before the first colon, full stop, semicolon, comma, dash or bracket ("To roll back: engines first …" → "To roll back"). */
const leadOf = (title: string) => /^[^:：.;,，。；—–(（]{0,80}/u.exec(title)?.[0] ?? title;
/** A step that opens with the case of failure ("If it fails", "If the new image fails to start", "On failure", "如失败", "失敗した場合", "실패 시", "Si falla", "Bei Fehler"). */
// ("If this release fails", and the case of a named thing going wrong in Spanish and Portuguese: "Si una versión sale mal", "Se a
// versão der errado" — 5599, set 468)
const FAILURE_LEAD_RE =
  /^(?:if (?:it|this|that|anything|something|(?:the|this|that) (?:[\p{L}-]+ ){0,2}[\p{L}-]+) (?:fails|breaks|goes wrong)|on failure|upon failure|in case of (?:failure|errors?|problems?)|如(?:果)?失败|失败(?:时|则|后)|若失败|失敗(?:した場合|時|したら)|실패(?:\s*시|하면)|si (?:falla|échoue|echoue)|se falhar|si (?:una|un|la|el|algo|alguna|alguno)\s+(?:[\p{L}-]+\s+){0,2}?(?:sale|va) mal|se (?:a|o|uma|um|algo)\s+(?:[\p{L}-]+\s+){0,2}?(?:der errado|correr mal|falhar)|en cas d'[ée]chec|bei (?:fehler|fehlschlag)|falls (?:es )?fehlschl[äa]gt)/iu;
/** A label for the case of failure: "Failure mode", "If it fails", "If this step fails", "On failure", "Bei Fehler", "Si falla", "失败时". */
const FAILURE_LABEL_RE = new RegExp(
  String.raw`^(?:failure(?:\s+(?:mode|case|path|handling))?|if (?:this|it|that|the [\p{L}-]+(?: [\p{L}-]+)?)(?: step)? fails|if (?:the |any |either |any of the |one of the )?(?:steps?|checks?|tests?|verifications?|smoke tests?) [\p{N}]{1,2}(?:(?:\s*,\s*|\s+(?:or|and)\s+)[\p{N}]{1,2})*\s+fails?|if (?:the |any (?:of the )?)?(?:checks|tests|smoke tests|verifications) fail|on failure|upon failure|${FAILURE_LEAD_RE.source.replace(/^\^/, "")})$`,
  "iu",
);
/** Whether `node` is, or holds at any depth (list items, block quotes), a block for which `test` holds. */
function someBlock(node: TBlock, test: (block: TBlock) => boolean): boolean {
  if (test(node)) return true;
  const children = (node as { children?: unknown }).children;
  return Array.isArray(children) && children.some((c) => someBlock(c as TBlock, test));
}
/** Whether `node` is, or holds at any depth, a paragraph whose text `re` matches from its start. */
const someParagraph = (doc: Doc, node: TBlock, re: RegExp) => someBlock(node, (b) => b.type === "paragraph" && re.test(doc.block(b).trim()));
/**
 * An opening that says there is no way back ("A failover cannot be rolled back.", "There is no rollback.", "Rollback is
 * not possible", "此操作无法回滚"; its subject in up to six words, the verb quoted or not: 'Cloudflare Universal SSL cannot
 * be "rolled back"', "It is not possible to roll back …"): a rollback section written to say so holds no procedure (1184,
 * 1260, both counters). Not one that names the way back it leaves ("There is no rollback beyond \"redirect DNS back to the
 * old host\"": 2178, set 182 — that is the rollback). Under the rollback's own name, "There is none for step 3." says so too
 * (3094, set 259, both counters: the way back is a failback with its own runbook).
 */
const NO_WAY_BACK_RE =
  /^(?:\*\*|__)?(?:there\s+is|there['’]s)\s+none\b|^(?:\*\*|__)?(?:(?:an?|the|this|that|our)\s+)?(?:[\p{L}\p{N}/.-]+\s+){0,5}(?:cannot|can ?not|can['’]t)\s+be\s+["“'‘]?(?:rolled back|undone|reverted|reversed)\b|^(?:\*\*|__)?(?:it\s+is|it['’]s)\s+(?:not\s+possible|impossible)\s+to\s+(?:roll\s*back|undo|revert|reverse)\b|^(?:\*\*|__)?no\s+(?:rollback|roll-?back|undo)\s+is\s+(?:possible|available)\b|^(?:\*\*|__)?there\s+is\s+no\s+(?:rollback|roll-?back|way back|undo)\b(?![^.;:]{0,20}?\b(?:beyond|except|other\s+than|apart\s+from|besides|save|short\s+of|but)\b)|^(?:\*\*|__)?(?:a\s+)?(?:rollback|roll(?:ing)?[\s-]?back|reverting|undoing)(?:\s+\S+){0,3}\s+is\s+(?:not possible|impossible|not supported|not an option)\b|^(?:\*\*|__)?(?:this|the)\s+(?:[\p{L}-]+\s+){0,2}is\s+(?:irreversible|not reversible|one-way)\b|^[^。.]{0,20}(?:无法|不能|不可)回滚|^[^。.]{0,20}ロールバック(?:は)?できない|^[^.]{0,20}롤백(?:은|이)?\s*(?:불가|할 수 없)/iu;
/** A rollback's name saying there is none, after a dash, a colon or in brackets ("Rollback — there isn't one", "Rollback: none", "Rollback (n/a)"). */
const NONE_IN_NAME_RE =
  /(?:\s[-–—]\s|[:：]\s*|[(（])\s*(?:there\s+is(?:n['’]t|\s+not|\s+no)(?:\s+(?:one|any))?|there['’]s\s+(?:none|no\s+(?:one|rollback))|none|n\/a|not\s+(?:possible|available|applicable)|no\s+(?:rollback|roll-?back|way\s+back))\s*[)）]?\s*$/iu;
/**
 * A rollback section's whole text saying there is nothing to do: "N/A (read-only operation)", "None — this runbook changes
 * nothing.", "Not applicable: …", "No aplica", "Keiner" — a short paragraph opening with NO_ROLLBACK_RE's words, no way
 * back told after them (2380, set 199).
 */
const isNothingToRollBack = (text: string) =>
  text.length <= 120 &&
  (NO_ROLLBACK_RE.test(text) || /^(?:no\s+aplica|n[ãa]o\s+se\s+aplica|sans\s+objet|entf[äa]llt)\b/iu.test(text)) &&
  !HAS_ROLLBACK_WORD_RE.test(text) &&
  !PUTS_BACK_RE.test(text);
/** A rollback's text that only says when to roll back: prepared "before … if", "Trigger … if/when", "Acionar se …". */
const CONDITIONS_ONLY_RE = new RegExp(
  String.raw`^(?:\*\*|__)?(?:${[
    String.raw`(?:a\s+|the\s+)?(?:rollback|roll[\s-]?back)\s+(?:must|should|needs to)\s+be\s+(?:prepared|ready|possible)\b`,
    String.raw`(?:trigger|initiate|start|acionar|accionar|activar|iniciar|d[ée]clencher|ausl[öo]sen)\b[^.:]{0,40}?\b(?:if|when|whenever|se|si|quando|cuando|wenn|falls)\b`,
  ].join("|")})`,
  "iu",
);
/**
 * A label saying to roll back if any of the cases listed under it happen ("Rollback immediately if any of these happen:"
 * over "app does not load", "login fails" …: 2320, set 194, its counter's no rollback; "Rollback if:" — 2359, set 198;
 * "Revertir si ocurre alguno de estos casos:", "出现以下任一情况立即回滚："): when, not how. Not a rollback told for one case
 * ("Roll back if the deploy breaks checkout:").
 */
const CASES_LISTED_RE = new RegExp(
  String.raw`^(?:\*\*|__)?(?:${[
    // (a rollback word, then the case of any of the cases listed: "if any of these", "wenn einer der folgenden", "si
    // ocurre alguno de estos", "se qualquer um destes", "si l'un des cas suivants")
    String.raw`(?:[\p{L}-]+\s+){0,2}?(?:roll[\s-]?back|revert(?:ir)?|reverter|back\s+out|abort|zur[üu]ckrollen|revenir\s+en\s+arri[eè]re)\b[^.:：]{0,30}?\b(?:(?:if|when|whenever|should|upon|on)\s+(?:(?:any|one|either|some)\s+(?:[\p{L}-]+\s+)?of\s+(?:these|those|them|the\s+following|the\s+below|below)|the\s+following\b)|(?:wenn|falls)\s+(?:eine[rsnm]?\s+der\s+folgenden|folgendes)|si\b[^.:]{0,20}?\b(?:alguno|alguna|cualquiera|uno|una)\s+de\s+(?:estos|estas|los\s+siguientes|las\s+siguientes)|se\b[^.:]{0,20}?\b(?:qualquer\s+um|qualquer\s+uma|algum|alguma)\s+(?:destes|destas|dos\s+seguintes|das\s+seguintes)|si\s+(?:l['’]une?|une?)\s+des\s+[\p{L}]+\s+suivant)`,
    // (or a label that ends on the case, the cases listed under it: "Rollback if:", "Roll back when:", "Revertir si:",
    // "Откатываться, если:" — 2359, set 198)
    String.raw`(?:[\p{L}-]+\s+){0,2}?(?:roll[\s-]?back|revert(?:ir)?|reverter|back\s+out|abort|zur[üu]ckrollen|откат\p{L}*)(?:[\s,]+[\p{L}-]+){0,2}?[\s,]+(?:if|when|whenever|wenn|falls|si|se|quando|cuando|если|когда)\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?$`,
    // ("出现以下任一情况立即回滚", "以下のいずれかが起きたらロールバック": the cases first, the rollback after)
    String.raw`(?:出现|发生|遇到|如果出现|若出现|如出现)?以下(?:任一|任何|任意|的)?(?:情况|情形|条件|问题)[^：:]{0,12}(?:回滚|回退|回滾)`,
    String.raw`以下のいずれか[^：:]{0,20}(?:ロールバック|切り戻)`,
  ].join("|")})`,
  "iu",
);
/** A section on authoring a migration ("Creating a New Migration", "Write the migration", "Generating a Migration File"). */
// (and the conventions for writing them, in the corpus's languages: "## 4. Convenciones para nuevas migraciones" after a
// migration guide's apply steps — 2657, set 222 —, "Conventions for new migrations", "Crear una nueva migración", "Neue
// Migration erstellen", "新建迁移", "マイグレーションの作成")
export const MIGRATION_AUTHORING_RE =
  /^(?:how to |to )?(?:create|creating|write|writing|generate|generating|add|adding|author|authoring)\s+(?:a\s+|the\s+)?(?:new\s+)?(?:[\p{L}-]+\s+)?migrations?(?:\s+(?:files?|versions?|scripts?))?$|^(?:conventions?|guidelines|rules|best practices)\s+(?:for|on)\s+(?:new\s+|writing\s+)?migrations?$|^(?:convenciones|reglas|pautas)\s+(?:para|de)\s+(?:(?:las\s+)?nuevas\s+)?migraciones$|^(?:conven[çc][õo]es|regras)\s+(?:para|de)\s+(?:(?:as\s+)?novas\s+)?migra[çc][õo]es$|^(?:crear|criar|escribir|escrever|cr[ée]er|[ée]crire)\s+(?:una\s+|uma\s+|une\s+)?(?:nueva\s+|nova\s+|nouvelle\s+)?migra(?:ci[óo]n|[çc][ãa]o|tion)$|^(?:neue\s+)?migration\s+(?:erstellen|anlegen|schreiben)$|^(?:新建|创建|添加|编写|新增)(?:数据库)?迁移(?:文件|脚本)?$|^(?:新しい)?マイグレーション(?:ファイル)?の?(?:作成|追加)$|^(?:새\s*)?마이그레이션\s*(?:작성|생성|추가)$/iu;
/** Text that says to go on rather than back ("Fix forward with a new migration", "roll forward"). */
/** A line of a policy, not a step: "Do not …", "Never …", "Prefer …", "Avoid …", "Document …", "Always …". */
const POLICY_LINE_RE = /^(?:do\s+not|don[’']t|never|prefer|avoid|document|always|must not)\b/i;
/** The lines a section's blocks say: each paragraph, and each list item's first paragraph, without emphasis marks. */
const linesOf = (doc: Doc, body: TBlock[]): string[] =>
  body
    .flatMap((b): TBlock[] =>
      b.type === "paragraph" ? [b] : b.type === "list" ? b.children.flatMap((item) => (item.children[0]?.type === "paragraph" ? [item.children[0]] : [])) : [],
    )
    .map((b) => doc.block(b).replace(/[*_]/g, "").trim());
const FIX_FORWARD_RE = /\b(?:(?:fix|roll)(?:ing)?[\s-]?forward|forward[\s-]?fix(?:es|ing)?)\b/i;
/** A section named for the case of failure ("If it fails", "When things go wrong", "失敗したとき", "Em caso de falha"): a "when" form, or FAILURE_LEAD_RE as the whole name. */
/**
 * A section named for handling a failure ("Failure handling", "Handling deployment failures"): the rollback where it
 * holds the command that rolls back (954's `wrangler rollback` fence), not where it only says where that is told (742).
 */
const FAILURE_HANDLING_RE =
  /^(?:(?:(?:deploy(?:ment)?|release|migration|upgrade|rollout)\s+)?failure\s+(?:handling|recovery|procedure|response)|handling\s+(?:(?:deploy(?:ment)?|release|migration|upgrade|rollout)\s+)?failures?)$/i;
const FAILURE_SECTION_RE = new RegExp(
  String.raw`^(?:(?:when|if) (?:it|this|that|anything|something|things|(?:the |a |an )?[\p{L}-]+(?: [\p{L}-]+)?) (?:fails?|breaks? (?:something|anything)|breaks?|go(?:es)? wrong)|失敗(?:したとき|した時|時の(?:対応|復旧|手順))|失败(?:时|後|后)(?:的)?(?:处理|恢复|回退)|실패\s*시\s*(?:대응|복구|조치)|em caso de (?:falha|erro)|en caso de (?:fallo|falla|error)|wenn (?:es|etwas) (?:fehlschl[äa]gt|schiefgeht)|falls etwas schief(?:geht|l[äa]uft)|si algo (?:sale|va) mal|si algo falla|se algo (?:der|deu|correr) errado|se algo falhar|si quelque chose (?:tourne mal|[ée]choue)|en cas d['’][ée]chec)$|(?:${FAILURE_LEAD_RE.source})$`,
  "iu",
);

/** "Cuando algo falla", "Quand quelque chose échoue", "Quando algo falha": the case of failure led by "when", in the Romance languages. */
const WHEN_SOMETHING_FAILS_RE =
  /^(?:cuando (?:algo|las cosas) (?:falla|fallan|sale mal|salen mal|va mal|van mal)|quand (?:quelque chose|[çc]a) (?:[ée]choue|tourne mal|casse)|quando (?:algo|alguma coisa) (?:falha|falhar|d[áa] errado|der errado|corre mal|correr mal|sai mal|sair mal)|wenn (?:etwas|was) (?:kaputtgeht|nicht funktioniert))$/iu;
/**
 * Whether a section named for the case of failure ("## 9. Cuando algo falla", "## When something goes wrong"), made of two or
 * more cases of its own ("### El contenedor no arranca", "### nginx responde 502"), whose text puts nothing back, is
 * troubleshooting: reference to look things up in, not a phase of the work nor the way back (2540, set 213, both counters;
 * the rollback's side of the same test is findSetAsideSections's isTroubleshootingCase). `name` is cleanLabel'd; `cases`
 * gives the count of its sub-headings and `text` its body, read only when the name is a failure's.
 */
export function isTroubleshootingByCases(name: string, cases: () => number, text: () => string): boolean {
  return (FAILURE_SECTION_RE.test(name) || WHEN_SOMETHING_FAILS_RE.test(name)) && !HAS_ROLLBACK_WORD_RE.test(name) && cases() >= 2 && !PUTS_BACK_ANY_RE.test(text());
}

/** Every table among `blocks`, at any depth (list items, block quotes), in document order. */
function tablesIn(blocks: TBlock[]): Table[] {
  const tables: Table[] = [];
  const visit = (node: unknown) => {
    if (typeof node !== "object" || node === null) return;
    const n = node as { type?: string; children?: unknown[] };
    if (n.type === "table") tables.push(node as Table);
    else if (Array.isArray(n.children)) for (const c of n.children) visit(c);
  };
  for (const b of blocks) visit(b);
  return tables;
}

/**
 * The rollback as a row of a table (issue 16: "rollback under any name and level"; "| **Rollback** | Restores a previous
 * deployment's Docker image |" among a deploy guide's post-deploy actions: 3000, set 251, both counters): the first row,
 * anywhere among `blocks`, whose first cell is the rollback's name (ROLLBACK_RE, not ROLLBACK_ABOUT_RE) and whose second
 * says how — not empty, not "none", not a pointer to another document ("Automatic on failure; manual via
 * [rollback.md](rollback.md)": 393, its counter's no rollback). One rollback phase of one manual step, "Rollback: <how>";
 * the table stays where it is (its phase's notes). Only where nothing else names the rollback. Null: none.
 */
export function rollbackRow(doc: Doc, blocks: TBlock[]): TParsedRunbook["rollback"] {
  for (const table of tablesIn(blocks)) {
    const [header, ...rows] = table.children;
    // (not a table of the checks before a go-live — "| 检查项 | Go 证据 |" over "| 回退 | 已计算最晚回退时间 … |": 1235, its
    // counter's no rollback — nor of measures, "| Restore | 3.8 s |" of a drill: 2672)
    const headerText = header ? header.children.map((_, k) => cellText(doc, header, k)).join(" ") : "";
    if (GATE_HEADER_RE.test(headerText)) continue;
    for (const row of rows) {
      if (row.children.length < 2) continue;
      const name = cleanLabel(cellText(doc, row, 0));
      if (!ROLLBACK_RE.test(name) || !HAS_ROLLBACK_WORD_RE.test(name) || ROLLBACK_ABOUT_RE.test(name)) continue;
      const how = collapse(cellText(doc, row, 1));
      if (EMPTY_CELL_RE.test(how) || NO_ROLLBACK_RE.test(how) || sendsToDocument(how) || DOCUMENT_REFERENCE_RE.test(how)) continue;
      return onePhaseRollback(name, { steps: [manualStep(`${name}: ${how}`)] });
    }
  }
  return null;
}

/** A table header naming checks, criteria or evidence (a go / no-go gate), not actions: "| 检查项 | Go 证据 |", "| Criterion | Status |". */
const GATE_HEADER_RE =
  /\b(?:checks?|criteria|criterion|conditions?|evidence|gates?|status|readiness|go\/no-go)\b|检查|條件|条件|证据|證據|标准|門檻|门槛|チェック|確認項目|점검|조건|기준/iu;

/** A cell that says there is nothing to do ("—", "n/a", "none", "-"). */
const EMPTY_CELL_RE = /^(?:[-–—‐/.\s]*|n\/?a|none|nothing|keine?|ninguno|nenhum|aucun|无|なし|없음)$/i;

/**
 * The rollback as a column of a step table (issue 16: "rollback under any name and level"; a
 * cut-over plan's "| # | Step | Exit check | Rollback |"): the first table, anywhere among `blocks`,
 * with a column named the rollback (ROLLBACK_RE / ROLLBACK_WORD_RE, not ROLLBACK_ABOUT_RE) and two or
 * more rows that say how to undo their step. One rollback phase named by the column, one manual step
 * per such row, in the table's order: "Step 2 (Provision staging): Delete staging." The table itself
 * stays where it is (its phase's notes). Only where nothing else names the rollback. Null: none.
 */
export function rollbackColumn(doc: Doc, blocks: TBlock[], isRestoreRunbook = false): TParsedRunbook["rollback"] {
  for (const table of tablesIn(blocks)) {
    const [header, ...rows] = table.children;
    if (!header || rows.length < 2) continue;
    const names = header.children.map((_, k) => cleanLabel(cellText(doc, header, k)));
    const col = names.findIndex((name, k) => k > 0 && name.length <= 40 && (ROLLBACK_RE.test(name) || ROLLBACK_WORD_RE.test(name)) && !ROLLBACK_ABOUT_RE.test(name));
    if (col < 0) continue;
    // (not a restore column beside a backup column: "| Platform | Backup | Restore |" over the scripts of each — a table of
    // what backs up and what restores, the runbook's own two procedures, no undo of a step: 2741, set 229)
    if (RESTORE_NAME_RE.test(names[col] ?? "") && names.some((name, k) => k !== col && BACKUP_NAME_RE.test(name))) continue;
    // (nor, in a runbook whose work is a restore, a "Restore path" column of what restores each component — the runbook's own
    // work: 5854, set 489, both counters no rollback)
    if (isRestoreRunbook && RESTORE_NAME_RE.test(names[col] ?? "")) continue;
    // the row's step: its number or first cell, and its action (the first other column that is not the rollback)
    const action = names.findIndex((_, k) => k > 0 && k !== col);
    const steps = rows.flatMap((row) => {
      const undo = collapse(cellText(doc, row, col));
      if (EMPTY_CELL_RE.test(undo)) return [];
      const first = collapse(cellText(doc, row, 0));
      const what = action > 0 ? (collapse(cellText(doc, row, action)).split(/\s+[—–-]\s+/)[0] ?? "") : "";
      const label = /^\d+[.)]?$/.test(first) ? `Step ${first.replace(/[.)]$/, "")}` : first;
      const name = [label, what && what !== label ? `(${what.length > 60 ? `${what.slice(0, 59).trimEnd()}…` : what})` : ""].filter(Boolean).join(" ");
      return [manualStep(name ? `${name}: ${undo}` : undo)];
    });
    if (steps.length < 2) continue;
    const title = collapse(cellText(doc, header, col));
    return { title, phases: [{ ...emptyPhase(title), steps }] };
  }
  return null;
}

/**
 * The sections set aside from the main phases, in document order: the rollback procedure — under any of its names
 * and at any level (issue 16: "Rollback", "Back-out plan", "Revert", a rollback subsection inside a phase, a
 * recovery section that puts the change back, a failure section that rolls back, a rollback label over a list) with
 * the triggers before it and the follow-up after it — and the sign-off sheet. `blocks` are the document's top-level
 * blocks, `allHeads` its headings and pseudo-headings, `ends[k]` the block where heading k's section ends, `consumed`
 * the blocks already taken (the title, the summary). Also says whether the runbook is itself a rollback plan or a
 * restore, which decides what its rollback-like sections are. Pure: `doc.warnings` gets a line where a rollback
 * section says there is no way back or only points elsewhere.
 */
export function findSetAsideSections(
  doc: Doc,
  blocks: TBlock[],
  allHeads: THead[],
  ends: number[],
  consumed: boolean[],
  title: string,
): { candidates: TSetAside[]; isRollbackRunbook: boolean; isRestoreRunbook: boolean } {
  const candidates: TSetAside[] = [];
  // a runbook that is itself a rollback ("Rollback Runbook"): its "Rollback steps" are its procedure
  // (its name before a subtitle counts: "🔁 Rollback Plan | Oracle & MySQL to Aurora Migration")
  // (any part of a title split by dashes, its gloss aside, and a rollback of one named thing: "Runbook — Rollback de deploy
  // (produção)", a rollback runbook whose sections are its paths back — 2772, set 232)
  const titleParts = [cleanLabel(title), ...cleanLabel(title).split(/\s+[|–—]\s+/)].map((t) => unglossed(t));
  const isRollbackRunbook = titleParts.some((t) => ROLLBACK_RUNBOOK_TITLE_RE.test(t) || ROLLBACK_OF_RE.test(t));
  // a runbook whose work is a restore ("Database Restore Guide"): its "Restore Procedures" are its procedure
  // (not one named for a release or deployment beside its recovery — "Oracle release and recovery runbook", "持久化后端部署、切换与恢复":
  // the release is its work, and its "## Rollback and database recovery" the way back from it; 2300, set 193, and 2021)
  const isRestoreRunbook = RESTORE_RUNBOOK_TITLE_RE.test(title) && !RELEASE_BESIDE_RECOVERY_RE.test(title);
  // ("## 4. Rollback of Erroneous Prisma Migration" in a restore runbook: undoing a bad migration, by a restore or
  // `prisma migrate resolve`, is a procedure of its own beside the restore — no way back from the restore itself;
  // 1003, 1029: both counters of each counted no rollback. In a deploy runbook, "Rollback de Migración" is its own.)
  // ("## Recovery and rollback" of a backup and restore runbook: the restore, and the target it keeps to go back to — the
  // runbook's own work, 1161 both counters)
  const isMigrationRollbackAside = (name: string) => isRestoreRunbook && (MIGRATION_ROLLBACK_RE.test(name) || RECOVERY_AND_ROLLBACK_RE.test(name));
  // ("## Mitigation & Rollback", "4) Remediation / Rollback" of an incident runbook: rolling back the cause is how the
  // incident is mitigated, the work itself — no rollback of the runbook's own)
  const isIncidentMitigation = (name: string) => INCIDENT_TITLE_RE.test(title) && MITIGATION_BESIDE_RE.test(name);
  // ("### 4. Migration Rollback" among an incident or failover runbook's numbered actions — "If a recent migration caused
  // the issue: create a rollback migration …": rolling one thing back is a remedy of the incident, 1221 both counters)
  const isIncidentRemedy = (h: THead, name: string) =>
    INCIDENT_TITLE_RE.test(title) && h.parts.number !== null && (ROLLBACK_OF_RE.test(name) || ROLLBACK_TARGET_RE.test(name) || OBJECT_ROLLBACK_RE.test(name));
  let coveredUntil = -1;
  // "Rollback de Patch" (rolling back one object) is the rollback only where no section is named the rollback
  /** A heading's name without what enumerates it ("D. Rollback", "Procedimento 3: Rollback de Patch", "Cas 4 — Rollback"). */
  const nameOf = (h: THead) =>
    cleanLabel(h.parts.title)
      .replace(/^[a-z]\.\s+/, "")
      .replace(PROCEDURE_NUMBER_RE, "");
  // (a sub-section of that one, "## Rollback de Migration" › "### Se algo der errado:", is part of it, not another name)
  /** The heading that holds the one at `k` (the nearest before it at a higher level whose section runs past it); null: none. */
  const parentOf = (k: number): THead | null => {
    const h = allHeads[k] as THead;
    for (let j = k - 1; j >= 0; j--) {
      const g = allHeads[j] as THead;
      if (g.isPseudo || g.level >= h.level) continue;
      return (ends[j] ?? blocks.length) > h.index ? g : null;
    }
    return null;
  };
  const isInsideRollbackOf = (k: number) => {
    const h = allHeads[k] as THead;
    for (let j = k - 1; j >= 0; j--) {
      const g = allHeads[j] as THead;
      if (g.isPseudo || g.level >= h.level) continue;
      if ((ends[j] ?? blocks.length) <= h.index) break;
      return ROLLBACK_OF_RE.test(nameOf(g)) || ROLLBACK_TARGET_RE.test(nameOf(g));
    }
    return false;
  };
  /** The text under the heading at block `head`, up to block `end`. */
  const bodyText = (head: number, end: number) =>
    blocks
      .slice(head + 1, end)
      .map((b) => doc.block(b))
      .join("\n");
  /**
   * The first section, at any level, not yet taken and after what the rollback already covers, whose heading (`h`, its cleaned
   * `name`) and text (`body`, read only when asked) pass `test`: taken as the rollback candidate, whole.
   */
  const takeFirstAsRollback = (test: (h: THead, name: string, body: () => string) => boolean) => {
    const at = allHeads.findIndex((h, j) => {
      if (h.isPseudo || consumed[h.index] || h.index < coveredUntil) return false;
      let text: string | null = null;
      return test(h, cleanLabel(h.parts.title), () => (text ??= bodyText(h.index, ends[j] ?? blocks.length)));
    });
    const h = allHeads[at];
    if (h) candidates.push({ head: h, kind: "rollback", start: h.index, end: ends[at] ?? blocks.length });
  };
  // ("## 🚨 En Caso de Problemas" over "### El contenedor no está corriendo:" / "### Error de permisos:", each a fix: a
  // section named by the case of failure alone, made of cases of its own, whose text puts nothing back is
  // troubleshooting, not the way back — 1605; "**If the release is broken:**" over "1. Yank the version." is one procedure)
  const isTroubleshootingCase = (h: THead, k: number, name: string) => {
    const isTimeOfFailure = FAILURE_TIME_RE.test(name) || FAILED_WORK_RE.test(name);
    if (!isTimeOfFailure && (!CASE_LEAD_RE.test(name) || HAS_ROLLBACK_WORD_RE.test(name))) return false;
    const end = ends[k] ?? blocks.length;
    // (a table of symptoms and their remedies — "| Symptôme | Piste |" under "## En cas de problème", "| 증상 | 조치 |" under
    // "## 문제가 생기면" — is troubleshooting unless a remedy names the way back (namesWayBack): a remedy that restarts or
    // restores a file is no way back from the work (2912, 2919, set 244, both counters); "이전 배포로 되돌리기(Rollback)" and
    // "the previous one → Promote to Production" are one)
    // (and bullets of a symptom, an arrow and what to check — "- **Site is up but slow** → Check Sentry. …" under "## When
    // something goes wrong" after a go-live's numbered sections: 3965, set 331, both counters' no rollback — as such a table's rows)
    const rows =
      symptomRows(doc, blocks.slice(h.index + 1, end)) +
      bodyText(h.index, end)
        .split("\n")
        .filter((l) => SYMPTOM_ARROW_BULLET_RE.test(l)).length;
    // (a sub-heading repeating the section's own name — an export's "## Si algo falla" › "### Step 1: Si algo falla" — is no case
    // of its own: 5252, set 439, whose export read back its rollback from that sub-heading)
    const ownName = (g: THead) => nameOf(g) === name;
    const headings = allHeads.filter((g) => !g.isPseudo && g.level > h.level && g.index > h.index && g.index < end && !ownName(g)).length;
    if (rows >= 2 && headings === 0) return !namesWayBack(bodyText(h.index, end));
    // (a section named for the time of a failure — "## 障害時" — is the way back only where its text puts something back)
    if (isTimeOfFailure) return !PUTS_BACK_ANY_RE.test(bodyText(h.index, end));
    return headings + rows >= 2 && !PUTS_BACK_ANY_RE.test(bodyText(h.index, end));
  };
  /** Whether the heading before `k` at its level, under the same parent, names taking a snapshot, a dump or a backup. */
  const afterSnapshotSibling = (k: number) => {
    const h = allHeads[k];
    if (!h) return false;
    for (let j = k - 1; j >= 0; j--) {
      const g = allHeads[j];
      if (!g || g.isPseudo || g.level > h.level) continue;
      // (and a backup: "### Backups" then "### Restoring" under a database page's "## Production" — five numbered steps putting
      // an archive back — is the backup's other half, its counters' main work and no way back: 3726, set 311, both counters,
      // and 2760; 2136's "## Sicherung" then "## Wiederherstellung" was the way back to its one counter, doubtfully)
      // (not after a phase the document names as one — "## Phase 10: Backup Retention" of an export, then its rollback "## Restore
      // Procedure": a section after the phases, not that phase's other half)
      return g.level === h.level && (SNAPSHOT_NAME_RE.test(nameOf(g)) || (BACKUP_NAME_RE.test(nameOf(g)) && !g.parts.hasKeyword));
    }
    return false;
  };
  const hasNamedRollback = allHeads.some((h, k) => !consumed[h.index] && ROLLBACK_RE.test(nameOf(h)) && !isInsideRollbackOf(k));
  allHeads.forEach((h, k) => {
    if (consumed[h.index] || h.index < coveredUntil) return;
    // "D. Rollback", "5. Revert": a letter or number enumerating the section is not part of its name
    // ("Procedimento 3: Rollback de Patch": a procedure's number enumerates it too)
    const clean = nameOf(h);
    // "… (Rollback) Procedure …" after sections of work at its level; first at its level, it is the document's own procedure
    // (and a gloss that is itself the way back — "## Voltar versão (rollback manual)", "### 公開を取り消したい（直前の状態に戻す）",
    // to take the publication back (return to the state just before): 5809, set 485, and 5874, set 490, both counters)
    const gloss = /[(（]([^()（）]{2,40})[)）]$/u.exec(clean)?.[1]?.trim() ?? "";
    // (not a restore or a fallback as the gloss — "恢复（Restore）", "Manual Dump/Restore (Fallback)": 2162, 5327)
    const glossGoesBack =
      gloss !== "" &&
      !RESTORE_NAME_RE.test(gloss) &&
      !/fall[\s-]?back|restor|復元|恢复|恢復|还原|還原|복구|복원/iu.test(gloss) &&
      (ROLLBACK_RE.test(gloss) || /^(?:rollback|roll[\s-]?back)\s+(?:manual|manuel|manuell|manuale)$/iu.test(gloss));
    const isGlossed = (ROLLBACK_GLOSS_RE.test(clean) || glossGoesBack) && allHeads.slice(0, k).some((x) => !x.isPseudo && x.level === h.level && !consumed[x.index]);
    // "ロールバック（概要）", "Rollback (overview)": a short gloss in brackets after the name does not change it
    // ("Rollback (safety net, use if Stage 4 or post-swap smoke test breaks)": a gloss of any length, when the
    // name before it is the rollback's own)
    const unglossed = clean.replace(/\s*[(（][^()（）\d]{1,24}[)）]$/u, "");
    const bareName = clean.replace(/\s*[(（](?!\s*\d)[^()（）]{1,160}[)）]$/u, "");
    // ("### Stage 2 — Restore (no downtime)" between "Install" and "Verify": a stage of a dump-and-restore
    // move, numbered as the work's stages are — where "Stage 5 — Rollback" by its own word is the rollback)
    // (and "### 3. Restore" between "2. Communicate" and "4. Validate" of an incident or failover runbook: its recovery)
    // (and "### Restore" inside "## 💾 Backup & Restore" of a deployment guide: the backup's other half, putting its data
    // back — not a way back from the deployment: 1575)
    // (the parent looked for only where the name is a restore's: a walk back over the headings before it)
    const parent = RESTORE_NAME_RE.test(clean) ? parentOf(k) : null;
    const isBackupsRestore = parent !== null && BACKUP_NAME_RE.test(cleanLabel(parent.parts.title));
    // (and "### Restore" just after its sibling "### Snapshot" — a move's stages, "Preflight", "Snapshot", "Restore",
    // "Verify": the snapshot's other half, putting its data on the target — 2435, set 204, its counter's no rollback)
    const isSnapshotsRestore = RESTORE_NAME_RE.test(clean) && afterSnapshotSibling(k);
    // ("## 📞 Restaurar Backup (Por si acaso)" — restore the backup, just in case — closing a backup-before-migration runbook:
    // a restore kept for the case the work goes wrong is the way back, whatever the runbook's work — 1605)
    const isContingency = CONTINGENCY_RE.test(clean);
    // ("## If something goes wrong" of a disaster-recovery runbook — "the restore failed: nothing was changed, fix the cause
    // and repeat" —: in a runbook whose work is a restore, the case of failure is the restore's own, no way back from it, as
    // "If the restore fails" is — 2220, set 186; a name with a rollback word, "Rollback (If Restore Fails)", stays one: 1075)
    // (one whose text puts the previous back — "**If this fails:** redeploy the previous build" — is still the way back)
    const isRestoreFailure =
      isRestoreRunbook &&
      FAILURE_SECTION_RE.test(clean) &&
      !HAS_ROLLBACK_WORD_RE.test(clean) &&
      !/\b(?:previous|prior|last\s+known[\s-]good)\b/iu.test(bodyText(h.index, ends[k] ?? blocks.length));
    const isRestoreWork =
      isRestoreFailure ||
      ((isRestoreRunbook || isTierA(h) || (INCIDENT_TITLE_RE.test(title) && h.parts.number !== null) || isBackupsRestore || isSnapshotsRestore) &&
        RESTORE_NAME_RE.test(clean) &&
        !isContingency) ||
      isIncidentRemedy(h, clean);
    // ("EM CASO DE ERRO - Rollback Imediato": the name after a dash, the case it is for before it; "7. Rollback /
    // safety": the rollback and a topic beside it, neither about the other — "Rollback safety" alone is about it; in an
    // incident runbook, "4) Remediation / Rollback" beside the mitigation is that mitigation, the work itself: 1071)
    // ("⑥ 戻し方・初回の公開停止": a middle dot joins two topics as a spaced slash does)
    // ("## 6. Back door: instant rollback" closing a cut-over — its flag removed and the old system reopened: a name for the way
    // back, a colon, then the rollback's own name: 4830, set 403, both counters)
    // (the name after the colon, not before it: "## Fallback: kubectl-managed Secret" names another way to do the work, 2842; and
    // not after a phase's own enumeration — "## 3. Phase 0: restore" of a backup-and-restore runbook is its work, 2370)
    const parts = clean.split(/\s+[-–—|/]\s+|・/u);
    const afterColon = /^([^:：]{2,30})[:：]\s+(\S.*)$/u.exec(clean);
    const isMitigation = isIncidentMitigation(clean);
    const kind =
      (ROLLBACK_RE.test(clean) ||
        FAILED_WORK_RE.test(clean) ||
        ROLLBACK_RE.test(unglossed) ||
        ROLLBACK_RE.test(bareName) ||
        (parts.length === 2 && !isMitigation && parts.every((x) => ROLLBACK_RE.test(x) || !HAS_ROLLBACK_WORD_RE.test(x)) && parts.some((x) => ROLLBACK_RE.test(x))) ||
        (afterColon !== null &&
          !isMitigation &&
          ROLLBACK_RE.test(afterColon[2] ?? "") &&
          !HAS_ROLLBACK_WORD_RE.test(afterColon[1] ?? "") &&
          !ENUMERATOR_RE.test(afterColon[1] ?? "")) ||
        ((ROLLBACK_OF_RE.test(clean) || ROLLBACK_TARGET_RE.test(clean)) && !hasNamedRollback) ||
        (isContingency && RESTORE_NAME_RE.test(clean)) ||
        isGlossed) &&
      !isRollbackRunbook &&
      !isRestoreWork &&
      !isMigrationRollbackAside(clean) &&
      !isTroubleshootingCase(h, k, clean)
        ? "rollback"
        : // "### Phase 1: Approval" names a phase of the work, not the sign-off sheet
          SIGNOFF_RE.test(clean) && !isTierA(h)
          ? "signoff"
          : null;
    if (!kind) return;
    const end = ends[k] ?? blocks.length;
    candidates.push({ head: h, kind, start: h.index, end });
    coveredUntil = end;
  });
  // "## Rollback Triggers" just before the rollback section and "## Post-Rollback Follow-up" just
  // after it (siblings at its level) belong to the rollback procedure, not the main phases
  for (const c of candidates.filter((x) => x.kind === "rollback")) {
    const at = allHeads.findIndex((h) => h.index === c.start);
    const level = allHeads[at]?.level;
    const isSibling = (h: THead | undefined): h is THead => h !== undefined && !h.isPseudo && h.level === level && !consumed[h.index];
    const label = (h: THead) => cleanLabel(h.parts.title).replace(/^[a-z]\.\s+/, "");
    let start = c.start;
    for (let k = at - 1; k >= 0; k--) {
      const h = allHeads[k];
      if (h === undefined || h.isPseudo || (h.level > (level ?? 0) && h.index < start)) continue;
      if (!isSibling(h) || ends[k] !== start || !ROLLBACK_LEADIN_RE.test(label(h)) || candidates.some((x) => x.start === h.index)) break;
      candidates.push({ head: h, kind: "rollback", start: h.index, end: start, isAround: true });
      start = h.index;
    }
    let end = c.end;
    for (let k = at + 1; k < allHeads.length; k++) {
      const h = allHeads[k];
      if (h === undefined || h.index < end) continue;
      if (!isSibling(h) || h.index !== end || !ROLLBACK_FOLLOWUP_RE.test(label(h)) || candidates.some((x) => x.start === h.index)) break;
      const next = ends[k] ?? blocks.length;
      candidates.push({ head: h, kind: "rollback", start: h.index, end: next, isAround: true });
      end = next;
    }
    // (and when to roll back, told after the rollback with other sections between: "## G. Backout criteria (decide BEFORE
    // launch)" — "Roll back immediately if, within the first hour: …" — after a go-live's "## E. Rollback" and "## F. Incident
    // response": 3928, set 328, both counters' four phases at most, the criteria no phase of work)
    for (let k = at + 1; k < allHeads.length; k++) {
      const h = allHeads[k];
      const name = h ? unglossed(label(h)) : "";
      if (h === undefined || h.index < end || !isSibling(h) || !ROLLBACK_LEADIN_RE.test(name) || !HAS_ROLLBACK_WORD_RE.test(name)) continue;
      if (candidates.some((x) => x.start <= h.index && h.index < x.end)) continue;
      candidates.push({ head: h, kind: "rollback", start: h.index, end: ends[k] ?? blocks.length, isAround: true });
    }
  }
  candidates.sort((a, b) => a.start - b.start);
  // a "Sign-Off" section none of whose lines reads as a role ("- [ ] Release closed: ____ (Date: ____)")
  // is no sign-off sheet: its checkboxes stay tickable, as any section's, rather than text
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k];
    if (c?.kind !== "signoff") continue;
    const body = blocks.slice(c.start + 1, c.end);
    if (body.some((b) => hasCheckbox(doc, b)) && parseSignoff(doc, body).roles.length === 0) {
      candidates.splice(k, 1);
      coveredUntil = Math.min(coveredUntil, c.start);
    }
  }
  // "## 5. Recovery" is the rollback of a change runbook when it is the last section, puts things back
  // (restore, revert, the previous release) and the runbook has no rollback by another name; in an
  // incident runbook ("Database outage", "… recovery") recovery is the procedure itself
  if (!isRollbackRunbook && !candidates.some((c) => c.kind === "rollback") && !INCIDENT_TITLE_RE.test(title)) {
    // the last section at the document's top level (its sub-sections are part of it)
    let top = 7;
    for (const h of allHeads) if (!h.isPseudo && !consumed[h.index]) top = Math.min(top, h.level);
    // (appendices after it — "Learn More", "References" — are the runbook's notes, not its last section)
    let k = allHeads.length - 1;
    while (k >= 0 && (allHeads[k]?.isPseudo || allHeads[k]?.level !== top || isAppendixName(cleanLabel(allHeads[k]?.parts.title ?? "")))) k--;
    const last = allHeads[k];
    const lastLabel = cleanLabel(last?.parts.title ?? "");
    const isPutBack = RECOVERY_RE.test(lastLabel) || ((PUT_BACK_TITLE_RE.test(lastLabel) || RECOVERY_OTHER_LANGUAGES_RE.test(lastLabel)) && !RESTORE_RUNBOOK_TITLE_RE.test(title));
    // (not a phase the document declares as one — "## Phase 2: Recovery", as Phaseline's own export writes every phase, so
    // that export → import keeps it a phase: 1942; "## Task 4: Restore database using AutoUpgrade" stays the rollback, 96)
    if (last && !consumed[last.index] && last.index >= coveredUntil && isPutBack && !/^phase\s+\d+\s*:/iu.test(last.text)) {
      const end = ends[k] ?? blocks.length;
      const body = bodyText(last.index, end);
      // (or, in a release runbook, pulls the release that went out: "## Failure recovery" — "If a release fails partway: … Delete
      // incorrect GitHub release/tag if needed: `gh release delete <tag>`" —, 4506, set 376, both counters; 4132's kind at the end)
      const pullsRelease = () => PULLS_RELEASE_RE.test(body) && RELEASE_TITLE_RE.test(title);
      if (PUTS_BACK_RE.test(body) || PREVIOUS_VERSION_OTHER_LANGUAGES_RE.test(body) || pullsRelease()) candidates.push({ head: last, kind: "rollback", start: last.index, end });
    }
    // ("## Recovery" between "## Apply" and "## Post-migration checks", saying "Rollback is therefore a read
    // cut-over back to Native": a recovery section anywhere at the top level whose text names the rollback)
    if (!candidates.some((c) => c.kind === "rollback"))
      takeFirstAsRollback((h, name, body) => h.level === top && RECOVERY_RE.test(name) && HAS_ROLLBACK_WORD_RE.test(body()) && PUTS_BACK_ANY_RE.test(body()));
    // (a section at any level named for recovering from a bad release — "### Production recovery after a failed release" under
    // a launch runbook's restore drill, "## Fixing a Bad Release" closing a release flow — whose text puts it back or pulls it:
    // 4096, 4132, set 342/345, both counters)
    if (!candidates.some((c) => c.kind === "rollback"))
      takeFirstAsRollback((_, name, body) => BAD_RELEASE_RECOVERY_RE.test(name) && (PUTS_BACK_ANY_RE.test(body()) || PULLS_RELEASE_RE.test(body())));
  }
  // ("## Stop conditions" — "Stop the rollout and route to the last known-good immutable digest if readiness fails, … Use
  // rollback.md for recovery." — with no rollback section: the conditions and, in its own words, the way back; 1695, both
  // counters. Conditions alone, or a pointer alone, stay where they stand: 1055.)
  // (and "### Rollback Triggers" — "If any of the following occur, revert to DRX immediately:" over four boxes — closing a pharmacy
  // system's go-live: the old system named to go back to, 4812, set 402, both counters)
  if (!isRollbackRunbook && !candidates.some((c) => c.kind === "rollback"))
    takeFirstAsRollback(
      (_, name, body) =>
        ROLLBACK_LEADIN_RE.test(name) && (ROUTES_BACK_RE.test(body()) || BACK_TO_SYSTEM_RE.test(body()) || RESTORE_FENCE_RE.test(body()) || CASE_ITEM_RESTORES_RE.test(body())),
    );
  // still none: a section whose name holds a rollback word among a few of its own ("Emergency DB
  // rollback", "Plano de rollback do deploy", "ロールバック手順（本番）") is the rollback, unless it is about
  // the rollback ("Rollback triggers", "Test the rollback") — first such section, any level; in a
  // document whose title names a rollback ("V28 Migration Rollback Plan") its sections are that procedure
  if (!isRollbackRunbook && !namesRollbackDocument(title) && !candidates.some((c) => c.kind === "rollback")) {
    const k = allHeads.findIndex((h, at) => {
      // (a heading numbered as a phase — "## Phase 5: DNS Rollback" — is a phase of the work by its own word)
      if (h.isPseudo || isTierA(h) || consumed[h.index] || (ends[at] ?? blocks.length) <= h.index + 1) return false;
      if (candidates.some((c) => c.start <= h.index && h.index < c.end)) return false;
      // ("Readiness failure and application rollback": the rollback as the last of the topics it names)
      const label = nameOf(h);
      const last = lastTopic(label);
      // ("## Mitigation & Rollback" of an incident runbook: rolling back the cause is the mitigation, the work itself)
      if (isIncidentMitigation(label) || isIncidentRemedy(h, label)) return false;
      if (isMigrationRollbackAside(label)) return false;
      // ("If it fails, run `helm rollback` …": the case of failure, then rolling back — as a step's title, rollbackStep)
      if (FAILURE_LEAD_RE.test(label) && HAS_ROLLBACK_WORD_RE.test(label) && !ROLLBACK_ABOUT_RE.test(label)) return true;
      // (a question whether or how to roll back, answered by the way with its code: "### Q4: 可以回滚吗？" — can it be rolled back? —
      // over "**A**: 可以删除新字段（但会丢失新数据）：" and the `DROP COLUMN` fence, in a migration guide's FAQ: 4431, set 370, both
      // counters; "### Can I roll back?", "How do I revert a release?")
      if (ROLLBACK_QUESTION_RE.test(label) && blocks.slice(h.index + 1, ends[at] ?? blocks.length).some((b) => someBlock(b, (x) => x.type === "code"))) return true;
      if ([label, last].some((x) => ROLLBACK_WORD_RE.test(x) && !ROLLBACK_ABOUT_RE.test(x))) return true;
      // ("## Rollback criteria" opening "Rollback DNS to the previous Weebly records if …": about the rollback by its name,
      // the rollback by what it says to do)
      // (at any depth, or in notes kept verbatim: exported, the paragraph is a step's list item or its notes)
      // (only a section on when — "回滚条件", "ロールバック判断" —: an automatic fallback's "错误率 > 5% 时网关自动切回" tells what the
      // gateway does, no way back for the lead — "自动回退策略" beside "手动回滚": 952's kind)
      const isConditionsName = /条件|触发|觸發|判断|判斷|基准|基準|タイミング|기준|조건/u.test(label);
      // (or, in Chinese and Japanese, switching back anywhere in it: "## 回滚条件" — rollback conditions — saying "… 才切回云端。回滚前
      // 必须停止本地 Gateway，恢复最新备份后再启动云端" — switch back to the cloud: stop the local gateway, restore the backup: 2427, set 203)
      const putsBack = (b: TBlock) =>
        b.type === "phaselineOpaque"
          ? b.text.split(/\n\s*\n/).some((paragraph) => PUT_BACK_TO_PREVIOUS_RE.test(paragraph.trim()) || CJK_SWITCH_BACK_RE.test(paragraph))
          : someParagraph(doc, b, PUT_BACK_TO_PREVIOUS_RE) || (isConditionsName && someBlock(b, (x) => x.type === "paragraph" && CJK_SWITCH_BACK_RE.test(doc.block(x))));
      return ROLLBACK_WORD_RE.test(label) && blocks.slice(h.index + 1, ends[at] ?? blocks.length).some(putsBack);
    });
    // ("## 失敗したとき" — "when it fails" — saying "rollback が必要なときは、アプリの deploy を先に戻し …": a section
    // for the case of failure whose text rolls the change back)
    const isFailureRollback = (h: THead, at: number) => {
      if (h.isPseudo || consumed[h.index]) return false;
      const isHandling = FAILURE_HANDLING_RE.test(nameOf(h));
      if (!FAILURE_SECTION_RE.test(nameOf(h)) && !isHandling) return false;
      // (at any depth: exported, the fence is a step's)
      if (isHandling && !blocks.slice(h.index + 1, ends[at] ?? blocks.length).some((b) => someBlock(b, (x) => x.type === "code" && HAS_ROLLBACK_WORD_RE.test(x.value))))
        return false;
      const body = bodyText(h.index, ends[at] ?? blocks.length);
      // ("To roll a single package back: …" — a paragraph that opens with rolling back)
      // (a paragraph at any depth: exported, it is a step's list item)
      const rollsBack = () => blocks.slice(h.index + 1, ends[at] ?? blocks.length).some((b) => someParagraph(doc, b, ROLLBACK_PROSE_RE));
      // ("Fix forward with a new migration; … see rollback.md": the way on, not back)
      return (HAS_ROLLBACK_WORD_RE.test(body) && PUTS_BACK_RE.test(body) && !FIX_FORWARD_RE.test(body)) || rollsBack();
    };
    // (in a runbook whose work is a restore or an incident's recovery, only a heading naming the rollback is it: a
    // failure section or a bold "revert …" there is that work)
    const byNameOnly = isRestoreRunbook || INCIDENT_TITLE_RE.test(title);
    const at = k >= 0 || byNameOnly ? k : allHeads.findIndex(isFailureRollback);
    const h = allHeads[at];
    if (h) candidates.push({ head: h, kind: "rollback", start: h.index, end: ends[at] ?? blocks.length });
    else if (!byNameOnly) {
      const label = rollbackLabelIn(doc, blocks, allHeads, consumed);
      if (label) candidates.push({ kind: "rollback", ...label });
    }
  }
  // a rollback section that only says when to roll back ("Rollback must be prepared before release proceeds if any of
  // the following fail:" over conditions, "Acionar se houver perda de dados …"): no procedure to run — its text stays
  // where it stands (923, 970, 344, 826: both counters of each counted no rollback)
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k];
    if (!c || c.kind !== "rollback") continue;
    const body = blocks.slice(c.head.index + 1, c.end);
    const opening = body.find((b) => b.type === "paragraph");
    const hasProcedure = body.some((b) =>
      someBlock(b, (x) => x.type === "code" || (x.type === "list" && x.ordered === true) || x.type === "heading" || x.type === "phaselineOpaque"),
    );
    if (!hasProcedure && opening && CONDITIONS_ONLY_RE.test(doc.block(opening).trim())) candidates.splice(k, 1);
    // (nor one of the cases alone: "## Rollback" › "Roll back if any of these happen:" over its bullets and nothing after
    // them — 2320; a lead-in before the procedure, "## Rollback Triggers", stays part of it)
    else if (
      !c.isAround &&
      !hasProcedure &&
      opening &&
      CASES_LISTED_RE.test(doc.block(opening).trim()) &&
      body.every((b) => b === opening || b.type === "list" || b.type === "thematicBreak")
    )
      candidates.splice(k, 1);
    // (nor one that says only that there is none to do: "N/A (read-only operation)" in a backup runbook — 2380, set 199)
    else if (!hasProcedure && opening && body.every((b) => b === opening) && isNothingToRollBack(doc.block(opening).trim())) {
      candidates.splice(k, 1);
      doc.warnings.push(`“${c.head.parts.title}” says there is nothing to roll back: kept as text where it stands.`);
    }
    // (nor one that opens by saying there is none: "A failover cannot be rolled back. … the recovery path is
    // `disaster-recovery-restore.md`" — 1184, both counters; or whose name says so: "## 5. Rollback — there isn't one" over
    // why the wipe leaves no way back, 4896, set 409, both counters)
    else if (!hasProcedure && ((opening && NO_WAY_BACK_RE.test(doc.block(opening).trim())) || NONE_IN_NAME_RE.test(cleanLabel(c.head.parts.title)))) {
      candidates.splice(k, 1);
      doc.warnings.push(`“${c.head.parts.title}” says there is no way back: kept as text where it stands.`);
    }
    // (nor one that says when and sends the reader elsewhere for how: "If any of the smoke calls fail …, go to
    // `rollback.md` and execute the fast rollback" over "Common red-path triggers:" and its bullets — 1055, both counters)
    else if (!hasProcedure && isPointerAndTriggers(doc, body)) {
      candidates.splice(k, 1);
      doc.warnings.push(
        `“${c.head.parts.title}” says when to roll back and points to another document for how: kept as text where it stands; add the rollback steps to import one.`,
      );
    }
    // (nor one that only says to go on instead, in rules — "Do not edit applied migration files", "Prefer forward-fix
    // migration or feature toggle", "Document rollback decision in PR": a policy, no way back; 1041, both counters.
    // "Prefer fix-forward …: deploy the corrected function first" beside "If a migration enqueues …, stop the trigger"
    // holds steps: 614.)
    // (every sentence such a rule: "Prefer a forward fix. A migration is eligible for `alembic downgrade` only when …" goes
    // on to say when it goes back — 1552, its counter's rollback)
    else if (
      !hasProcedure &&
      body.some((b) => FIX_FORWARD_RE.test(doc.block(b))) &&
      linesOf(doc, body).every((t) => t.split(/(?<=[.!?])\s+(?=\p{Lu})/u).every((sentence) => POLICY_LINE_RE.test(sentence)))
    )
      candidates.splice(k, 1);
    // (nor, in a restore runbook, a paragraph for the case of the restore failing that says to restore again from an
    // earlier point or fix forward — "## 7. 失败回退与升级": the restore's own failure handling, no way back; 1304, both
    // counters)
    else if (!hasProcedure && isRestoreRunbook && body.some((b) => FIX_FORWARD_RE.test(doc.block(b)))) candidates.splice(k, 1);
  }
  return { candidates, isRollbackRunbook, isRestoreRunbook };
}
