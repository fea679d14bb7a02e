using System;
using System.IO;

namespace SalesKpi.Tests.Support;

public static class Repository
{
    /// <summary>The folder holding SalesKpi.sln, found from the test binaries upwards.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SalesKpi.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SalesKpi.sln not found above " + AppContext.BaseDirectory);
    }
}
