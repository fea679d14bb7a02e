using System;

namespace SalesKpi;

/// <summary>An input record holds a value the KPIs cannot use. Names the record, the field and the value.</summary>
public sealed class SalesDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="recordNumber">The record's 1-based position in the input sequence.</param>
    /// <param name="field">The field's name, as in <see cref="SalesRecord"/>.</param>
    /// <param name="value">The offending value.</param>
    /// <param name="problem">What is wrong with it, as a sentence.</param>
    public SalesDataException(int recordNumber, string field, object? value, string problem)
        : base(FormattableString.Invariant($"Record {recordNumber}, field {field}: value '{value}' is not valid. {problem}"))
    {
        RecordNumber = recordNumber;
        Field = field;
        Value = value;
        Problem = problem;
    }

    /// <summary>The record's 1-based position in the input sequence.</summary>
    public int RecordNumber { get; }

    /// <summary>The field's name, as in <see cref="SalesRecord"/>.</summary>
    public string Field { get; }

    /// <summary>The offending value.</summary>
    public object? Value { get; }

    /// <summary>What is wrong with the value.</summary>
    public string Problem { get; }
}
