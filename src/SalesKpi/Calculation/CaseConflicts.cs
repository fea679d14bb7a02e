using System;
using System.Collections.Generic;
using SalesKpi.Catalog;

namespace SalesKpi.Calculation;

/// <summary>
/// Finds rep ids, teams and locations that differ only in letter case ("N1" and "n1"). A workbook's
/// comparisons (=, SUMIFS, COUNTIFS) ignore case, so it would count them as one while C# keeps them
/// apart: such data is refused, everywhere, rather than folded silently. Holds each distinct value once.
/// </summary>
internal sealed class CaseConflicts
{
    private static readonly InputField[] Fields = { InputFields.RepId, InputFields.Team, InputFields.Location };

    private readonly Dictionary<string, (string Spelling, string Where)>[] _seen =
    {
        new(StringComparer.OrdinalIgnoreCase), new(StringComparer.OrdinalIgnoreCase), new(StringComparer.OrdinalIgnoreCase),
    };

    /// <summary>A problem for each of the record's values that an earlier one spells in another case.</summary>
    /// <param name="record">A record that passed its own checks.</param>
    /// <param name="where">Where a field's value is, for example "record 4" or "line 12, column 3".</param>
    public IEnumerable<DataProblem> Check(SalesRecord record, Func<InputField, string> where)
    {
        for (var i = 0; i < Fields.Length; i++)
        {
            var field = Fields[i];
            if (field.ReadText!(record) is not { Length: > 0 } value)
            {
                continue;
            }

            if (!_seen[i].TryGetValue(value, out var earlier))
            {
                _seen[i].Add(value, (value, where(field)));
            }
            else if (!string.Equals(earlier.Spelling, value, StringComparison.Ordinal))
            {
                yield return new DataProblem(where(field), field.Name, value,
                    $"It differs from '{earlier.Spelling}' ({earlier.Where}) only in letter case. A workbook compares text without regard to case "
                    + "and would count both as one; write them the same way.");
            }
        }
    }
}
