// Seed runbook 003 ("Migration 001 - Fixed Cost to Fixed Fee Facilitated") entered by hand as
// structured data. The document's `\i file.sql` lines name scripts we do not have; the SQL here
// is written for the demo target (./demo-target.ts) and is proven by the seed's integration test.
// Every line of the document lands somewhere: a field, a step, a checklist item, a criterion, a
// phase's notes or the version's preamble (PRODUCT.md "Import and export": never dropped).
import type { FailurePolicy, Procedure, RiskLevel, Role, StepKind } from "@/lib/generated/prisma/enums";
import { DROP_VIEWS_SQL, FEE_COLUMN_AFTER, FEE_COLUMN_BEFORE, viewsSql } from "./demo-target";

export type TExpectation =
  | { type: "scalar_equals"; value: number }
  | { type: "scalar_at_most"; value: number }
  | { type: "scalar_between"; min: number; max: number }
  | { type: "row_count_equals"; value: number };

export type TSeedStep = {
  /** stable within the runbook: binds criteria and the seeded deployments' runs */
  key: string;
  kind: StepKind;
  title: string;
  instructions?: string;
  sql?: string;
  statementTimeoutMs?: number;
  lockTimeoutMs?: number;
  expectation?: TExpectation;
  baselineName?: string;
  baselineKeyColumns?: string[];
  tolerances?: Record<string, number>;
  httpUrl?: string;
  httpExpectStatus?: number;
  timeoutMs?: number;
  commandArgv?: string[];
  outputCapBytes?: number;
  language?: string;
};

export type TSeedChecklistItem = { text: string; isRequired?: boolean };
export type TSeedCriterion = { text: string; stepKey?: string };

export type TSeedPhase = {
  key: string;
  procedure: Procedure;
  title: string;
  objective: string;
  estimatedMinutes: number;
  failurePolicy: FailurePolicy;
  isPointOfNoReturn?: boolean;
  /** a follow-up phase (issue 15): due this many minutes after the main phases finish */
  followUpOffsetMinutes?: number;
  requiredSignoffRoles?: Role[];
  notes: string;
  steps: TSeedStep[];
  checklist: TSeedChecklistItem[];
  criteria: TSeedCriterion[];
};

export type TSeedRunbook = {
  slug: string;
  title: string;
  summary: string;
  riskLevel: RiskLevel;
  estimatedMinutes: number;
  rollbackMinutes: number;
  preamble: string;
  phases: TSeedPhase[];
  signoffSheet: { label: string; role: Role | null }[];
};

const fence = (language: string, code: string) => `\`\`\`${language}\n${code}\n\`\`\``;
const group = (heading: string, items: string[], isRequired = true): TSeedChecklistItem[] => items.map((text) => ({ text: `${heading}: ${text}`, isRequired }));

const SQL_TIMEOUTS = { statementTimeoutMs: 60_000, lockTimeoutMs: 5_000 } as const;
const CHECK_TIMEOUT = { statementTimeoutMs: 30_000, lockTimeoutMs: 5_000 } as const;
const COMMAND_LIMITS = { timeoutMs: 60_000, outputCapBytes: 65_536 } as const;

// ---------------------------------------------------------------------------------------------
// SQL

export const MIGRATION_SQL = `-- Migration 001: rename client_products.${FEE_COLUMN_BEFORE} to ${FEE_COLUMN_AFTER}.
-- Phaseline runs this step in one transaction: any error rolls all of it back.
-- The views are dropped and re-created so their column names follow the rename.
${DROP_VIEWS_SQL}
ALTER TABLE client_products RENAME COLUMN ${FEE_COLUMN_BEFORE} TO ${FEE_COLUMN_AFTER};

${viewsSql(FEE_COLUMN_AFTER)}`;

export const ROLLBACK_SQL = `-- Rollback of migration 001: ${FEE_COLUMN_AFTER} back to ${FEE_COLUMN_BEFORE}, views restored exactly.
${DROP_VIEWS_SQL}
ALTER TABLE client_products RENAME COLUMN ${FEE_COLUMN_AFTER} TO ${FEE_COLUMN_BEFORE};

${viewsSql(FEE_COLUMN_BEFORE)}`;

const productRevenueSql = (col: string) => `SELECT cp.id, cp.status, cp.${col}${col === FEE_COLUMN_BEFORE ? "" : ` AS ${FEE_COLUMN_BEFORE}`}, r.total_revenue
FROM client_products cp
JOIN revenue_analytics_optimized r ON r.product_id = cp.id
ORDER BY cp.id`;

export const COMPANY_TOTALS_SQL = `SELECT company_id, company_name, active_products, total_fixed_fees, total_revenue, products_without_fixed_fee
FROM company_revenue_analytics
ORDER BY company_id`;

const edgeCasesSql = (col: string) => `SELECT metric, value FROM (VALUES
  ('active_products',       (SELECT COUNT(*) FROM client_products WHERE status = 'active')::int),
  ('active_null_fixed_fee', (SELECT COUNT(*) FROM client_products WHERE status = 'active' AND ${col} IS NULL)::int),
  ('active_zero_fixed_fee', (SELECT COUNT(*) FROM client_products WHERE status = 'active' AND ${col} = 0)::int),
  ('inactive_products',     (SELECT COUNT(*) FROM client_products WHERE status <> 'active')::int),
  ('total_products',        (SELECT COUNT(*) FROM client_products)::int)
) AS m(metric, value)`;

