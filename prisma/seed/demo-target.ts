// The demo target database: the schema the seed 003 runbook migrates (PRODUCT.md "The demo").
// A `client_products.fixed_cost` column feeding three views with 7 references to it, as the
// runbook's overview says, and deterministic data so every machine shows the same totals.

export const FEE_COLUMN_BEFORE = "fixed_cost";
export const FEE_COLUMN_AFTER = "fixed_fee_facilitated";

/** Revenue of a product: its fixed fee plus its percentage of assets, in pounds. */
const revenueExpr = (col: string) => `COALESCE(cp.${col}, 0) + ROUND(COALESCE(cp.aum, 0) * COALESCE(cp.percentage_fee, 0), 2)`;

/**
 * The three views, written for a fee column name. Dropped and re-created by the migration and by
 * its rollback, so they must be the same text apart from the column: 7 references in all
 * (3 in company_revenue_analytics, 2 in each of the others). Their output column names never
 * contain the fee column's name except products_list_view's, which follows the table like the
 * API does.
 */
export function viewsSql(col: string): string {
  return `CREATE VIEW company_revenue_analytics AS
SELECT co.id AS company_id,
       co.name AS company_name,
       (COUNT(cp.id) FILTER (WHERE cp.status = 'active'))::int AS active_products,
       COALESCE(SUM(cp.${col}) FILTER (WHERE cp.status = 'active'), 0)::numeric(14,2) AS total_fixed_fees,
       COALESCE(SUM(ROUND(COALESCE(cp.aum, 0) * COALESCE(cp.percentage_fee, 0), 2)) FILTER (WHERE cp.status = 'active'), 0)::numeric(14,2) AS total_percentage_fees,
       COALESCE(SUM(${revenueExpr(col)}) FILTER (WHERE cp.status = 'active'), 0)::numeric(14,2) AS total_revenue,
       (COUNT(cp.id) FILTER (WHERE cp.status = 'active' AND cp.${col} IS NULL))::int AS products_without_fixed_fee
FROM companies co
LEFT JOIN clients cl ON cl.company_id = co.id
LEFT JOIN client_products cp ON cp.client_id = cl.id
GROUP BY co.id, co.name;

CREATE VIEW products_list_view AS
SELECT cp.id,
       cp.client_id,
       cl.name AS client_name,
       co.id AS company_id,
       co.name AS company_name,
       cp.product_name,
       cp.product_type,
       cp.status,
       cp.${col},
       cp.percentage_fee,
       cp.aum,
       CASE WHEN cp.${col} IS NULL THEN 'percentage_only' ELSE 'fixed_and_percentage' END AS fee_structure
FROM client_products cp
JOIN clients cl ON cl.id = cp.client_id
JOIN companies co ON co.id = cl.company_id;

CREATE VIEW revenue_analytics_optimized AS
SELECT cp.id AS product_id,
       cl.company_id,
       cp.client_id,
       cp.status,
       COALESCE(cp.${col}, 0)::numeric(12,2) AS fixed_revenue,
       ROUND(COALESCE(cp.aum, 0) * COALESCE(cp.percentage_fee, 0), 2)::numeric(14,2) AS percentage_revenue,
       (${revenueExpr(col)})::numeric(14,2) AS total_revenue
FROM client_products cp
JOIN clients cl ON cl.id = cp.client_id;
`;
}

export const DROP_VIEWS_SQL = `DROP VIEW IF EXISTS revenue_analytics_optimized;
DROP VIEW IF EXISTS products_list_view;
DROP VIEW IF EXISTS company_revenue_analytics;
`;

const TABLES_SQL = `CREATE TABLE companies (
  id integer PRIMARY KEY,
  name text NOT NULL UNIQUE,
  region text NOT NULL
);

CREATE TABLE clients (
  id integer PRIMARY KEY,
  company_id integer NOT NULL REFERENCES companies(id),
  name text NOT NULL,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive'))
);
CREATE INDEX clients_company_id_idx ON clients(company_id);

CREATE TABLE client_products (
  id integer PRIMARY KEY,
  client_id integer NOT NULL REFERENCES clients(id),
  product_name text NOT NULL,
  product_type text NOT NULL,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
  fixed_cost numeric(12,2) CHECK (fixed_cost >= 0),
  percentage_fee numeric(6,4) CHECK (percentage_fee >= 0),
  aum numeric(14,2),
  start_date date NOT NULL
);
CREATE INDEX client_products_client_id_idx ON client_products(client_id);
`;

// ---------------------------------------------------------------------------------------------
// Deterministic data. Money is kept in integer pence (and fees in basis points of a hundredth)
// so the totals computed here equal the database's numeric arithmetic exactly.

export type TDemoCompany = { id: number; name: string; region: string };
export type TDemoClient = { id: number; companyId: number; name: string; status: "active" | "inactive" };
export type TDemoProduct = {
  id: number;
  clientId: number;
  productName: string;
  productType: string;
  status: "active" | "inactive";
  /** pence, or null: a percentage-only product */
  fixedCostPence: number | null;
  /** ten-thousandths (0.0075 → 75), or null */
  percentageFeeUnits: number | null;
  /** pence, or null */
  aumPence: number | null;
  startDate: string;
};
export type TDemoData = { companies: TDemoCompany[]; clients: TDemoClient[]; products: TDemoProduct[] };

