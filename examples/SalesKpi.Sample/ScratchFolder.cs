using System;
using System.Globalization;
using System.IO;

namespace SalesKpi.Sample;

/// <summary>
/// The library builds workbooks in temporary files. The console gives them a folder of its own in the
/// temp folder, <c>saleskpi-console-PID</c>, deleted when the console ends; a run that was killed leaves it,
/// and the next run deletes it once that process is gone.
/// </summary>
internal sealed class ScratchFolder : IDisposable
{
    private const string Prefix = "saleskpi-console-";

    private ScratchFolder(string path) => FullPath = path;

    public string FullPath { get; }

    public static ScratchFolder ForThisProcess()
    {
        var root = Path.GetTempPath();
        foreach (var folder in Directory.EnumerateDirectories(root, Prefix + "*"))
        {
            if (int.TryParse(Path.GetFileName(folder).AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !OutputFile.IsRunning(pid))
            {
                TryDelete(folder);
            }
        }

        var path = Path.Combine(root, Prefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(path);

        // Where Path.GetTempPath() looks, on Unix and on Windows.
        foreach (var variable in new[] { "TMPDIR", "TMP", "TEMP" })
        {
            Environment.SetEnvironmentVariable(variable, path);
        }

        return new ScratchFolder(path);
    }

    public void Dispose() => TryDelete(FullPath);

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // In use: the next run tries again.
        }
    }
}
