using System;
using SalesKpi.Catalog;

namespace SalesKpi.Localization;

/// <summary>Every text of the workbook that is not in the catalog, in both languages, written once.</summary>
internal static class Labels
{
    public static readonly LocalizedText DefaultTitle = new("Sales KPIs", "KPI de ventas");

    // Sheet names: short, and without characters a sheet name cannot hold.
    public static readonly LocalizedText DashboardSheet = new("Dashboard", "Cuadro de mando");
    public static readonly LocalizedText DataSheet = new("Data", "Datos");
    public static readonly LocalizedText KpiSheet = new("KPIs", "KPI");
    public static readonly LocalizedText SettingsSheet = new("Settings", "Ajustes");
    public static readonly LocalizedText InstructionsSheet = new("Instructions", "Instrucciones");
    public static readonly LocalizedText CalcSheet = new("Calc", "Calc");
    public static readonly LocalizedText TrendSheet = new("Trend", "Tendencia");
    public static readonly LocalizedText LeaderboardSheet = new("Leaderboard", "Clasificación");
    public static readonly LocalizedText SeriesSheet = new("Series", "Series");

    // What a person reads where a KPI is undefined or has no target.
    public static readonly LocalizedText Undefined = new("n/a", "n/d");
    public static readonly LocalizedText NoTarget = new("—", "—");

    public static readonly LocalizedText OnTarget = new("● On target", "● En objetivo");
    public static readonly LocalizedText Close = new("● Close", "● Cerca");
    public static readonly LocalizedText OffTarget = new("● Off target", "● Fuera de objetivo");

    public static readonly LocalizedText Period = new("Period", "Periodo");
    public static readonly LocalizedText PeriodHint = new("blank = latest", "vacío = el último");
    public static readonly LocalizedText Showing = new("Showing", "Mostrando");
    public static readonly LocalizedText ScopeKind = new("Scope", "Ámbito");
    public static readonly LocalizedText ScopeValue = new("Which", "Cuál");
    public static readonly LocalizedText RowsInScope = new("data rows in this scope and period", "filas de datos en este ámbito y periodo");
    public static readonly LocalizedText NoDataYet = new("No data yet: enter one row per rep and period on the Data sheet.",
        "Aún no hay datos: introduzca una fila por comercial y periodo en la hoja Datos.");

    public static readonly LocalizedText Everyone = new("Everyone", "Todos");
    public static readonly LocalizedText Team = new("Team", "Equipo");
    public static readonly LocalizedText Location = new("Location", "Zona");
    public static readonly LocalizedText Rep = new("Rep", "Comercial");

    public static readonly LocalizedText Week = new("Week", "Semana");
    public static readonly LocalizedText Month = new("Month", "Mes");
    public static readonly LocalizedText Quarter = new("Quarter", "Trimestre");
    public static readonly LocalizedText YearOnYear = new("Year-on-year", "Interanual");
    public static readonly LocalizedText PreviousPeriod = new("Previous period", "Periodo anterior");

    // Dashboard columns.
    public static readonly LocalizedText Kpi = new("KPI", "KPI");
    public static readonly LocalizedText Actual = new("Actual", "Real");
    public static readonly LocalizedText UnitHeader = new("Unit", "Unidad");
    public static readonly LocalizedText Target = new("Target", "Objetivo");
    public static readonly LocalizedText Attainment = new("Attainment", "Logro");
    public static readonly LocalizedText Status = new("Status", "Estado");
    public static readonly LocalizedText Previous = new("Previous", "Anterior");
    public static readonly LocalizedText Change = new("Change", "Variación");
    public static readonly LocalizedText Watch = new("Watch", "Vigilar");
    public static readonly LocalizedText WatchLegend = new(
        "Watch: ⚠ off target this period and the one before (against this period's target); ▼ worse three periods in a row, by the KPI's direction.",
        "Vigilar: ⚠ fuera de objetivo en este periodo y en el anterior (frente al objetivo de este periodo); ▼ peor tres periodos seguidos, según el sentido del KPI.");
    public static readonly LocalizedText WatchPrompt = new(
        "⚠ off target this period and the one before. ▼ worse three periods in a row (lower is better for cost, churn, cycle and response time).",
        "⚠ fuera de objetivo en este periodo y en el anterior. ▼ peor tres periodos seguidos (en coste, abandono, ciclo y respuesta, más bajo es mejor).");

    // Trend and leaderboard.
    public static readonly LocalizedText TrendTitle = new("Every KPI, period by period", "Cada KPI, periodo a periodo");
    public static readonly LocalizedText TrendHint = new("For the dashboard's scope; the latest periods, oldest first. The line on the right is the trend.",
        "Para el ámbito del cuadro de mando; los últimos periodos, del más antiguo al más reciente. La línea de la derecha es la tendencia.");
    public static readonly LocalizedText TrendColumn = new("Trend", "Tendencia");
    public static readonly LocalizedText LeaderboardTitle = new("Reps ranked", "Clasificación de comerciales");
    public static readonly LocalizedText LeaderboardHint = new("For the dashboard's period and scope. Equal values share a rank; reps whose KPI is n/a come last.",
        "Para el periodo y el ámbito del cuadro de mando. Los valores iguales comparten puesto; los comerciales con el KPI n/d van al final.");
    public static readonly LocalizedText RankBy = new("Rank by", "Ordenar por");
    public static readonly LocalizedText Rank = new("Rank", "Puesto");
    public static readonly LocalizedText Value = new("Value", "Valor");
    public static readonly LocalizedText RepsToWatch = new("Reps to watch: the most tracked KPIs off target", "Comerciales a vigilar: más KPI seguidos fuera de objetivo");
    public static readonly LocalizedText OffTargetCount = new("KPIs off target", "KPI fuera de objetivo");
    public static readonly LocalizedText WorstKpi = new("Furthest off", "El más alejado");

