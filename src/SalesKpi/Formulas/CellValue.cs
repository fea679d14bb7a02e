using System;
using System.Collections.Generic;
using System.Globalization;

namespace SalesKpi.Formulas;

internal enum ValueKind
{
    Blank,
    Number,
    Text,
    Logical,
    Error,
    Array,
}

/// <summary>
/// What a formula or a cell holds, as a spreadsheet has it: blank, a number (dates are serial
/// numbers), text, TRUE/FALSE, an error such as #N/A, or the cells of a range.
/// </summary>
internal readonly struct CellValue
{
    public const string NotAvailableCode = "#N/A";
    public const string DivideByZeroCode = "#DIV/0!";
    public const string WrongTypeCode = "#VALUE!";
    public const string BadNumberCode = "#NUM!";
    public const string BadReferenceCode = "#REF!";

    private readonly object? _reference;

    private CellValue(ValueKind kind, double number, object? reference)
    {
        Kind = kind;
        Number = number;
        _reference = reference;
    }

    public ValueKind Kind { get; }

    /// <summary>The number; 1 or 0 for TRUE or FALSE.</summary>
    public double Number { get; }

    public string Text => Kind == ValueKind.Text ? (string)_reference! : "";

    /// <summary>The error's code, such as "#N/A".</summary>
    public string ErrorCode => Kind == ValueKind.Error ? (string)_reference! : "";

    /// <summary>How many columns a range's cells make (they are kept row by row); 0 for anything else.</summary>
    public int Columns => Kind == ValueKind.Array ? (int)Number : 0;

    public IReadOnlyList<CellValue> Items => Kind == ValueKind.Array ? (IReadOnlyList<CellValue>)_reference! : System.Array.Empty<CellValue>();

    public bool IsError => Kind == ValueKind.Error;

    public bool IsNotAvailable => Kind == ValueKind.Error && ErrorCode == NotAvailableCode;

    /// <summary>The number (1 or 0 for TRUE or FALSE), or null for anything else: how the catalog's formulas read a result.</summary>
    public double? AsNumber => Kind is ValueKind.Number or ValueKind.Logical ? Number : null;

    public static CellValue Blank => default;

    public static CellValue NotAvailable { get; } = Error(NotAvailableCode);

    /// <summary>A number; #NUM! where a double overflows, as a spreadsheet gives.</summary>
    public static CellValue Of(double number) =>
        double.IsNaN(number) || double.IsInfinity(number) ? Error(BadNumberCode) : new(ValueKind.Number, number, null);

    /// <summary>A number, or #N/A where it is undefined.</summary>
    public static CellValue Of(double? number) => number is { } n ? Of(n) : NotAvailable;

    public static CellValue Of(string text) => new(ValueKind.Text, 0, text);

    public static CellValue Of(bool value) => new(ValueKind.Logical, value ? 1 : 0, null);

    /// <summary>A date as its serial number, or #N/A where there is none.</summary>
    public static CellValue Date(DateTime? date) => date is { } d ? Of(d.ToOADate()) : NotAvailable;

    public static CellValue Error(string code) => new(ValueKind.Error, 0, code);

    /// <summary>The cells of a range, row by row; <paramref name="columns"/> wide (a column of cells unless said).</summary>
    public static CellValue Array(IReadOnlyList<CellValue> items, int columns = 1) => new(ValueKind.Array, columns, items);

    /// <summary>The value a formula cell carries in the file: a number, text, or #N/A for any error.</summary>
    public Xlsx.Cached Cached() => Kind switch
    {
        ValueKind.Number or ValueKind.Logical => Xlsx.Cached.Of(Number),
        ValueKind.Text => Xlsx.Cached.Of(Text),
        ValueKind.Blank => Xlsx.Cached.Of(""),
        _ => Xlsx.Cached.NotAvailable,
    };

    public override string ToString() => Kind switch
    {
        ValueKind.Number or ValueKind.Logical => Number.ToString("R", CultureInfo.InvariantCulture),
        ValueKind.Text => "\"" + Text + "\"",
        ValueKind.Error => ErrorCode,
        ValueKind.Array => "{" + string.Join(",", Items) + "}",
        _ => "(blank)",
    };
}
