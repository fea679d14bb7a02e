using System;
using System.IO;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Sheets;

/// <summary>
/// The blank calculator as reviewable text, committed beside this file. A change to the generator
/// fails here with a readable diff; once reviewed, refresh with UPDATE_SNAPSHOTS=1.
/// </summary>
public class SnapshotTests
{
    [Theory]
    [InlineData(Language.English, "blank-en.txt")]
    [InlineData(Language.Spanish, "blank-es.txt")]
    public void Blank_calculator_matches_its_reviewed_snapshot(Language language, string file)
    {
        var actual = Snapshot.Of(WorkbookFiles.Write(new WorkbookOptions { Language = language, Capacity = 3 }));
        var path = Path.Combine(Repository.Root, "tests", "SalesKpi.Tests", "Sheets", "Snapshots", file);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        File.Exists(path).Should().BeTrue($"{file} is committed; create it with UPDATE_SNAPSHOTS=1 and review it");
        actual.Should().Be(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