const columnCountSql = (col: string) => `SELECT COUNT(*)::int AS columns_named_${col}
FROM information_schema.columns
WHERE table_schema = current_schema()
  AND table_name = 'client_products'
  AND column_name = '${col}'`;

// ---------------------------------------------------------------------------------------------
// Phases

const phase1: TSeedPhase = {
  key: "p1",
  procedure: "MAIN",
  title: "Pre-Migration Validation",
  objective: "Capture baseline state and verify environment readiness",
  estimatedMinutes: 5,
  failurePolicy: "STOP",
  notes: [
    "**If Failed**: STOP - Investigate baseline query errors before proceeding",
    "",
    "The document's step 2 ran `\\i backend/migrations/validation/001_pre_migration_baseline.sql`; that script is not part of the runbook, so its baselines are the three BASELINE_CAPTURE steps, kept by Phaseline for Phase 3.",
    "The checklist holds the document's Pre-Deployment Checklist (Team Coordination, Environment Verification, Code Preparation, Access Verification), to be ticked before the change starts.",
  ].join("\n"),
  steps: [
    {
      key: "p1.connect",
      kind: "MANUAL",
      title: "Connect to production database",
      language: "bash",
      instructions: `${fence("bash", "psql $DATABASE_URL")}\n\nPhaseline's SQL steps connect to the environment's target database themselves; connect by hand only to look around.`,
    },
    {
      key: "p1.baseline_products",
      kind: "BASELINE_CAPTURE",
      title: "Run pre-migration baseline capture: product revenue",
      instructions:
        "Per product: id, status, fixed fee and total revenue as `revenue_analytics_optimized` computes it (replaces `\\i backend/migrations/validation/001_pre_migration_baseline.sql`).",
      sql: productRevenueSql(FEE_COLUMN_BEFORE),
      baselineName: "product_revenue",
      ...CHECK_TIMEOUT,
    },
    {
      key: "p1.baseline_companies",
      kind: "BASELINE_CAPTURE",
      title: "Run pre-migration baseline capture: company totals",
      instructions: "Per company totals from `company_revenue_analytics`.",
      sql: COMPANY_TOTALS_SQL,
      baselineName: "company_totals",
      ...CHECK_TIMEOUT,
    },
    {
      key: "p1.baseline_edge_cases",
      kind: "BASELINE_CAPTURE",
      title: "Run pre-migration baseline capture: edge case counts",
      instructions: "NULL and zero fixed fees, inactive products: the cases a rename must carry unchanged.",
      sql: edgeCasesSql(FEE_COLUMN_BEFORE),
      baselineName: "edge_case_counts",
      ...CHECK_TIMEOUT,
    },
    {
      key: "p1.save_output",
      kind: "MANUAL",
      title: "Save output to file for comparison",
      language: "bash",
      instructions: `${fence("bash", "psql $DATABASE_URL -f backend/migrations/validation/001_pre_migration_baseline.sql > baseline_output_$(date +%Y%m%d_%H%M%S).txt")}\n\nPhaseline keeps the baselines of the steps above with the deployment; a file copy is optional.`,
    },
    {
      key: "p1.edge_case_share",
      kind: "QUERY_CHECK",
      title: "Confirm edge case counts are reasonable",
      instructions: "Percentage of active products without a fixed fee (percentage-only products): expected between 0 and 20.",
      sql: `SELECT COALESCE(ROUND(100.0 * COUNT(*) FILTER (WHERE ${FEE_COLUMN_BEFORE} IS NULL) / NULLIF(COUNT(*), 0), 2), 0) AS pct_without_fixed_fee
FROM client_products
WHERE status = 'active'`,
      expectation: { type: "scalar_between", min: 0, max: 20 },
      ...CHECK_TIMEOUT,
    },
    {
      key: "p1.verify",
      kind: "MANUAL",
      title: "Verify baseline captured successfully",
      instructions: "- Check for any query errors\n- Verify company totals match expected values\n- Confirm edge case counts are reasonable",
    },
  ],
  checklist: [
    ...group("Team Coordination", [
      "Notify all stakeholders of maintenance window",
      "Schedule deployment during low-traffic period",
      "Ensure all team members available for deployment",
      "Confirm rollback procedures understood by team",
    ]),
    ...group("Environment Verification", [
      "Verify database backup completed within last 24 hours",
      "Confirm staging environment testing passed",
      "Verify all validation queries run successfully",
      "Check application logs are clear of errors",
    ]),
    ...group("Code Preparation", [
      "All frontend changes committed and pushed",
      "All backend changes committed and pushed",
      "Database migration scripts reviewed and tested",
      "Rollback scripts prepared and accessible",
    ]),
    ...group("Access Verification", [
      "Database admin access confirmed",
      "Server deployment access confirmed",
      "Ability to restart backend services confirmed",
      "Ability to deploy frontend build confirmed",
    ]),
  ],
  criteria: [
    { text: "All baseline queries execute without errors" },
    { text: "Baseline data captured to file", stepKey: "p1.baseline_products" },
    { text: "Company revenue totals match dashboard" },
  ],
};

