using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace SalesKpi.Sample;

/// <summary>
/// A file that appears whole or not at all: written beside its place under a name that says whose it
/// is (<c>.kpis.xlsx.saleskpi-PID-XXXXXXXX.tmp</c>), and moved into place only when complete. Any
/// failure or interruption deletes it; a run killed outright leaves it, and the next run in that
/// folder deletes it once its process is gone.
/// </summary>
public sealed class OutputFile : IDisposable
{
    public const string Marker = ".saleskpi-";

    private readonly string _temp;
    private bool _committed;

    private OutputFile(string path, string temp)
    {
        FullPath = path;
        _temp = temp;
        Stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
    }

    public string FullPath { get; }

    public Stream Stream { get; }

    /// <summary>Starts the file at <paramref name="path"/>, which must not be one of the <paramref name="inputs"/>.</summary>
    /// <param name="path">Where the file goes.</param>
    /// <param name="inputs">The files the command reads, with the option that names each.</param>
    public static OutputFile Create(string path, params (string Option, string? Path)[] inputs)
    {
        var full = Path.GetFullPath(path);
        foreach (var (option, input) in inputs)
        {
            if (input is not null && string.Equals(Path.GetFullPath(input), full, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
            {
                throw new UsageException($"'--out' must not be the {option} file: it would be overwritten while it is read");
            }
        }

        if (Directory.Exists(full))
        {
            throw new UsageException($"'--out' is a folder: {full}");
        }

        var folder = Path.GetDirectoryName(full)!;
        CleanLeftovers(folder);
        var name = "." + Path.GetFileName(full) + Marker + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        return new OutputFile(full, Path.Combine(folder, name));
    }

    /// <summary>The file is complete: flushed to disk and moved into place, replacing any file there.</summary>
    public void Commit()
    {
        if (Stream is FileStream file)
        {
            file.Flush(flushToDisk: true);
        }

        Stream.Dispose();
        File.Move(_temp, FullPath, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed)
        {
            Stream.Dispose();
            TryDelete(_temp);
        }
    }

    /// <summary>Deletes the files that runs no longer alive left in <paramref name="folder"/>.</summary>
    public static void CleanLeftovers(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*" + Marker + "*.tmp"))
        {
            var name = Path.GetFileName(file);
            var start = name.LastIndexOf(Marker, StringComparison.Ordinal) + Marker.Length;
            var end = name.IndexOf('-', start);
            if (end > start && int.TryParse(name.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid))
            {
                TryDelete(file);
            }
        }
    }

    internal static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Still open elsewhere or not ours to delete: the next run tries again.
        }
    }
}
