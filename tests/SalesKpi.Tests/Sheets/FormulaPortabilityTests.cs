using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Sheets;

/// <summary>Every formula of the workbook uses only functions both Excel 2010 and LibreOffice have.</summary>
public class FormulaPortabilityTests
{
    private static readonly HashSet<string> Portable =
    [
        "IF", "IFERROR", "ISNA", "ISNUMBER", "ISTEXT", "NA", "SUM", "SUMIFS", "COUNT", "COUNTA", "COUNTIF", "COUNTIFS",
        "INDEX", "MATCH", "MIN", "MAX", "ROUND", "AND", "OR", "ABS", "CHOOSE", "EDATE", "ROW", "ROWS", "SUMPRODUCT", "RANK", "ISERROR",
    ];

    [Theory]
    [MemberData(nameof(WorkbookFiles.OptionSets), MemberType = typeof(WorkbookFiles))]
    public void Every_formula_uses_only_portable_functions(string optionSet)
    {
        using var workbook = new XlsxReader(WorkbookFiles.Write(WorkbookFiles.Options(optionSet)));
        var formulas = Formulas(workbook).ToList();
        formulas.Should().HaveCountGreaterThan(100);

        var used = formulas.SelectMany(Functions).ToHashSet();
        used.Should().BeSubsetOf(Portable);
        used.Should().Contain(["SUMIFS", "COUNTIFS", "IFERROR", "NA"]);
    }

    [Fact]
    public void Function_scan_sees_through_string_literals_and_finds_banned_functions()
    {
        Functions("IF(A1=\"XLOOKUP(\",1,2)").Should().Equal("IF");
        Functions("LET(x,1,x)+FILTER(A:A,B:B)").Should().Equal("LET", "FILTER");
    }

    [Fact]
    public void Formulas_are_the_same_in_every_language()
    {
        using var english = new XlsxReader(WorkbookFiles.Write(new WorkbookOptions { Capacity = 5 }));
        using var spanish = new XlsxReader(WorkbookFiles.Write(new WorkbookOptions { Capacity = 5, Language = Language.Spanish }));

        // Sheet names differ, and so do the words in quotes; the functions and their structure do not.
        static string Neutral(string formula) => Regex.Replace(Regex.Replace(formula, "'[^']*'!", "S!"), "\"[^\"]*\"", "\"\"");
        Formulas(english).Select(Neutral).Should().Equal(Formulas(spanish).Select(Neutral));
    }

    private static IEnumerable<string> Formulas(XlsxReader workbook) =>
        workbook.SheetNames.SelectMany(sheet =>
            workbook.Cells(sheet).Select(c => c.Content.Formula).OfType<string>()
                .Concat(new SheetXml(workbook.Workbook, sheet).ConditionalFormulas)
                .Concat(new SheetXml(workbook.Workbook, sheet).Validations.SelectMany(v => new[] { v.Formula1?.Text, v.Formula2?.Text }).OfType<string>()));

    private static IEnumerable<string> Functions(string formula)
    {
        var code = Regex.Replace(formula, "\"(?:[^\"]|\"\")*\"", "\"\"");
        return Regex.Matches(code, @"([A-Z][A-Z0-9.]*)\(").Select(m => m.Groups[1].Value);
    }
}