const phase2: TSeedPhase = {
  key: "p2",
  procedure: "MAIN",
  title: "Database Migration",
  objective: "Execute schema changes in single transaction",
  estimatedMinutes: 5,
  failurePolicy: "ROLLBACK",
  isPointOfNoReturn: true,
  requiredSignoffRoles: ["DBA"],
  notes: [
    "**If Failed**:",
    "- Database automatically rolls back transaction",
    "- Review error messages",
    "- DO NOT proceed to Phase 3",
    "- Execute rollback procedure (see Rollback section)",
  ].join("\n"),
  steps: [
    {
      key: "p2.review",
      kind: "MANUAL",
      title: "Review migration script one final time",
      language: "bash",
      instructions: `${fence("bash", "cat backend/migrations/001_rename_fixed_cost_to_fixed_fee_facilitated.sql")}\n\nThe script is the SQL of the next step: review it there (a DBA can rehearse it: same transaction, rolled back).`,
    },
    {
      key: "p2.migrate",
      kind: "SQL",
      title: "Execute migration (this is the point of no return until validation)",
      instructions: "Replaces `\\i backend/migrations/001_rename_fixed_cost_to_fixed_fee_facilitated.sql`.",
      sql: MIGRATION_SQL,
      language: "sql",
      ...SQL_TIMEOUTS,
    },
    {
      key: "p2.column_renamed",
      kind: "QUERY_CHECK",
      title: "Verify transaction commits successfully: fixed_fee_facilitated exists",
      sql: columnCountSql(FEE_COLUMN_AFTER),
      expectation: { type: "scalar_equals", value: 1 },
      ...CHECK_TIMEOUT,
    },
    {
      key: "p2.monitor",
      kind: "MANUAL",
      title: "Monitor for any errors during execution",
      instructions: "- Watch for constraint violations\n- Check for view creation errors\n- Verify transaction commits successfully",
    },
  ],
  checklist: [],
  criteria: [
    { text: "Migration completes without errors", stepKey: "p2.migrate" },
    { text: "Transaction commits successfully", stepKey: "p2.column_renamed" },
    { text: "No constraint violations" },
  ],
};

const phase3: TSeedPhase = {
  key: "p3",
  procedure: "MAIN",
  title: "Post-Migration Validation",
  objective: "Verify all revenue calculations match baseline",
  estimatedMinutes: 10,
  failurePolicy: "ROLLBACK",
  requiredSignoffRoles: ["DBA"],
  notes: [
    "**If Failed**:",
    "- IMMEDIATE ROLLBACK REQUIRED",
    "- Execute rollback procedure (see Rollback section)",
    "- DO NOT proceed to Phase 4",
    "- Schedule post-mortem to investigate failure",
    "",
    "The document's `\\i backend/migrations/validation/001_post_migration_validation.sql` and its comparison tables (`post_migration_revenue_comparison`, `post_migration_company_comparison`) are the BASELINE_COMPARE and QUERY_CHECK steps of this phase. The document's review queries were:",
    "",
    fence(
      "sql",
      `-- Check for revenue differences
SELECT * FROM post_migration_revenue_comparison
WHERE ABS(total_revenue_diff) > 0.01
ORDER BY ABS(total_revenue_diff) DESC;

-- Check company totals
SELECT * FROM post_migration_company_comparison;`,
    ),
  ].join("\n"),
  steps: [
    {
      key: "p3.compare_products",
      kind: "BASELINE_COMPARE",
      title: "Run post-migration validation: product revenue against baseline",
      instructions: "Revenue differences < £0.01 for all products.",
      sql: productRevenueSql(FEE_COLUMN_AFTER),
      baselineName: "product_revenue",
      baselineKeyColumns: ["id"],
      tolerances: { fixed_cost: 0.01, total_revenue: 0.01 },
      ...CHECK_TIMEOUT,
    },
    {
      key: "p3.compare_companies",
      kind: "BASELINE_COMPARE",
      title: "Compare company totals to baseline captured in Phase 1",
      instructions: "Company totals match baseline.",
      sql: COMPANY_TOTALS_SQL,
      baselineName: "company_totals",
      baselineKeyColumns: ["company_id"],
      tolerances: { total_fixed_fees: 0.01, total_revenue: 0.01 },
      ...CHECK_TIMEOUT,
    },
    {
      key: "p3.compare_edge_cases",
      kind: "BASELINE_COMPARE",
      title: "Compare edge case counts to baseline",
      sql: edgeCasesSql(FEE_COLUMN_AFTER),
      baselineName: "edge_case_counts",
      baselineKeyColumns: ["metric"],
      ...CHECK_TIMEOUT,
    },
    {
      key: "p3.null_mismatches",
      kind: "QUERY_CHECK",
      title: "No NULL value mismatches",
      instructions: "Products whose fixed fee is NULL in the table but not in `products_list_view`, or the other way round.",
      sql: `SELECT COUNT(*)::int AS null_mismatches
FROM client_products cp
JOIN products_list_view v ON v.id = cp.id
WHERE (cp.${FEE_COLUMN_AFTER} IS NULL) <> (v.${FEE_COLUMN_AFTER} IS NULL)`,
      expectation: { type: "scalar_equals", value: 0 },
      ...CHECK_TIMEOUT,
    },
    {
      key: "p3.views_queryable",
      kind: "QUERY_CHECK",
      title: "All views queryable",
      instructions: "Each of the 3 views answers with rows.",
      sql: `SELECT ((SELECT COUNT(*) FROM company_revenue_analytics) > 0)::int
     + ((SELECT COUNT(*) FROM products_list_view) > 0)::int
     + ((SELECT COUNT(*) FROM revenue_analytics_optimized) > 0)::int AS queryable_views`,
      expectation: { type: "scalar_equals", value: 3 },
      ...CHECK_TIMEOUT,
    },
    {
      key: "p3.no_old_name",
      kind: "QUERY_CHECK",
      title: "No table or view column is still named fixed_cost",
      sql: `SELECT COUNT(*)::int AS columns_named_${FEE_COLUMN_BEFORE}
FROM information_schema.columns
WHERE table_schema = current_schema()
  AND column_name = '${FEE_COLUMN_BEFORE}'`,
      expectation: { type: "scalar_equals", value: 0 },
      ...CHECK_TIMEOUT,
    },
    {
      key: "p3.revenue_differences",
      kind: "QUERY_CHECK",
      title: "Check for revenue differences between the views",
      instructions: "Products whose fixed revenue in `revenue_analytics_optimized` differs from `products_list_view` by more than £0.01: none expected.",
      sql: `SELECT r.product_id, r.fixed_revenue, COALESCE(v.${FEE_COLUMN_AFTER}, 0) AS listed_fixed_fee
FROM revenue_analytics_optimized r
JOIN products_list_view v ON v.id = r.product_id
WHERE ABS(r.fixed_revenue - COALESCE(v.${FEE_COLUMN_AFTER}, 0)) > 0.01
ORDER BY ABS(r.fixed_revenue - COALESCE(v.${FEE_COLUMN_AFTER}, 0)) DESC`,
      expectation: { type: "row_count_equals", value: 0 },
      ...CHECK_TIMEOUT,
    },
    {
      key: "p3.company_consistency",
      kind: "QUERY_CHECK",
      title: "Check company totals: largest difference between company and product revenue",
      instructions: "`company_revenue_analytics` against the sum of `revenue_analytics_optimized` per company, in pounds.",
      sql: `SELECT COALESCE(MAX(ABS(c.total_revenue - COALESCE(s.total_revenue, 0))), 0) AS max_difference
FROM company_revenue_analytics c
LEFT JOIN (
  SELECT company_id, SUM(total_revenue) AS total_revenue
  FROM revenue_analytics_optimized
  WHERE status = 'active'
  GROUP BY company_id
) s ON s.company_id = c.company_id`,
      expectation: { type: "scalar_at_most", value: 0.01 },
      ...CHECK_TIMEOUT,
    },
    {
      key: "p3.review",
      kind: "MANUAL",
      title: "Review validation output carefully and verify all validation checks pass",
      instructions: [
        "Compare to baseline captured in Phase 1.",
        "",
        "Verify all validation checks pass:",
        "- Revenue differences < £0.01 for all products",
        "- No NULL value mismatches",
        "- Company totals match baseline",
        "- All views queryable",
      ].join("\n"),
    },
  ],
  checklist: [],
  criteria: [
    { text: "All revenue calculations match baseline (within £0.01)", stepKey: "p3.compare_products" },
    { text: "Zero NULL value mismatches", stepKey: "p3.null_mismatches" },
    { text: "Company totals identical to baseline", stepKey: "p3.compare_companies" },
    { text: 'Validation script outputs "VALIDATION PASSED ✅"' },
  ],
};

