using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Sheets;

public class WorkbookValidityTests
{
    [Theory]
    [MemberData(nameof(WorkbookFiles.OptionSets), MemberType = typeof(WorkbookFiles))]
    public void Generated_workbook_passes_the_open_xml_validator(string optionSet)
    {
        var path = WorkbookFiles.Write(WorkbookFiles.Options(optionSet));
        OpenXmlCheck.Errors(path).Should().BeEmpty();
    }

    [Fact]
    public void Workbook_with_sample_data_passes_the_open_xml_validator()
    {
        var path = WorkbookFiles.Write(new WorkbookOptions(), SampleData.Create());
        OpenXmlCheck.Errors(path).Should().BeEmpty();
    }
}
