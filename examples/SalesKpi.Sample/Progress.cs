using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace SalesKpi.Sample;

/// <summary>
/// How far a long fill or read got, on the error writer so that the output stays clean for pipes.
/// On a terminal it is a bar redrawn in place; otherwise (a log, a pipe) a line every
/// <see cref="LineEvery"/> rows, and nothing for reads.
/// </summary>
public sealed class Progress(TextWriter error, bool bar)
{
    private readonly TextWriter _error = error;

    /// <summary>How often a fill that is not on a terminal says how far it got.</summary>
    public const int LineEvery = 10_000;

    private const int BarWidth = 30;
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(100);
    private readonly Stopwatch _sinceRedraw = Stopwatch.StartNew();
    private bool _drawn;

    public bool ShowsBar => bar;

    /// <summary>What the library tells about a write or fill, shown as it comes (on the writing thread, so that it is drawn before the command ends).</summary>
    /// <param name="expected">About how many rows there are, for the bar's share; null when not known.</param>
    public IProgress<WorkbookProgress> Writing(long? expected) => new RowsWritten(this, expected);

    /// <summary>A file being read, its share read so far shown on the bar.</summary>
    public Stream Reading(FileStream file) => bar ? new ReadingStream(file, this) : file;

    /// <summary>Clears the bar, so that what follows starts on a clean line.</summary>
    public void Done()
    {
        if (_drawn)
        {
            _error.Write("\r" + new string(' ', BarWidth + 50) + "\r");
            _error.Flush();
            _drawn = false;
        }
    }

    private void Draw(double? share, string text, bool force = false)
    {
        if (!force && _drawn && _sinceRedraw.Elapsed < RedrawEvery)
        {
            return;
        }

        _sinceRedraw.Restart();
        var filled = share is { } s ? (int)(s * BarWidth) : 0;
        var shown = share is { } p ? string.Create(CultureInfo.InvariantCulture, $"{p,4:P0}") : "    ";
        var line = share is null ? text : "[" + new string('#', filled) + new string('-', BarWidth - filled) + "] " + shown + "  " + text;
        _error.Write("\r" + line.PadRight(BarWidth + 50));
        _error.Flush();
        _drawn = true;
    }

    private sealed class RowsWritten(Progress progress, long? expected) : IProgress<WorkbookProgress>
    {
        public void Report(WorkbookProgress value)
        {
            var count = value.RowsWritten;
            if (progress.ShowsBar)
            {
                if (value.AllRowsWritten)
                {
                    progress.Draw(null, string.Create(CultureInfo.InvariantCulture, $"{count:N0} rows, building the workbook..."), force: true);
                }
                else
                {
                    progress.Draw(expected is > 0 ? Math.Min(0.99, (double)count / expected.Value) : null, string.Create(CultureInfo.InvariantCulture, $"{count:N0} rows"));
                }
            }
            else if (!value.AllRowsWritten && count % LineEvery == 0)
            {
                progress._error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count:N0} rows written..."));
            }
        }
    }

    /// <summary>A file stream that reports how much of the file has been read.</summary>
    private sealed class ReadingStream(FileStream file, Progress progress) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => file.CanSeek;

        public override bool CanWrite => false;

        public override long Length => file.Length;

        public override long Position { get => file.Position; set => file.Position = value; }

        public override int Read(byte[] buffer, int offset, int count) => Counted(file.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Counted(file.Read(buffer));

        public override long Seek(long offset, SeekOrigin origin) => file.Seek(offset, origin);

        public override void Flush() => file.Flush();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                file.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Counted(int read)
        {
            _read += read;
            var length = Math.Max(1, file.Length);
            progress.Draw(Math.Min(0.99, (double)_read / length), string.Create(CultureInfo.InvariantCulture, $"{_read / 1024:N0} of {length / 1024:N0} KB read"));
            return read;
        }
    }
}
