using System;
using System.Collections.Generic;
using SalesKpi.Catalog;

namespace SalesKpi;

/// <summary>One column of the input data: one field of <see cref="SalesRecord"/>.</summary>
public sealed class InputField
{
    internal InputField(
        string name,
        FieldType type,
        InputKind kind,
        Unit unit,
        LocalizedText title,
        LocalizedText description,
        bool allowsNegative = false,
        bool isOptional = false,
        bool isRequired = false,
        Func<SalesRecord, decimal?>? number = null,
        Func<SalesRecord, string?>? text = null,
        Func<SalesRecord, DateTime>? date = null)
    {
        Name = name;
        Type = type;
        Kind = kind;
        Unit = unit;
        Title = title;
        Description = description;
        AllowsNegative = allowsNegative;
        IsOptional = isOptional;
        IsRequired = isRequired;
        ReadNumber = number;
        ReadText = text;
        ReadDate = date;
    }

    /// <summary>Every input field, in the order of the data table's columns.</summary>
    public static IReadOnlyList<InputField> All => InputFields.All;

    /// <summary>The field's name, as in <see cref="SalesRecord"/> and the catalog's formulas.</summary>
    public string Name { get; }

    /// <summary>The type of its values.</summary>
    public FieldType Type { get; }

    /// <summary>How it behaves when rows are grouped.</summary>
    public InputKind Kind { get; }

    /// <summary>What it measures.</summary>
    public Unit Unit { get; }

    /// <summary>The column title.</summary>
    public LocalizedText Title { get; }

    /// <summary>A one-line explanation for people entering data.</summary>
    public LocalizedText Description { get; }

    /// <summary>Whether a negative value is valid (only gross profit).</summary>
    public bool AllowsNegative { get; }

    /// <summary>Whether the field may be left blank without making the row incomplete.</summary>
    public bool IsOptional { get; }

    /// <summary>Whether every row needs a value (the period's dates and the rep id).</summary>
    public bool IsRequired { get; }

    /// <summary>The smallest valid value of a numeric field; <see langword="null"/> for dates and text.</summary>
    /// <value>0, or -9,999,999,999,999.99 where negatives are allowed (gross profit).</value>
    public decimal? Minimum => FieldDomain.Minimum(this);

    /// <summary>The largest valid value of a numeric field; <see langword="null"/> for dates and text.</summary>
    /// <value>1,000,000,000 for counts; 9,999,999,999,999.99 for amounts (money, days, hours), which keeps cents exact in a spreadsheet.</value>
    public decimal? Maximum => FieldDomain.Maximum(this);

    /// <summary>The most characters a text field holds; <see langword="null"/> for dates and numbers.</summary>
    /// <value>255.</value>
    public int? MaxLength => FieldDomain.MaxLength(this);

    /// <summary>Whether the field holds a number that formulas read.</summary>
    public bool IsNumeric => Type is FieldType.Integer or FieldType.Decimal;

    internal Func<SalesRecord, decimal?>? ReadNumber { get; }

    /// <summary>The field's position in <see cref="All"/>: its slot in a row's numbers.</summary>
    internal int Ordinal { get; set; }

    internal Func<SalesRecord, string?>? ReadText { get; }

    internal Func<SalesRecord, DateTime>? ReadDate { get; }

    /// <summary>The field's name.</summary>
    public override string ToString() => Name;
}