const phase4: TSeedPhase = {
  key: "p4",
  procedure: "MAIN",
  title: "Backend Deployment",
  objective: "Deploy updated backend code with new field names",
  estimatedMinutes: 5,
  failurePolicy: "ROLLBACK",
  notes: [
    "**If Failed**:",
    "- Check logs for specific errors",
    "- Verify database migration completed",
    "- If backend won't start, execute rollback procedure",
    "- DO NOT proceed to Phase 5",
  ].join("\n"),
  steps: [
    {
      key: "p4.stop",
      kind: "COMMAND",
      title: "Stop backend service",
      instructions: fence("powershell", "# Stop PM2 process\npm2 stop kingstons-api"),
      commandArgv: ["pm2", "stop", "kingstons-api"],
      language: "powershell",
      ...COMMAND_LIMITS,
    },
    {
      key: "p4.deploy",
      kind: "MANUAL",
      title: "Deploy backend changes",
      language: "bash",
      instructions: fence("bash", "git pull origin main\ncd backend\npip install -r requirements.txt --upgrade"),
    },
    {
      key: "p4.verify_models",
      kind: "COMMAND",
      title: "Verify Pydantic models updated",
      instructions: fence("bash", 'grep -n "fixed_fee_facilitated" backend/app/models/client_product.py'),
      commandArgv: ["grep", "-n", "fixed_fee_facilitated", "backend/app/models/client_product.py"],
      language: "bash",
      ...COMMAND_LIMITS,
    },
    {
      key: "p4.start",
      kind: "COMMAND",
      title: "Start backend service",
      instructions: fence("powershell", "pm2 start kingstons-api"),
      commandArgv: ["pm2", "start", "kingstons-api"],
      language: "powershell",
      ...COMMAND_LIMITS,
    },
    {
      key: "p4.logs",
      kind: "COMMAND",
      title: "Monitor logs for startup errors",
      // without --nostream `pm2 logs` follows the log forever and the step would only time out
      instructions: `${fence("powershell", "pm2 logs kingstons-api --lines 50")}\n\nRun with \`--nostream\` so the step ends after printing the lines.`,
      commandArgv: ["pm2", "logs", "kingstons-api", "--lines", "50", "--nostream"],
      language: "powershell",
      ...COMMAND_LIMITS,
    },
    {
      key: "p4.health",
      kind: "HTTP_CHECK",
      title: "Test API health endpoint",
      // the document checks the API at localhost:8001; the demo has no API there, so the demo checks
      // Phaseline's own health endpoint, allow-listed in the demo environments (issue 18 item 5):
      // running it must not roll back a good migration
      instructions: `${fence("bash", "curl http://localhost:8001/health")}\n\nIn the demo this checks Phaseline's own \`/api/health\` on port 3000 (the demo has no API on 8001): point it at your API's health endpoint.`,
      httpUrl: "http://127.0.0.1:3000/api/health",
      httpExpectStatus: 200,
      timeoutMs: 5_000,
      language: "bash",
    },
  ],
  checklist: [],
  criteria: [
    { text: "Backend starts without errors", stepKey: "p4.start" },
    { text: "Health endpoint returns 200 OK", stepKey: "p4.health" },
    { text: "No Pydantic validation errors in logs" },
    { text: "Database connections established" },
  ],
};