/** mulberry32: a tiny seeded generator, so the demo is the same on every machine. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMPANY_NAMES = [
  "Abbott & Finch Wealth",
  "Brampton Capital",
  "Calder Vale Partners",
  "Dunmore Family Office",
  "Elmstead Advisory",
  "Fairhaven Trust",
  "Greystone Planning",
  "Harlow & Reed",
  "Ivybridge Investments",
  "Juniper Lane Wealth",
  "Kingsmere Private Clients",
  "Lowther Asset Care",
];
const REGIONS = ["London", "South East", "North West", "Scotland", "Midlands", "Wales"];
const FIRST_NAMES = ["Alice", "Ben", "Chloe", "David", "Emma", "Farid", "Grace", "Harry", "Isla", "James", "Kavya", "Liam", "Maya", "Noah", "Olivia", "Priya"];
const LAST_NAMES = [
  "Ashworth",
  "Bennett",
  "Chaudhry",
  "Doyle",
  "Evans",
  "Fletcher",
  "Gallagher",
  "Hughes",
  "Iqbal",
  "Jones",
  "Khan",
  "Lewis",
  "Morgan",
  "Nolan",
  "Okafor",
  "Patel",
];
const PRODUCTS: ReadonlyArray<{ name: string; type: string }> = [
  { name: "Stocks & Shares ISA", type: "isa" },
  { name: "Self-Invested Personal Pension", type: "pension" },
  { name: "General Investment Account", type: "gia" },
  { name: "Offshore Bond", type: "bond" },
  { name: "Onshore Bond", type: "bond" },
  { name: "Junior ISA", type: "isa" },
  { name: "Discretionary Portfolio", type: "dfm" },
  { name: "Cash Management Account", type: "cash" },
];

export function generateDemoData(): TDemoData {
  const rand = seededRandom(0x003f1c);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const pick = <T>(items: ReadonlyArray<T>): T => items[int(0, items.length - 1)] as T;

  const companies: TDemoCompany[] = COMPANY_NAMES.map((name, i) => ({ id: i + 1, name, region: REGIONS[i % REGIONS.length] as string }));
  const clients: TDemoClient[] = [];
  const products: TDemoProduct[] = [];
  for (const company of companies) {
    const clientCount = int(4, 7);
    for (let c = 0; c < clientCount; c += 1) {
      const client: TDemoClient = {
        id: clients.length + 1,
        companyId: company.id,
        name: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
        status: rand() < 0.08 ? "inactive" : "active",
      };
      clients.push(client);
      const productCount = int(3, 6);
      for (let p = 0; p < productCount; p += 1) {
        const product = pick(PRODUCTS);
        const roll = rand();
        // edge cases the baseline must carry across the rename: percentage-only products (NULL),
        // zero fixed fees, products without a percentage fee, and closed products
        const fixedCostPence = roll < 0.09 ? null : roll < 0.14 ? 0 : int(10, 300) * 1250;
        const percentageFeeUnits = rand() < 0.06 ? null : int(25, 150);
        const aumPence = product.type === "cash" && rand() < 0.5 ? null : int(2_000, 2_500_000) * 100 + int(0, 99);
        products.push({
          id: products.length + 1,
          clientId: client.id,
          productName: product.name,
          productType: product.type,
          status: client.status === "inactive" || rand() < 0.07 ? "inactive" : "active",
          fixedCostPence,
          percentageFeeUnits,
          aumPence,
          startDate: `20${int(15, 25)}-${String(int(1, 12)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")}`,
        });
      }
    }
  }
  return { companies, clients, products };
}

const pounds = (pence: number | null) => (pence === null ? "NULL" : (pence / 100).toFixed(2));
const fee = (units: number | null) => (units === null ? "NULL" : (units / 10000).toFixed(4));
const text = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The whole target: tables, data and views, as one script for one transaction. */
export function buildDemoTargetSql(data: TDemoData = generateDemoData()): string {
  const chunks: string[] = [TABLES_SQL];
  chunks.push(`INSERT INTO companies (id, name, region) VALUES\n${data.companies.map((c) => `(${c.id}, ${text(c.name)}, ${text(c.region)})`).join(",\n")};\n`);
  chunks.push(
    `INSERT INTO clients (id, company_id, name, status) VALUES\n${data.clients.map((c) => `(${c.id}, ${c.companyId}, ${text(c.name)}, ${text(c.status)})`).join(",\n")};\n`,
  );
  chunks.push(
    `INSERT INTO client_products (id, client_id, product_name, product_type, status, fixed_cost, percentage_fee, aum, start_date) VALUES\n${data.products
      .map(
        (p) =>
          `(${p.id}, ${p.clientId}, ${text(p.productName)}, ${text(p.productType)}, ${text(p.status)}, ${pounds(p.fixedCostPence)}, ${fee(p.percentageFeeUnits)}, ${pounds(p.aumPence)}, DATE ${text(p.startDate)})`,
      )
      .join(",\n")};\n`,
  );
  chunks.push(viewsSql(FEE_COLUMN_BEFORE));
  return chunks.join("\n");
}

