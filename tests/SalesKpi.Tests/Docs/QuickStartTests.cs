using System;
using System.IO;
using System.Linq;

namespace SalesKpi.Tests.Docs;

/// <summary>The README's quick start is the compiled example, line for line.</summary>
public class QuickStartTests
{
    [Fact]
    public void Readme_quick_start_is_the_compiled_example()
    {
        var example = File.ReadAllText(Path.Combine(Support.Repository.Root, "examples", "SalesKpi.Sample", "QuickStart.cs"));
        var readme = File.ReadAllText(Path.Combine(Support.Repository.Root, "README.md"));

        var code = Between(example, "// quick-start:begin\n", "        // quick-start:end").TrimEnd('\n').Split('\n')
            .Select(line => line.StartsWith("        ", StringComparison.Ordinal) ? line[8..] : line);
        var shown = Between(readme, "<!-- quick-start:begin -->\n```csharp\nusing System.Globalization;\nusing SalesKpi;\n\n", "\n```\n<!-- quick-start:end -->");

        shown.Should().Be(string.Join("\n", code));
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        from.Should().BeGreaterThan(0, $"the text holds the marker {start.Trim()}");
        from += start.Length;
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        to.Should().BeGreaterThan(from, $"the text holds the marker {end.Trim()}");
        return text[from..to];
    }
}