const phase5: TSeedPhase = {
  key: "p5",
  procedure: "MAIN",
  title: "Frontend Deployment",
  objective: "Deploy updated frontend with cache invalidation",
  estimatedMinutes: 5,
  failurePolicy: "STOP",
  notes: ["**If Failed**:", "- Review build errors", "- Check for TypeScript errors in updated files", "- Verify all imports correct", "- If critical, rollback deployment"].join(
    "\n",
  ),
  steps: [
    {
      key: "p5.build",
      kind: "MANUAL",
      title: "Build frontend with updated field names",
      language: "bash",
      instructions: fence("bash", "cd frontend\nnpm install\nnpm run build"),
    },
    {
      key: "p5.exit_code",
      kind: "MANUAL",
      title: "Verify build completes without errors",
      language: "bash",
      instructions: fence("bash", "echo $?  # Should output 0"),
    },
    {
      key: "p5.deploy",
      kind: "COMMAND",
      title: "Deploy frontend build",
      // no shell: the script runs through PowerShell explicitly
      instructions: `${fence("powershell", "# Using deployment script\n.\\deploy_minimal.ps1")}\n\nRun as \`pwsh -NoProfile -File ./deploy_minimal.ps1\`.`,
      commandArgv: ["pwsh", "-NoProfile", "-File", "./deploy_minimal.ps1"],
      language: "powershell",
      ...COMMAND_LIMITS,
      timeoutMs: 300_000,
    },
    {
      key: "p5.verify",
      kind: "MANUAL",
      title: "Verify new build deployed",
      instructions: "- Check build timestamp\n- Verify App.tsx includes CacheInvalidationHandler\n- Confirm SCHEMA_VERSION is 1.1.0",
    },
  ],
  checklist: [],
  criteria: [
    { text: "Frontend build completes without errors" },
    { text: "No TypeScript compilation errors" },
    { text: "Deployment script completes successfully", stepKey: "p5.deploy" },
    { text: "New build accessible via browser" },
  ],
};

const phase6: TSeedPhase = {
  key: "p6",
  procedure: "MAIN",
  title: "Cache Invalidation Verification",
  objective: "Ensure React Query cache cleared for all users",
  estimatedMinutes: 3,
  failurePolicy: "CONTINUE",
  notes: [
    "**If Failed**:",
    "- Check if CacheInvalidationHandler component rendering",
    "- Verify SCHEMA_VERSION constant is 1.1.0",
    "- Clear browser cache manually as temporary workaround",
    "- Consider forced page refresh for all users",
  ].join("\n"),
  steps: [
    { key: "p6.devtools", kind: "MANUAL", title: "Open browser developer tools" },
    { key: "p6.console", kind: "MANUAL", title: "Access application and check console" },
    {
      key: "p6.message",
      kind: "MANUAL",
      title: "Verify cache invalidation message appears",
      language: "text",
      instructions: fence("text", "Schema version changed: 1.0.0 → 1.1.0\nInvalidating React Query cache to prevent stale data...\n✅ Cache invalidation complete"),
    },
    {
      key: "p6.local_storage",
      kind: "MANUAL",
      title: "Verify localStorage updated",
      language: "javascript",
      instructions: fence("javascript", "localStorage.getItem('app_schema_version') // Should be '1.1.0'"),
    },
    { key: "p6.browsers", kind: "MANUAL", title: "Test multiple browsers/incognito windows to ensure consistent behavior" },
  ],
  checklist: [],
  criteria: [
    { text: "Cache invalidation message appears in console" },
    { text: "localStorage version updated to 1.1.0" },
    { text: "No console errors after invalidation" },
    { text: "Data fetches successfully after cache clear" },
  ],
};

