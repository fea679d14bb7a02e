"use strict";
// The page's words, in one place. KPI names and descriptions come from the library's catalog.
const LABELS = {
  en: {
    pageTitle: "Sales KPIs", heading: "Sales KPIs",
    tagline: "Turn a CRM export into the KPI workbook: check the numbers here, then download.",
    dataHeading: "Your data", pickFile: "Choose a CSV export", pickHint: "One row per rep and period (comma or semicolon)",
    useSample: "or use the sample data", sample: "Sample data: 15 reps, 2024–2025",
    templateHeading: "Template", templateStandard: "Standard: all 21 KPIs",
    templateHint: "Which KPIs, targets and teams the workbook starts with.",
    downloadHeading: "Workbook", download: "Download workbook (.xlsx)",
    downloadHint: "Live formulas, dashboard, trend and leaderboard, in the language chosen above.",
    latest: "Latest period", rowsRead: n => `${n} rows read`, reps: n => `${n} reps in this period`, currency: c => `amounts in ${c}`,
    kpi: "KPI", everyone: "Everyone", noTeam: "(no team)", target: "target",
    onTarget: "On target", close: "Close", offTarget: "Off target", noTarget: "No target or no value",
    undefined: "n/a", perDay: "/day", days: "days", hours: "h",
    week: "Week of", quarter: "Q",
    row: "Where", column: "Column", value: "Value", why: "Problem",
    rowsCounted: "Lines count from the header, which is line 1.",
    // Problems by the code the server gives; a code not here keeps the server's words.
    problems: {
      "bad-value": { title: "A value in the file cannot be used" },
      "bad-file": { title: "The file could not be read as sales data" },
      "too-large": { title: "The file is too large", detail: p => `This page takes files up to ${fileSize(p.maxBytes)}. Split the export by period and upload each part.` },
    },
    nothingDownloaded: "Nothing was downloaded. Fix the file and choose it again.",
    working: "Reading the data…", empty: "Choose a CSV export, or the sample data, to see its KPIs.",
    failed: s => `The server answered ${s}.`, offline: "The server could not be reached.",
    footer: "SalesKpi web example. Values come from the library's C# calculator; the workbook computes the same with live formulas.",
  },
  es: {
    pageTitle: "KPI de ventas", heading: "KPI de ventas",
    tagline: "Convierta una exportación del CRM en el libro de KPI: revise las cifras aquí y descárguelo.",
    dataHeading: "Sus datos", pickFile: "Elija una exportación CSV", pickHint: "Una fila por comercial y periodo (coma o punto y coma)",
    useSample: "o use los datos de ejemplo", sample: "Datos de ejemplo: 15 comerciales, 2024–2025",
    templateHeading: "Plantilla", templateStandard: "Estándar: los 21 KPI",
    templateHint: "Con qué KPI, objetivos y equipos empieza el libro.",
    downloadHeading: "Libro", download: "Descargar el libro (.xlsx)",
    downloadHint: "Fórmulas vivas, cuadro de mando, tendencia y clasificación, en el idioma elegido arriba.",
    latest: "Último periodo", rowsRead: n => `${n} filas leídas`, reps: n => `${n} comerciales en este periodo`, currency: c => `importes en ${c}`,
    kpi: "KPI", everyone: "Todos", noTeam: "(sin equipo)", target: "objetivo",
    onTarget: "En objetivo", close: "Cerca", offTarget: "Fuera de objetivo", noTarget: "Sin objetivo o sin valor",
    undefined: "n/d", perDay: "/día", days: "días", hours: "h",
    week: "Semana del", quarter: "T",
    row: "Dónde", column: "Columna", value: "Valor", why: "Problema",
    rowsCounted: "Las líneas se cuentan desde la cabecera, que es la línea 1.",
    problems: {
      "bad-value": { title: "Un valor del archivo no se puede usar" },
      "bad-file": { title: "El archivo no se puede leer como datos de ventas" },
      "too-large": { title: "El archivo es demasiado grande", detail: p => `Esta página admite archivos de hasta ${fileSize(p.maxBytes)}. Divida la exportación por periodos y súbala por partes.` },
    },
    nothingDownloaded: "No se ha descargado nada. Corrija el archivo y vuelva a elegirlo.",
    working: "Leyendo los datos…", empty: "Elija una exportación CSV, o los datos de ejemplo, para ver sus KPI.",
    failed: s => `El servidor respondió ${s}.`, offline: "No se pudo contactar con el servidor.",
    footer: "Ejemplo web de SalesKpi. Los valores salen de la calculadora C# de la biblioteca; el libro calcula lo mismo con fórmulas vivas.",
  },
};

