namespace SalesKpi.Formulas;

/// <summary>The workbook settings a formula may read.</summary>
internal enum Setting
{
    /// <summary>The cap on a customer's expected lifetime, in periods (keeps CLV finite when nobody churns).</summary>
    MaxLifetimePeriods,

    /// <summary>Months in one period: about 0.23 for a week, 1 for a month, 3 for a quarter.</summary>
    PeriodMonths,
}