// ---------------------------------------------------------------------------------------------
// The runbook's baselines computed from the same data, for the seeded past deployments: what the
// demo target would have answered, without querying it inside the seed transaction.

/** ROUND(aum * percentage_fee, 2) in pence: half away from zero, like numeric ROUND. */
export function percentageRevenuePence(p: TDemoProduct): number {
  if (p.aumPence === null || p.percentageFeeUnits === null) return 0;
  return Math.floor((p.aumPence * p.percentageFeeUnits + 5_000) / 10_000);
}

export function totalRevenuePence(p: TDemoProduct): number {
  return (p.fixedCostPence ?? 0) + percentageRevenuePence(p);
}

export const penceToNumeric = (pence: number) => (pence / 100).toFixed(2);

export type TBaselineRows = { columns: string[]; rows: Record<string, string | number | null>[] };

export function productRevenueBaseline(data: TDemoData): TBaselineRows {
  return {
    columns: ["id", "status", "fixed_cost", "total_revenue"],
    rows: data.products.map((p) => ({
      id: p.id,
      status: p.status,
      fixed_cost: p.fixedCostPence === null ? null : penceToNumeric(p.fixedCostPence),
      total_revenue: penceToNumeric(totalRevenuePence(p)),
    })),
  };
}

export function companyTotalsBaseline(data: TDemoData): TBaselineRows {
  const clientCompany = new Map(data.clients.map((c) => [c.id, c.companyId]));
  return {
    columns: ["company_id", "company_name", "active_products", "total_fixed_fees", "total_revenue", "products_without_fixed_fee"],
    rows: data.companies.map((co) => {
      const active = data.products.filter((p) => clientCompany.get(p.clientId) === co.id && p.status === "active");
      return {
        company_id: co.id,
        company_name: co.name,
        active_products: active.length,
        total_fixed_fees: penceToNumeric(active.reduce((s, p) => s + (p.fixedCostPence ?? 0), 0)),
        total_revenue: penceToNumeric(active.reduce((s, p) => s + totalRevenuePence(p), 0)),
        products_without_fixed_fee: active.filter((p) => p.fixedCostPence === null).length,
      };
    }),
  };
}

export function edgeCaseBaseline(data: TDemoData): TBaselineRows {
  const active = data.products.filter((p) => p.status === "active");
  return {
    columns: ["metric", "value"],
    rows: [
      { metric: "active_products", value: active.length },
      { metric: "active_null_fixed_fee", value: active.filter((p) => p.fixedCostPence === null).length },
      { metric: "active_zero_fixed_fee", value: active.filter((p) => p.fixedCostPence === 0).length },
      { metric: "inactive_products", value: data.products.length - active.length },
      { metric: "total_products", value: data.products.length },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Tenant schemas (issue 15 item 2): a few schemas of one multi-tenant app, each with a small fees
// table, for the second demo runbook's fan-out. Written so running it again changes nothing:
// a schema, table or row that exists is left as it is.

export const DEMO_TENANTS = ["tenant_acme", "tenant_globex", "tenant_initech"] as const;

const TENANT_FEES: Record<(typeof DEMO_TENANTS)[number], [number, string, "active" | "inactive", string][]> = {
  tenant_acme: [
    [1, "Managed portfolio", "active", "0.0075"],
    [2, "Cash account", "active", "0.0010"],
    [3, "Legacy bond fund", "inactive", "0.0050"],
  ],
  tenant_globex: [
    [1, "Managed portfolio", "active", "0.0080"],
    [2, "Pension wrapper", "active", "0.0045"],
  ],
  tenant_initech: [
    [1, "ISA", "active", "0.0035"],
    [2, "Managed portfolio", "active", "0.0070"],
    [3, "Cash account", "inactive", "0.0010"],
    [4, "Advisory retainer", "active", "0.0120"],
  ],
};

/** The tenant schemas with their fees, idempotent: one transaction's script. */
export function buildDemoTenantsSql(): string {
  return DEMO_TENANTS.map((tenant) => {
    const rows = TENANT_FEES[tenant].map(([id, product, status, fee]) => `(${id}, ${text(product)}, ${text(status)}, ${fee})`).join(", ");
    return `CREATE SCHEMA IF NOT EXISTS ${tenant};
CREATE TABLE IF NOT EXISTS ${tenant}.fees (
  id integer PRIMARY KEY,
  product text NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'inactive')),
  percentage_fee numeric(6,4) NOT NULL CHECK (percentage_fee >= 0)
);
INSERT INTO ${tenant}.fees (id, product, status, percentage_fee) VALUES ${rows} ON CONFLICT (id) DO NOTHING;
`;
  }).join("\n");
}