const $ = id => document.getElementById(id);
const state = {
  lang: new URLSearchParams(location.search).get("lang") || ((navigator.language || "").startsWith("es") ? "es" : "en"),
  source: null,          // null, { sample: true } or { file }
  templates: [],
  request: 0,            // only the latest request's answer is shown
};
if (!LABELS[state.lang]) state.lang = "en";
const L = () => LABELS[state.lang];
const locale = () => (state.lang === "es" ? "es-ES" : "en-US");

function applyLabels() {
  document.documentElement.lang = state.lang;
  document.querySelectorAll("[data-label]").forEach(el => {
    if (el.id === "file-name" && state.source) return;
    el.textContent = L()[el.dataset.label];
  });
  document.querySelectorAll("[data-lang]").forEach(b => b.setAttribute("aria-pressed", String(b.dataset.lang === state.lang)));
  fillTemplates();
  showSource();
}

function fillTemplates() {
  const select = $("template");
  const chosen = select.value;
  select.querySelectorAll("option[data-template]").forEach(o => o.remove());
  for (const t of state.templates) {
    const option = document.createElement("option");
    option.value = t.name;
    option.dataset.template = "";
    option.textContent = (t.title && t.title[state.lang]) || t.name;
    select.append(option);
  }
  select.value = chosen;
}

function showSource() {
  const name = $("file-name");
  if (state.source && state.source.file) name.textContent = state.source.file.name;
  else if (state.source) name.textContent = L().sample;
  $("download").disabled = !state.source;
}

function query() {
  const params = new URLSearchParams({ lang: state.lang });
  if ($("template").value) params.set("template", $("template").value);
  return params.toString();
}

function send(path) {
  if (state.source.file) {
    const form = new FormData();
    form.append("data", state.source.file, state.source.file.name);
    return fetch(`${path}?${query()}`, { method: "POST", body: form });
  }
  return fetch(`${path}?${query()}`);
}

async function preview() {
  if (!state.source) return;
  const request = ++state.request;
  busy(true);
  try {
    const response = await send("/api/preview");
    if (request !== state.request) return;
    if (!response.ok) return showProblem(await problemOf(response));
    renderPreview(await response.json());
  } catch {
    if (request === state.request) showProblem({ title: L().offline });
  } finally {
    if (request === state.request) busy(false);
  }
}

async function download() {
  if (!state.source) return;
  const request = ++state.request;
  busy(true);
  try {
    const response = await send("/kpis.xlsx");
    if (!response.ok) return showProblem(await problemOf(response));
    const blob = await response.blob();
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = fileName(response) || "kpis.xlsx";
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
  } catch {
    showProblem({ title: L().offline });
  } finally {
    if (request === state.request) busy(false);
  }
}

function fileName(response) {
  const match = /filename="?([^";]+)"?/i.exec(response.headers.get("Content-Disposition") || "");
  return match && match[1];
}

async function problemOf(response) {
  try {
    const body = await response.json();
    return { ...body, title: body.title || L().failed(response.status), problems: body.problems || [] };
  } catch {
    return { title: L().failed(response.status) };
  }
}

function busy(on) {
  $("busy").hidden = !on;
  $("download").disabled = on || !state.source;
}

function showProblem(problem) {
  $("preview").hidden = true;
  $("empty").hidden = true;
  $("problem").hidden = false;
  // The page words the problems it knows in its own language; the rest keep the server's words.
  const rows = problem.problems || [];
  const known = L().problems[problem.code] || {};
  $("problem-title").textContent = known.title || problem.title;
  $("problem-detail").textContent = rows.length ? L().rowsCounted : known.detail ? known.detail(problem) : problem.detail || "";
  $("problem-table").hidden = rows.length === 0;
  const body = $("problem-table").tBodies[0];
  body.replaceChildren(...rows.map(p => tr([cell("td", p.where ?? ""), cell("td", p.column ?? ""), cell("td", p.value ?? ""), cell("td", p.message)])));
}

