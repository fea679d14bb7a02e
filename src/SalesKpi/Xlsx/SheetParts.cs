using System;
using System.Collections.Generic;

namespace SalesKpi.Xlsx;

/// <summary>What comes before a sheet's rows: views and column widths.</summary>
internal sealed record SheetSetup
{
    /// <summary>Width of each column from A on, in characters.</summary>
    public IReadOnlyList<double> ColumnWidths { get; init; } = Array.Empty<double>();

    /// <summary>1-based columns to hide.</summary>
    public IReadOnlyCollection<int> HiddenColumns { get; init; } = Array.Empty<int>();

    public int FrozenRows { get; init; }

    public int FrozenColumns { get; init; }

    public string? TabColor { get; init; }

    public bool ShowGridLines { get; init; } = true;

    public bool Selected { get; init; }

    public string? ActiveCell { get; init; }

    /// <summary>How the sheet prints; null leaves it to the program's defaults.</summary>
    public PrintSetup? Print { get; init; }
}

/// <summary>
/// How a sheet prints: on A4, as many pages across as <see cref="PagesWide"/> and down as <see cref="PagesTall"/> allow.
/// The page setup goes in the sheet; the print area and the rows repeated on every page are the
/// workbook's <c>_xlnm.Print_Area</c> and <c>_xlnm.Print_Titles</c> names, as Excel keeps them.
/// </summary>
internal sealed record PrintSetup
{
    public bool Landscape { get; init; }

    /// <summary>The most pages down; 0 for as many as it takes.</summary>
    public int PagesTall { get; init; }

    /// <summary>The most pages across: 1 for the sheets people read on paper; a wide table takes more, its <see cref="TitleColumns"/> on each.</summary>
    public int PagesWide { get; init; } = 1;

    /// <summary>Rows 1 to this one repeat at the top of every page; 0 for none.</summary>
    public int TitleRows { get; init; }

    /// <summary>Columns A to this one repeat at the left of every page; 0 for none.</summary>
    public int TitleColumns { get; init; }

    /// <summary>Centred across the page: for sheets narrower than the page.</summary>
    public bool Centered { get; init; }
}

internal enum ValidationType
{
    List,
    Whole,
    Decimal,
    Date,
    TextLength,
    Custom,
}

/// <summary>A data validation over a range, with its messages.</summary>
internal sealed record Validation(string Sqref, ValidationType Type, string? Operator, string Formula1, string? Formula2 = null)
{
    public string? PromptTitle { get; init; }

    public string? Prompt { get; init; }

    public string? ErrorTitle { get; init; }

    public string? Error { get; init; }
}

/// <summary>A conditional format: where the formula is true, the differential style applies.</summary>
internal sealed record ConditionalFormat(string Sqref, string Formula, int DiffStyleId);

/// <summary>What comes after a sheet's rows. Every sheet is protected: only input cells are unlocked.</summary>
internal sealed record SheetTail
{
    /// <summary>The legacy protection hash, or null for protection without a password.</summary>
    public string? PasswordHash { get; init; }

    public IReadOnlyList<string> Merges { get; init; } = Array.Empty<string>();

    public IReadOnlyList<ConditionalFormat> ConditionalFormats { get; init; } = Array.Empty<ConditionalFormat>();

    public IReadOnlyList<Validation> Validations { get; init; } = Array.Empty<Validation>();

    /// <summary>The relationship id of the sheet's drawing (its charts), if it has one.</summary>
    public string? DrawingId { get; init; }

    public IReadOnlyList<Sparkline> Sparklines { get; init; } = Array.Empty<Sparkline>();
}

/// <summary>A line chart in one cell, drawn from a row of values: #N/A and blanks are gaps.</summary>
internal sealed record Sparkline(string Source, string Cell);
