using System;
using System.Globalization;

namespace SalesKpi;

/// <summary>How to read a CSV export. Immutable.</summary>
public sealed record CsvOptions
{
    /// <summary>The field delimiter.</summary>
    /// <value>
    /// Default: <see langword="null"/>, detected from the header line: the one of comma, semicolon and
    /// tab it holds most of (a tie is refused).
    /// </value>
    public char? Delimiter { get; init; }

    /// <summary>The culture numbers and dates are written in: its decimal mark, group mark and day-month order.</summary>
    /// <value>
    /// Default: <see langword="null"/>, decided per file from the data: a value such as <c>100.5</c>,
    /// <c>1,5</c> or <c>1.234.567</c> settles the decimal mark, and <c>31/01/2025</c> the day-month
    /// order. A file whose values read both ways (<c>1,500</c> and <c>01/02/2025</c> only) is refused,
    /// naming this option; so is one that writes numbers both ways.
    /// </value>
    public CultureInfo? Culture { get; init; }

    /// <summary>The KPIs the data is for: the inputs they read are the columns the file must have.</summary>
    /// <value>Default: <see langword="null"/>, <see cref="KpiCatalog.Default"/>. Pass the catalog of the workbook or calculator the rows go into.</value>
    public KpiCatalog? Catalog { get; init; }

    /// <summary>Whether a file may lack columns that KPIs of <see cref="Catalog"/> read.</summary>
    /// <value>
    /// Default: <see langword="false"/>: a missing column is refused, naming it and the KPIs it feeds.
    /// When <see langword="true"/>, those KPIs are n/a, and <see cref="Warning"/> hears which. The period's
    /// dates and the rep id are always required.
    /// </value>
    public bool AllowMissingColumns { get; init; }

    /// <summary>
    /// Hears what the file's header leaves out or adds, before the first record is read: each allowed
    /// missing column (naming the KPIs that will be n/a) and each column that is not an input field
    /// (its values are not read).
    /// </summary>
    /// <value>Default: <see langword="null"/>, nobody hears.</value>
    public Action<DataProblem>? Warning { get; init; }
}