function renderPreview(data) {
  $("problem").hidden = true;
  $("empty").hidden = true;
  $("preview").hidden = false;
  $("preview-title").textContent = `${L().latest}: ${periodName(data.period, data.periodKind)}`;
  const reps = data.scopes.length ? data.scopes[data.scopes.length - 1].reps : 0;
  $("preview-summary").textContent = [L().rowsRead(data.rows), L().reps(reps), L().currency(data.currency)].join(" · ");
  // What the reader noticed without refusing the file (missing or unknown columns), in the server's words.
  const warnings = data.warnings || [];
  $("preview-warnings").hidden = warnings.length === 0;
  $("preview-warnings").replaceChildren(...warnings.map(w => cell("li", w)));

  const head = [cell("th", L().kpi)];
  data.scopes.forEach(s => {
    const th = cell("th", s.team === null ? L().everyone : s.team || L().noTeam);
    if (s.team === null) th.className = "everyone";
    head.push(th);
  });
  $("kpis").tHead.replaceChildren(tr(head));

  $("kpis").tBodies[0].replaceChildren(...data.kpis.map((kpi, i) => {
    const name = cell("th", kpi.name);
    name.title = kpi.description;
    name.dataset.kpi = kpi.id;
    const cells = data.scopes.map(s => {
      const v = s.values[i];
      const td = document.createElement("td");
      td.dataset.kpi = kpi.id;
      td.dataset.team = s.team === null ? "*" : s.team;
      td.className = [v.status || "", s.team === null ? "everyone" : "", v.value === null ? "undefined" : ""].join(" ").trim();
      const value = cell("span", format(v.value, kpi.unit, data.currency));
      value.className = "value";
      td.append(value);
      if (v.target !== null) {
        const target = cell("span", `${L().target} ${format(v.target, kpi.unit, data.currency)}`);
        target.className = "target";
        td.append(target);
      }
      if (v.status) td.title = L()[{ "on-target": "onTarget", close: "close", "off-target": "offTarget" }[v.status]];
      return td;
    });
    return tr([name, ...cells]);
  }));
}

function periodName(iso, kind) {
  if (!iso) return "";
  const date = new Date(`${iso}T00:00:00Z`);
  const opts = { timeZone: "UTC" };
  if (kind === "Week") return `${L().week} ${date.toLocaleDateString(locale(), { ...opts, day: "numeric", month: "long", year: "numeric" })}`;
  if (kind === "Quarter") return `${L().quarter}${Math.floor(date.getUTCMonth() / 3) + 1} ${date.getUTCFullYear()}`;
  return date.toLocaleDateString(locale(), { ...opts, month: "long", year: "numeric" });
}

function fileSize(bytes) {
  return bytes < 1024 * 1024 ? `${number(bytes / 1024, 0)} KB` : `${number(bytes / (1024 * 1024), 0)} MB`;
}

function number(value, digits) {
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

function money(value, currency) {
  try {
    return new Intl.NumberFormat(locale(), { style: "currency", currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(value);
  } catch {
    return `${number(value, 0)} ${currency}`;
  }
}

function format(value, unit, currency) {
  if (value === null || value === undefined) return L().undefined;
  switch (unit) {
    case "Percent": return new Intl.NumberFormat(locale(), { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
    case "Currency": return money(value, currency);
    case "CurrencyPerDay": return money(value, currency) + L().perDay;
    case "Ratio": return `${number(value, 2)}×`;
    case "Days": return `${number(value, 1)} ${L().days}`;
    case "Hours": return `${number(value, 1)} ${L().hours}`;
    case "CountPerDay": return number(value, 1) + L().perDay;
    default: return number(value, 0);
  }
}

function cell(tag, text) {
  const el = document.createElement(tag);
  el.textContent = text;
  return el;
}

function tr(cells) {
  const row = document.createElement("tr");
  row.append(...cells);
  return row;
}

$("file").addEventListener("change", e => {
  const file = e.target.files[0];
  if (!file) return;
  state.source = { file };
  showSource();
  preview();
});
$("sample").addEventListener("click", () => {
  state.source = { sample: true };
  $("file").value = "";
  showSource();
  preview();
});
$("template").addEventListener("change", preview);
$("download").addEventListener("click", download);
document.querySelectorAll("[data-lang]").forEach(b => b.addEventListener("click", () => {
  state.lang = b.dataset.lang;
  applyLabels();
  preview();
}));

applyLabels();
fetch("/api/templates").then(r => r.json()).then(list => { state.templates = list; fillTemplates(); }).catch(() => {});