const phase7: TSeedPhase = {
  key: "p7",
  procedure: "MAIN",
  title: "Functional Testing",
  objective: "Verify all critical user workflows function correctly",
  estimatedMinutes: 5,
  failurePolicy: "ROLLBACK",
  notes: [
    "**If Failed**:",
    "- Document which test failed",
    "- Check browser console for errors",
    "- Review API responses for incorrect field names",
    "- If critical functionality broken, execute rollback",
  ].join("\n"),
  steps: [],
  checklist: [
    ...group("Test 1: View Client Details", [
      "Navigate to Clients page",
      "Click on a client with products",
      'Verify "Fixed Fee Facilitated (£)" displays in product table',
      "Verify amounts display correctly",
      "Check for any console errors",
    ]),
    ...group("Test 2: Create New Product", [
      "Navigate to Create Client Products page",
      "Fill out product form",
      'Enter fixed fee amount in "Fixed Fee Facilitated (£)" field',
      "Submit form",
      "Verify product created successfully",
      "Verify fixed fee saved correctly",
    ]),
    ...group("Test 3: Edit Existing Product", [
      "Navigate to Product Overview page",
      "Edit a product with fixed fee",
      "Modify fixed fee amount",
      "Save changes",
      "Verify update saved correctly",
      "Check product display shows updated amount",
    ]),
    ...group("Test 4: Revenue Calculations", [
      "Navigate to Revenue page",
      "Verify company totals display correctly",
      "Check individual client revenue displays",
      "Verify fixed facilitated fee calculations correct",
      "Compare to baseline totals from Phase 1",
    ]),
    ...group("Test 5: Product Details API", [
      "Test API endpoint: GET /api/client_products/{id}",
      "Verify response includes `fixed_fee_facilitated` field",
      "Verify no `fixed_cost` field in response",
      "Check revenue calculation endpoint works",
    ]),
  ],
  criteria: [
    { text: "All 5 test cases pass" },
    { text: "No console errors during testing" },
    { text: 'UI displays "Fixed Fee Facilitated" correctly' },
    { text: "Revenue calculations match expected values" },
    { text: "CRUD operations work correctly" },
  ],
};

const phase8: TSeedPhase = {
  key: "p8",
  procedure: "MAIN",
  title: "Monitoring & Verification",
  objective: "Monitor production for issues and ensure stability",
  estimatedMinutes: 24 * 60,
  // the document's "(24 hours)": its checks end at +24 h, so the phase is a follow-up due then — the
  // deployment succeeds in its window, and the 24-hour checks are not ticked before their time
  followUpOffsetMinutes: 24 * 60,
  failurePolicy: "CONTINUE",
  notes: [
    "**If Issues Arise**:",
    "- Minor issues: Document and schedule fix",
    "- Moderate issues: Investigate and patch if possible",
    "- Critical issues: Execute rollback procedure immediately",
    "",
    "The checklist also holds the document's Post-Deployment Tasks (Day 1, Week 1, Week 2) as optional items.",
  ].join("\n"),
  steps: [
    {
      key: "p8.logs",
      kind: "COMMAND",
      title: "Immediate monitoring (first hour): monitor application logs",
      instructions: `${fence("powershell", "pm2 logs kingstons-api --lines 100")}\n\nRun with \`--nostream\` so the step ends after printing the lines.`,
      commandArgv: ["pm2", "logs", "kingstons-api", "--lines", "100", "--nostream"],
      language: "powershell",
      ...COMMAND_LIMITS,
    },
    {
      key: "p8.watch",
      kind: "MANUAL",
      title: "Immediate monitoring (first hour): watch for errors",
      instructions: "Watch for errors related to:\n- `fixed_fee_facilitated` field not found\n- Pydantic validation errors\n- Database query errors\n- Frontend console errors",
    },
    {
      key: "p8.users",
      kind: "MANUAL",
      title: "Immediate monitoring (first hour): monitor user activity",
      instructions: "- Check if users creating products successfully\n- Verify no support tickets about broken functionality\n- Monitor revenue page for calculation errors",
    },
  ],
  checklist: [
    ...group("4-Hour Check", ["Review error logs", "Check for any user-reported issues", "Verify revenue reports accurate", "Monitor database performance"]),
    ...group("24-Hour Check", [
      "Compare revenue totals to previous day",
      "Verify all clients can access their data",
      "Check for any delayed error reports",
      "Review application metrics",
    ]),
    ...group(
      "Post-Deployment, Immediate (Day 1)",
      ["Document any issues encountered", "Update runbook with lessons learned", "Verify all monitoring dashboards show green", "Send completion report to stakeholders"],
      false,
    ),
    ...group(
      "Post-Deployment, Short-term (Week 1)",
      ["Monitor for late-emerging issues", "Review user feedback and support tickets", "Validate revenue reports match expectations", "Update documentation with any corrections"],
      false,
    ),
    ...group(
      "Post-Deployment, Planning (Week 2)",
      [
        "Schedule retrospective meeting",
        "Identify improvements for future migrations",
        "Begin planning Phase 2: Add fixed_fee_direct",
        "Update refactoring plan with actual timings",
      ],
      false,
    ),
  ],
  criteria: [
    { text: "Zero critical errors in 24 hours" },
    { text: "No user-reported functionality issues" },
    { text: "Revenue calculations consistent" },
    { text: "Application performance normal" },
  ],
};

// ---------------------------------------------------------------------------------------------
// Rollback procedure: the document's 8 numbered rollback steps, grouped into 5 phases so the
// database part gets its own DBA sign-off.

const rollback1: TSeedPhase = {
  key: "r1",
  procedure: "ROLLBACK",
  title: "Stop Application Traffic",
  objective: "Stop application traffic (if possible) before the database is reverted",
  estimatedMinutes: 1,
  failurePolicy: "CONTINUE",
  notes: [
    "**When to Rollback** — execute rollback immediately if ANY of these occur:",
    "- Post-migration validation fails (Phase 3)",
    "- Backend fails to start (Phase 4)",
    "- Critical functionality broken (Phase 7)",
    "- Revenue calculations incorrect (Phase 7)",
    "- Database errors in production (Phase 8)",
  ].join("\n"),
  steps: [
    {
      key: "r1.stop",
      kind: "COMMAND",
      title: "1. Stop Application Traffic (if possible)",
      instructions: fence("powershell", "# Stop backend\npm2 stop kingstons-api"),
      commandArgv: ["pm2", "stop", "kingstons-api"],
      language: "powershell",
      ...COMMAND_LIMITS,
    },
  ],
  checklist: [],
  criteria: [],
};

