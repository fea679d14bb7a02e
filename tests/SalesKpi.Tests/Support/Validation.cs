using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace SalesKpi.Tests.Support;

public static class OpenXmlCheck
{
    /// <summary>Every Open XML SDK validator error of the file, one line each; empty when the file is valid.</summary>
    public static string[] Errors(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var validator = new OpenXmlValidator(FileFormatVersions.Office2010);
        return validator.Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToArray();
    }
}