    // Charts.
    public static readonly LocalizedText RevenueChart = new("Revenue against quota", "Ingresos frente a cuota");
    public static readonly LocalizedText AttainmentChart = new("Quota attainment by rep", "Cumplimiento de cuota por comercial");
    public static readonly LocalizedText FunnelChart = new("Funnel: leads to deals won", "Embudo: de contactos a operaciones ganadas");
    public static readonly LocalizedText WinRateChart = new("Win rate and pipeline coverage", "Tasa de cierre y cobertura del pipeline");

    // Unit words shown beside values.
    public static readonly LocalizedText PercentUnit = new("%", "%");
    public static readonly LocalizedText RatioUnit = new("x", "x");
    public static readonly LocalizedText CountUnit = new("count", "n.º");
    public static readonly LocalizedText DaysUnit = new("days", "días");
    public static readonly LocalizedText HoursUnit = new("hours", "horas");
    public static readonly LocalizedText PerDay = new("/day", "/día");

    // Settings sheet.
    public static readonly LocalizedText General = new("General", "General");
    public static readonly LocalizedText Currency = new("Currency", "Moneda");
    public static readonly LocalizedText PeriodKind = new("Period kind", "Tipo de periodo");
    public static readonly LocalizedText GrowthBasis = new("Revenue growth compares with", "El crecimiento compara con");
    public static readonly LocalizedText MaxLifetime = new("Max customer lifetime (periods)", "Vida máxima del cliente (periodos)");
    public static readonly LocalizedText MaxLifetimeHint = new("blank = five years", "vacío = cinco años");
    public static readonly LocalizedText CloseBand = new("'Close' band (share of target)", "Margen 'Cerca' (parte del objetivo)");
    public static readonly LocalizedText Targets = new("Targets", "Objetivos");
    public static readonly LocalizedText Better = new("Better", "Mejor");
    public static readonly LocalizedText Higher = new("higher", "más alto");
    public static readonly LocalizedText Lower = new("lower", "más bajo");
    public static readonly LocalizedText DefaultRule = new("When blank", "Si está vacío");
    public static readonly LocalizedText FromPlan = new("no target (set one from your plan)", "sin objetivo (fíjelo según su plan)");
    public static readonly LocalizedText Lists = new("Lists used by the Data sheet and the dashboard", "Listas que usan la hoja Datos y el cuadro de mando");
    public static readonly LocalizedText Teams = new("Teams", "Equipos");
    public static readonly LocalizedText Locations = new("Locations", "Zonas");
    public static readonly LocalizedText Reps = new("Rep IDs", "ID de comerciales");
    public static readonly LocalizedText Track = new("Track", "Seguir");
    public static readonly LocalizedText Yes = new("yes", "sí");
    public static readonly LocalizedText No = new("no", "no");
    public static readonly LocalizedText SixACheck = new("6 A check: who can move it? is the target attainable?", "Control 6 A: ¿quién puede moverlo? ¿es alcanzable el objetivo?");
    public static readonly LocalizedText TooManyTracked = new(
        " KPIs tracked: a team can discuss about eight regularly. Switch off the ones with the least impact.",
        " KPI seguidos: un equipo puede tratar unos ocho con regularidad. Desactive los de menos impacto.");

    // Data validation messages.
    public static readonly LocalizedText InvalidTitle = new("Not valid here", "Valor no válido");
    public static readonly LocalizedText WholeNumber = new("Enter a whole number from 0 to 1,000,000,000.", "Introduzca un número entero de 0 a 1.000.000.000.");
    public static readonly LocalizedText NonNegative = new("Enter a number, 0 or more.", "Introduzca un número, 0 o más.");
    public static readonly LocalizedText AnyNumber = new("Enter a number (it may be negative).", "Introduzca un número (puede ser negativo).");
    public static readonly LocalizedText DateMessage = new("Enter a date between 2000 and 2100.", "Introduzca una fecha entre 2000 y 2100.");
    public static readonly LocalizedText EndDateMessage = new("Enter a date on or after the period start.", "Introduzca una fecha igual o posterior al inicio del periodo.");
    public static readonly LocalizedText TextMessage = new(
        FormattableString.Invariant($"Enter up to {FieldDomain.MaxTextLength} characters."),
        FormattableString.Invariant($"Introduzca hasta {FieldDomain.MaxTextLength} caracteres."));
    public static readonly LocalizedText ListMessage = new("Pick a value listed on the Settings sheet (add it there first).",
        "Elija un valor de la lista de la hoja Ajustes (añádalo allí antes).");
    public static readonly LocalizedText PickMessage = new("Pick a value from the list.", "Elija un valor de la lista.");
    public static readonly LocalizedText CurrencyMessage = new("Enter a currency code such as EUR or USD.", "Introduzca un código de moneda como EUR o USD.");
    public static readonly LocalizedText PositiveMessage = new("Enter a number above 0, or leave blank.", "Introduzca un número mayor que 0 o déjelo vacío.");
    public static readonly LocalizedText BandMessage = new("Enter a share between 0 % and 100 %.", "Introduzca una parte entre 0 % y 100 %.");
    public static readonly LocalizedText TrackMessage = new("Pick yes to track this KPI on the dashboard, no to set it aside.",
        "Elija sí para seguir este KPI en el cuadro de mando, no para dejarlo aparte.");
    public static readonly LocalizedText TargetMessage = new("Enter the target, or leave blank for the default rule.",
        "Introduzca el objetivo, o déjelo vacío para la regla por defecto.");
}
