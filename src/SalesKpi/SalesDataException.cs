using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesKpi;

/// <summary>
/// The one exception for bad input, thrown by every public entry point: records, CSV, workbooks and
/// templates. Each problem names where it is, the field and the value.
/// </summary>
public sealed class SalesDataException : Exception
{
    /// <summary>Creates the exception for one problem.</summary>
    /// <param name="problem">What is wrong, and where.</param>
    public SalesDataException(DataProblem problem)
        : this(new[] { problem ?? throw new ArgumentNullException(nameof(problem)) })
    {
    }

    /// <summary>Creates the exception for one or more problems.</summary>
    /// <param name="problems">What is wrong, and where; at least one.</param>
    public SalesDataException(IEnumerable<DataProblem> problems)
        : this(Listed(problems))
    {
    }

    private SalesDataException(IReadOnlyList<DataProblem> problems)
        : base(Describe(problems)) => Problems = problems;

    /// <summary>Every problem found, in input order; never empty.</summary>
    public IReadOnlyList<DataProblem> Problems { get; }

    internal static SalesDataException ForRecord(int recordNumber, string field, object? value, string message) =>
        new(new DataProblem(FormattableString.Invariant($"record {recordNumber}"), field, value?.ToString(), message));

    private static IReadOnlyList<DataProblem> Listed(IEnumerable<DataProblem> problems)
    {
        var list = (problems ?? throw new ArgumentNullException(nameof(problems))).ToList();
        return list.Count > 0 && list.TrueForAll(p => p is not null)
            ? list.AsReadOnly()
            : throw new ArgumentException("Bad input needs at least one problem, and no null one.", nameof(problems));
    }

    private static string Describe(IReadOnlyList<DataProblem> problems) =>
        problems.Count == 1
            ? problems[0].ToString()
            : FormattableString.Invariant($"{problems[0]} (and {problems.Count - 1} more problems)");
}
