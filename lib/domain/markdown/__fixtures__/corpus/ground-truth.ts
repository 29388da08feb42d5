// Hand-counted expectations for the corpus (README.md): what a lead expects after importing each
// document. `phases` is a sensible range (main phases, rollback excluded); `checklist` counts every
// checkbox of the document — or item of a list labelled "Checklist" / "Prerequisites" — main and
// rollback together; `sql` is
// the number of SQL steps (SQL fences, unlabelled SQL, psql -c); `rollback` whether the document
// has a rollback procedure of its own.
export type TGroundTruth = { phases: [number, number]; checklist: number; sql: number; rollback: boolean };

export const GROUND_TRUTH: Record<string, TGroundTruth> = {
  "01-blue-green-rollout.md": { phases: [2, 5], checklist: 14, sql: 0, rollback: true },
  "02-azure-postgres-major-upgrade.md": { phases: [1, 12], checklist: 2, sql: 1, rollback: true },
  "03-django-wagtail-release-checklist.md": { phases: [3, 3], checklist: 10, sql: 0, rollback: false },
  "04-django-render-deploy.md": { phases: [4, 4], checklist: 0, sql: 0, rollback: false },
  "05-signed-tag-release.md": { phases: [1, 3], checklist: 0, sql: 0, rollback: false },
  "06-release-checklist-numbered.md": { phases: [1, 8], checklist: 0, sql: 0, rollback: false },
  "07-setext-release.md": { phases: [1, 5], checklist: 0, sql: 0, rollback: false },
  "08-iam-cutover-plain-lists.md": { phases: [1, 3], checklist: 0, sql: 0, rollback: false },
  "09-ecommerce-go-live-numbered-headings.md": { phases: [4, 4], checklist: 9, sql: 0, rollback: false },
  "10-kubeadm-upgrade-phases.md": { phases: [5, 5], checklist: 2, sql: 0, rollback: true },
  "11-docker-pg-upgrade-steps.md": { phases: [5, 6], checklist: 0, sql: 1, rollback: true },
  "12-fileshare-migration-bold-sections.md": { phases: [1, 2], checklist: 0, sql: 0, rollback: false },
  "13-llm-cutover-t-minus.md": { phases: [1, 4], checklist: 13, sql: 0, rollback: true },
  "14-go-live-timeline-table.md": { phases: [1, 3], checklist: 3, sql: 1, rollback: true },
  "15-operator-upgrade-rollback.md": { phases: [3, 3], checklist: 2, sql: 1, rollback: false },
  "16-cloudsql-inplace-upgrade.md": { phases: [4, 4], checklist: 2, sql: 1, rollback: true },
  "17-npm-release-checkboxes.md": { phases: [1, 1], checklist: 9, sql: 0, rollback: false },
  "18-path-cutover-lowercase.md": { phases: [1, 3], checklist: 0, sql: 0, rollback: true },
  "19-portuguese-cutover-nested.md": { phases: [2, 2], checklist: 11, sql: 0, rollback: true },
  "20-rails-deploy-mixed.md": { phases: [4, 4], checklist: 5, sql: 1, rollback: true },
  "21-windows-iis-release.md": { phases: [4, 4], checklist: 2, sql: 1, rollback: true },
};
