using System;
using System.IO;
using System.Linq;

namespace SalesKpi.Sample;

/// <summary>Finds a template by name (one shipped in templates/) or by the path of a JSON file.</summary>
public static class Templates
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "templates");

    public static WorkbookTemplate Find(string nameOrPath)
    {
        if (File.Exists(nameOrPath))
        {
            return WorkbookTemplate.Load(nameOrPath);
        }

        var shipped = Path.Combine(Folder, nameOrPath + ".json");
        if (File.Exists(shipped))
        {
            return WorkbookTemplate.Load(shipped);
        }

        var names = Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).OrderBy(n => n, StringComparer.Ordinal).ToArray() : [];
        throw new UsageException($"no template '{nameOrPath}': give a file, or one of {string.Join(", ", names)}");
    }
}