const rollback2: TSeedPhase = {
  key: "r2",
  procedure: "ROLLBACK",
  title: "Database Rollback",
  objective: "Revert the column rename and restore the three views exactly",
  estimatedMinutes: 5,
  failurePolicy: "STOP",
  requiredSignoffRoles: ["DBA"],
  notes: "",
  steps: [
    {
      key: "r2.rollback",
      kind: "SQL",
      title: "2. Execute Database Rollback",
      instructions: "Replaces `\\i backend/migrations/001_rollback_fixed_fee_facilitated.sql`.",
      sql: ROLLBACK_SQL,
      language: "sql",
      ...SQL_TIMEOUTS,
    },
    {
      key: "r2.fixed_cost_back",
      kind: "QUERY_CHECK",
      title: "3. Verify Rollback Success: column is fixed_cost again",
      instructions: `The document's check:\n\n${fence(
        "sql",
        `-- Check column reverted
SELECT column_name
FROM information_schema.columns
WHERE table_name = 'client_products'
AND column_name IN ('fixed_cost', 'fixed_fee_facilitated');

-- Should show 'fixed_cost', NOT 'fixed_fee_facilitated'`,
      )}`,
      sql: columnCountSql(FEE_COLUMN_BEFORE),
      expectation: { type: "scalar_equals", value: 1 },
      ...CHECK_TIMEOUT,
    },
    {
      key: "r2.new_name_gone",
      kind: "QUERY_CHECK",
      title: "3. Verify Rollback Success: no fixed_fee_facilitated column remains",
      sql: `SELECT COUNT(*)::int AS columns_named_${FEE_COLUMN_AFTER}
FROM information_schema.columns
WHERE table_schema = current_schema()
  AND column_name = '${FEE_COLUMN_AFTER}'`,
      expectation: { type: "scalar_equals", value: 0 },
      ...CHECK_TIMEOUT,
    },
    {
      key: "r2.compare_companies",
      kind: "BASELINE_COMPARE",
      title: "3. Verify Rollback Success: company totals equal the Phase 1 baseline",
      sql: COMPANY_TOTALS_SQL,
      baselineName: "company_totals",
      baselineKeyColumns: ["company_id"],
      tolerances: { total_fixed_fees: 0.01, total_revenue: 0.01 },
      ...CHECK_TIMEOUT,
    },
  ],
  checklist: [],
  criteria: [
    { text: "Column reverted: shows 'fixed_cost', NOT 'fixed_fee_facilitated'", stepKey: "r2.fixed_cost_back" },
    { text: "Company revenue totals identical to the baseline", stepKey: "r2.compare_companies" },
  ],
};

const rollback3: TSeedPhase = {
  key: "r3",
  procedure: "ROLLBACK",
  title: "Application Rollback",
  objective: "Return backend and frontend to the previous release",
  estimatedMinutes: 10,
  failurePolicy: "STOP",
  notes: "",
  steps: [
    {
      key: "r3.backend",
      kind: "MANUAL",
      title: "4. Rollback Backend Code",
      language: "bash",
      instructions: fence("bash", "git checkout HEAD~1  # Rollback to previous commit\ncd backend\npm2 restart kingstons-api"),
    },
    {
      key: "r3.frontend",
      kind: "MANUAL",
      title: "5. Rollback Frontend Code",
      language: "bash",
      instructions: fence("bash", "cd frontend\ngit checkout HEAD~1\nnpm run build\n# Deploy previous build"),
    },
    {
      key: "r3.schema_version",
      kind: "MANUAL",
      title: "6. Reset Schema Version",
      language: "typescript",
      instructions: `Update App.tsx:\n${fence("typescript", "const SCHEMA_VERSION = '1.0.0';  // Revert from 1.1.0")}\n\nRebuild and deploy frontend.`,
    },
  ],
  checklist: [],
  criteria: [],
};

const rollback4: TSeedPhase = {
  key: "r4",
  procedure: "ROLLBACK",
  title: "Verify Rollback Complete",
  objective: "Confirm every layer is back on fixed_cost",
  estimatedMinutes: 3,
  failurePolicy: "STOP",
  notes: "",
  steps: [],
  checklist: [
    ...group("7. Verify Rollback Complete", [
      "Database column is `fixed_cost`",
      "Backend starts without errors",
      'Frontend displays "Fixed Cost" labels',
      "API returns `fixed_cost` in responses",
      "No errors in application logs",
    ]),
  ],
  criteria: [],
};

const rollback5: TSeedPhase = {
  key: "r5",
  procedure: "ROLLBACK",
  title: "Communicate Rollback",
  objective: "Tell the team and users, and plan the fix",
  estimatedMinutes: 1,
  failurePolicy: "CONTINUE",
  notes: "",
  steps: [
    {
      key: "r5.communicate",
      kind: "MANUAL",
      title: "8. Communicate Rollback",
      instructions:
        '- Notify team of rollback completion\n- Document reason for rollback\n- Schedule post-mortem meeting\n- Plan fixes for identified issues\n\nUsers get the "Post-Deployment Failure" message of the Communication Plan (preamble).',
    },
  ],
  checklist: [],
  criteria: [],
};

// ---------------------------------------------------------------------------------------------

