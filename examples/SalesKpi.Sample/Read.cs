using System.IO;

namespace SalesKpi.Sample;

/// <summary>`read`: the KPIs per team for the latest period of a filled workbook, as a table or JSON.</summary>
public static class Read
{
    public static int Run(string path, bool json, Language language, TextWriter output, TextWriter error, Progress progress)
    {
        WorkbookData data;
        using (var file = progress.Reading(new FileStream(Path.GetFullPath(path), FileMode.Open, FileAccess.Read, FileShare.Read)))
        {
            try
            {
                data = KpiWorkbook.Read(file);
            }
            finally
            {
                progress.Done();
            }
        }

        if (data.OptionsProblem is { } unread)
        {
            error.WriteLine($"Warning: {unread}");
        }

        foreach (var problem in data.Problems)
        {
            error.WriteLine(problem);
        }

        if (data.Records.Count == 0)
        {
            error.WriteLine($"read: {path} holds no readable data rows.");
            return ExitCodes.BadInput;
        }

        if (json)
        {
            KpiTable.PrintJson(data.Records, output);
        }
        else
        {
            KpiTable.Print(data.Records, language, output);
        }

        return data.IsClean ? ExitCodes.Ok : ExitCodes.BadInput;
    }
}
