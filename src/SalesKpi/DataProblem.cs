using System;

namespace SalesKpi;

/// <summary>
/// One piece of bad input and where it is: a workbook cell ("Data!N7"), a CSV line ("line 12"), a record
/// of a sequence ("record 4"), or a part of a file.
/// </summary>
public sealed record DataProblem
{
    /// <summary>The longest value a problem repeats; longer ones are cut, so that a message stays readable.</summary>
    public const int MaxValueLength = 60;

    /// <summary>Creates a problem.</summary>
    /// <param name="where">Where it is: "Data!N7", "line 12, column 4" (a CSV line, and its column counting from 1), "record 4".</param>
    /// <param name="field">The input field, as named in <see cref="SalesRecord"/>, or what else is wrong ("(header)", "(file)").</param>
    /// <param name="value">The value found, as text; <see langword="null"/> where there is none. Cut to <see cref="MaxValueLength"/> characters.</param>
    /// <param name="message">What is wrong, as a sentence.</param>
    public DataProblem(string where, string field, string? value, string message)
    {
        Where = where ?? throw new ArgumentNullException(nameof(where));
        Field = field ?? throw new ArgumentNullException(nameof(field));
        Value = Shorten(value);
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>Where it is: "Data!N7", "line 12", "line 12, column 4", "record 4".</summary>
    public string Where { get; }

    /// <summary>The input field, as named in <see cref="SalesRecord"/>.</summary>
    public string Field { get; }

    /// <summary>The value found, as text, cut to <see cref="MaxValueLength"/> characters; <see langword="null"/> where there is none.</summary>
    public string? Value { get; }

    /// <summary>What is wrong, as a sentence.</summary>
    public string Message { get; }

    /// <summary>"Data!N7, DealsWon: value '-2'. Counts are whole numbers, 0 or more."</summary>
    public override string ToString() => Value is null ? $"{Where}, {Field}: {Message}" : $"{Where}, {Field}: value '{Value}'. {Message}";

    private static string? Shorten(string? value) =>
        value is { Length: > MaxValueLength } ? value.Substring(0, MaxValueLength - 1) + "\u2026" : value;
}