const PREAMBLE = `**Migration**: 001_rename_fixed_cost_to_fixed_fee_facilitated
**Created**: 2025-11-24
**Risk Level**: MEDIUM-HIGH
**Estimated Duration**: 30-45 minutes
**Rollback Time**: 15-20 minutes

## Overview

This deployment implements Phase 1 of the fee type refactoring, renaming \`fixed_cost\` to \`fixed_fee_facilitated\` across the entire stack.

**Impact**:
- 1 database table column
- 3 database views (7 total references)
- 7 backend files
- 3 Pydantic models
- 4 frontend pages
- React Query cache

## Pre-Deployment Checklist

Entered as the checklist of Phase 1 (Team Coordination, Environment Verification, Code Preparation, Access Verification).

## Communication Plan

### Pre-Deployment
**Timing**: 24 hours before deployment
**Audience**: All users
**Message**:
\`\`\`
Scheduled Maintenance: [DATE] at [TIME]

We will be performing database maintenance to improve system functionality.

Expected Duration: 30-45 minutes
Impact: Brief application downtime
Recommended Action: Save work before [TIME]

Contact [SUPPORT] with questions.
\`\`\`

### During Deployment
**Timing**: At start of deployment
**Audience**: Team members
**Communication**: Slack/Teams channel updates at each phase

### Post-Deployment Success
**Timing**: After Phase 7 completion
**Audience**: All users
**Message**:
\`\`\`
Maintenance Complete

Database maintenance completed successfully. All systems operational.

You may need to refresh your browser to see the latest version.

Thank you for your patience.
\`\`\`

### Post-Deployment Failure
**Timing**: Immediately after rollback
**Audience**: All users + Management
**Message**:
\`\`\`
Maintenance Update

We encountered an issue during maintenance and have rolled back changes.

All systems restored to normal operation.

We will reschedule the maintenance and provide advance notice.

We apologize for any inconvenience.
\`\`\`

## Post-Deployment Tasks

Entered as optional checklist items of Phase 8 (Immediate (Day 1), Short-term (Week 1), Planning (Week 2)).

## Emergency Contacts

**Database Admin**: [CONTACT]
**Backend Lead**: [CONTACT]
**Frontend Lead**: [CONTACT]
**DevOps**: [CONTACT]
**Product Owner**: [CONTACT]

**Escalation Path**:
1. Team Lead (First 30 minutes)
2. Technical Director (After 30 minutes)
3. CTO (Critical issues only)

## Appendix A: Validation Queries

### Quick Revenue Check
\`\`\`sql
SELECT
    COUNT(*) as total_products,
    SUM(fixed_fee_facilitated) as total_fixed_fees,
    SUM(CASE
        WHEN percentage_fee IS NOT NULL
        THEN (percentage_fee * 100) -- Example calculation
        ELSE 0
    END) as total_percentage_fees
FROM client_products
WHERE status = 'active';
\`\`\`

### Check for NULL Values
\`\`\`sql
SELECT id, product_name, client_id
FROM client_products
WHERE fixed_fee_facilitated IS NULL
AND status = 'active'
ORDER BY id;
\`\`\`

### Verify Views
\`\`\`sql
-- Test all views
SELECT COUNT(*) FROM company_revenue_analytics;
SELECT COUNT(*) FROM products_list_view;
SELECT COUNT(*) FROM revenue_analytics_optimized;
\`\`\`

## Appendix B: Troubleshooting

### Issue: Backend Won't Start
**Symptoms**: PM2 shows crashed status, logs show import errors
**Cause**: Pydantic model mismatch with database
**Solution**:
1. Verify database migration completed
2. Check Pydantic models have \`fixed_fee_facilitated\` field
3. Restart with \`pm2 restart kingstons-api --update-env\`

### Issue: Frontend Shows "fixed_cost" Not Found
**Symptoms**: Console errors about missing field, data not displaying
**Cause**: Frontend not rebuilt with new field names
**Solution**:
1. Verify App.tsx has SCHEMA_VERSION 1.1.0
2. Clear browser cache completely
3. Hard refresh (Ctrl+Shift+R)
4. Rebuild frontend if needed

### Issue: Revenue Calculations Incorrect
**Symptoms**: Revenue totals don't match baseline
**Cause**: Database views not updated correctly
**Solution**:
1. Re-run migration script
2. Check all 3 views for correct column names
3. If still incorrect, execute rollback
`;

export const RUNBOOK_003: TSeedRunbook = {
  slug: "migration-001-fixed-cost-to-fixed-fee-facilitated",
  title: "Migration 001 - Fixed Cost to Fixed Fee Facilitated",
  summary:
    "Phase 1 of the fee type refactoring: rename client_products.fixed_cost to fixed_fee_facilitated across the database (1 column, 3 views with 7 references), the backend (7 files, 3 Pydantic models), the frontend (4 pages) and the React Query cache.",
  // the document says MEDIUM-HIGH; HIGH is the nearer level that does not understate it
  riskLevel: "HIGH",
  estimatedMinutes: 45,
  rollbackMinutes: 20,
  preamble: PREAMBLE,
  phases: [phase1, phase2, phase3, phase4, phase5, phase6, phase7, phase8, rollback1, rollback2, rollback3, rollback4, rollback5],
  signoffSheet: [
    { label: "Deployment Lead", role: "LEAD" },
    { label: "Database Admin", role: "DBA" },
    // MANAGER is read-only in PRODUCT.md, and no role means "product owner": anyone who took part
    { label: "Product Owner", role: null },
    { label: "Post-Deployment Verification", role: null },
  ],
};
